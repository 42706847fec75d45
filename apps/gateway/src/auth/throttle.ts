/**
 * Failed logins are free up to this many in a row for one email address; after that each
 * further attempt must wait, twice as long each time, up to a cap. Counting per email
 * (not per account) treats unknown and known addresses alike, so the delay reveals nothing.
 */
export const FREE_FAILURES = 5;
const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 15 * 60_000;

export function throttleDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(BASE_DELAY_MS * 2 ** (failures - FREE_FAILURES), MAX_DELAY_MS);
}

/** Milliseconds the next attempt must still wait, 0 when it may go ahead. */
export function remainingWaitMs(streak: { failures: number; lastFailureAt: Date | null }, now: Date): number {
  if (!streak.lastFailureAt) return 0;
  const until = streak.lastFailureAt.getTime() + throttleDelayMs(streak.failures);
  return Math.max(0, until - now.getTime());
}
