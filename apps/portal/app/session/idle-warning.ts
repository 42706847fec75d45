/**
 * When the idle-timeout warning shows. The gateway ends a session after a spell without use
 * (30 minutes); the portal warns two minutes before, by the browser's own clock counting
 * down from what the server said was left.
 */

/** Seconds left before the session goes idle, and the idle timeout itself, as the server saw them. */
export interface IdleTime {
  secondsLeft: number;
  timeoutSeconds: number;
}

export const WARN_BEFORE_SECONDS = 120;

export type IdlePhase = 'active' | 'warning' | 'ended';

/** The browser-clock moment the session goes idle, from an answer received at `receivedAt`. */
export function idleDeadline(idle: IdleTime, receivedAt: number): number {
  return receivedAt + idle.secondsLeft * 1000;
}

/**
 * Where the countdown stands. A timeout shorter than twice the warning warns for its second
 * half, so the warning never shows the moment a page opens.
 */
export function idlePhase(deadline: number, now: number, timeoutSeconds: number): IdlePhase {
  const left = deadline - now;
  if (left <= 0) return 'ended';
  return left <= warnBeforeMs(timeoutSeconds) ? 'warning' : 'active';
}

/** Milliseconds until the phase can next change (the warning ticks once a second for its countdown). */
export function nextCheckIn(deadline: number, now: number, timeoutSeconds: number): number {
  const left = deadline - now;
  if (left <= 0) return Number.POSITIVE_INFINITY;
  const untilWarning = left - warnBeforeMs(timeoutSeconds);
  return untilWarning > 0 ? untilWarning : Math.min(1000, left);
}

/** Whole minutes and seconds left, for the warning's text. */
export function minutesAndSeconds(deadline: number, now: number): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.ceil((deadline - now) / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

function warnBeforeMs(timeoutSeconds: number): number {
  return Math.min(WARN_BEFORE_SECONDS, timeoutSeconds / 2) * 1000;
}
