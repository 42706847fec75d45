/**
 * Login throttling has two counters, both answered the same way for known and unknown email
 * addresses so that the delay reveals nothing:
 * - per account and client network: failures since that network's last success for the
 *   address. Counting per network means a stranger elsewhere cannot lock a colleague out.
 * - per client network across accounts: failures in the last hour, so that one password
 *   sprayed over many accounts is slowed too. Successes do not reset it.
 * Past the free failures each further attempt must wait, twice as long each time, up to a cap.
 */
export interface ThrottleRule {
  freeFailures: number;
  /** How far back failures count (the per-network counter forgets after an hour). */
  windowMs: number;
}

export const ACCOUNT_RULE: ThrottleRule = { freeFailures: 5, windowMs: 24 * 60 * 60_000 };
export const CLIENT_NET_RULE: ThrottleRule = { freeFailures: 10, windowMs: 60 * 60_000 };

const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 15 * 60_000;

export function throttleDelayMs(failures: number, freeFailures: number = ACCOUNT_RULE.freeFailures): number {
  if (failures < freeFailures) return 0;
  return Math.min(BASE_DELAY_MS * 2 ** Math.min(failures - freeFailures, 30), MAX_DELAY_MS);
}

/** Milliseconds the next attempt must still wait, 0 when it may go ahead. */
export function remainingWaitMs(
  streak: { failures: number; lastFailureAt: Date | null },
  now: Date,
  freeFailures: number = ACCOUNT_RULE.freeFailures,
): number {
  const delayMs = throttleDelayMs(streak.failures, freeFailures);
  // Checked first: another process's clock may be a little ahead, and free failures never wait.
  if (!streak.lastFailureAt || delayMs === 0) return 0;
  const until = streak.lastFailureAt.getTime() + delayMs;
  return Math.max(0, until - now.getTime());
}
