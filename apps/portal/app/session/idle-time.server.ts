import type { IdleTime } from './idle-warning';
import { secondsUntil } from './session-cookie.server';
import type { SessionInfo } from './viewer.server';

/**
 * Seconds left before the session goes idle, by this server's clock: the browser counts down
 * from this number with its own clock, so a wrong clock on the user's machine does not matter.
 */
export function idleTimeLeft(
  session: Pick<SessionInfo, 'idleExpiresAt' | 'idleTimeoutSeconds'>,
  now: Date = new Date(),
): IdleTime {
  return { secondsLeft: secondsUntil(session.idleExpiresAt, now), timeoutSeconds: session.idleTimeoutSeconds };
}
