/** Session lifetimes: an idle session ends after 30 minutes, every session after 12 hours. */
export const SESSION_IDLE_TIMEOUT_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_LIFETIME_MS = 12 * 60 * 60_000;
/** Writing `lastSeenAt` on every request would make each read a write; a minute is precise enough. */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;
/** One-time password tokens: a reset is used soon; an invitation may wait a few days. */
export const RESET_TOKEN_LIFETIME_MS = 24 * 60 * 60_000;
export const INVITE_TOKEN_LIFETIME_MS = 7 * 24 * 60 * 60_000;
