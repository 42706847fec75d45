import type { Redis } from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import type { LoginThrottle, LoginThrottleKey } from './login-throttle.js';
import type { ThrottleRule } from './throttle.js';
import { ACCOUNT_RULE, CLIENT_NET_RULE, throttleDelayMs } from './throttle.js';

// Counters never refuse on their own; the wait is a separate block set after each failure.
const UNLIMITED = Number.MAX_SAFE_INTEGER;

/**
 * The same rules as the database throttle, kept in Redis with rate-limiter-flexible: a counter
 * per key that expires with the rule's window, and a block of the rule's delay after each
 * failure past the free ones. Redis keeps the time, so every gateway process agrees.
 */
export class RedisLoginThrottle implements LoginThrottle {
  readonly #counters: Record<'account' | 'network', RateLimiterRedis>;
  readonly #blocks: RateLimiterRedis;

  constructor(redis: Redis, keyPrefix = 'selvhjelp:login') {
    const counter = (rule: ThrottleRule) =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${keyPrefix}:failures`,
        points: UNLIMITED,
        duration: rule.windowMs / 1000,
      });
    // One prefix for both: their keys start with `account:` or `network:`.
    this.#counters = { account: counter(ACCOUNT_RULE), network: counter(CLIENT_NET_RULE) };
    this.#blocks = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${keyPrefix}:wait`, points: 1, duration: 1 });
  }

  async waitMs(key: LoginThrottleKey): Promise<number> {
    const [account, network] = await Promise.all([
      this.#blocks.get(accountKey(key)),
      this.#blocks.get(networkKey(key)),
    ]);
    const blocked = (res: typeof account) => (res && res.consumedPoints > 1 ? res.msBeforeNext : 0);
    return Math.max(blocked(account), blocked(network));
  }

  async failed(key: LoginThrottleKey): Promise<void> {
    await Promise.all([
      this.#count('account', accountKey(key), ACCOUNT_RULE),
      this.#count('network', networkKey(key), CLIENT_NET_RULE),
    ]);
  }

  async succeeded(key: LoginThrottleKey): Promise<void> {
    await Promise.all([this.#counters.account.delete(accountKey(key)), this.#blocks.delete(accountKey(key))]);
  }

  async #count(counter: 'account' | 'network', key: string, rule: ThrottleRule): Promise<void> {
    const { consumedPoints } = await this.#counters[counter].consume(key);
    const delayMs = throttleDelayMs(consumedPoints, rule.freeFailures);
    // Redis expiry has whole seconds; every delay is a whole number of seconds.
    if (delayMs > 0) await this.#blocks.block(key, Math.ceil(delayMs / 1000));
  }
}

const accountKey = (key: LoginThrottleKey) => `account:${key.clientNet}:${key.email}`;
const networkKey = (key: LoginThrottleKey) => `network:${key.clientNet}`;
