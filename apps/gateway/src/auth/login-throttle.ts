import type { Database } from '@selvhjelp/db';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import { ACCOUNT_RULE, CLIENT_NET_RULE, remainingWaitMs } from './throttle.js';

export interface LoginThrottleKey {
  /** Lower-cased as typed; unknown addresses are counted like known ones. */
  email: string;
  /** From `clientNetOf`. */
  clientNet: string;
}

/**
 * Where login failures are counted, shared by every gateway process: the database (the login
 * log itself) by default, Redis when REDIS_URL is set. See throttle.ts for the rules.
 */
export interface LoginThrottle {
  /** Milliseconds this attempt must still wait; 0 when it may go ahead. */
  waitMs(key: LoginThrottleKey, now: Date): Promise<number>;
  /** Called after a wrong password or an unknown address (not after a refused wait). */
  failed(key: LoginThrottleKey, now: Date): Promise<void>;
  /** Called after a correct password: ends the account's streak from this network. */
  succeeded(key: LoginThrottleKey, now: Date): Promise<void>;
}

/**
 * Reads the login log (`login_attempt`, which every attempt is written to anyway) with two
 * indexed queries; recording is the log entry itself, so failed/succeeded have nothing to do.
 */
export class DatabaseLoginThrottle implements LoginThrottle {
  constructor(private readonly db: Database) {}

  async waitMs(key: LoginThrottleKey, now: Date): Promise<number> {
    const attempts = this.db.repositories.loginAttempts;
    const [account, network] = await Promise.all([
      attempts.failureStreak(NATIONAL_SCOPE, key.email, {
        clientNet: key.clientNet,
        since: new Date(now.getTime() - ACCOUNT_RULE.windowMs),
      }),
      attempts.clientNetFailures(NATIONAL_SCOPE, key.clientNet, new Date(now.getTime() - CLIENT_NET_RULE.windowMs)),
    ]);
    return Math.max(
      remainingWaitMs(account, now, ACCOUNT_RULE.freeFailures),
      remainingWaitMs(network, now, CLIENT_NET_RULE.freeFailures),
    );
  }

  async failed(): Promise<void> {}

  async succeeded(): Promise<void> {}
}
