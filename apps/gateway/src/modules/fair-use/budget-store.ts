import type { BudgetCharge, BudgetSettings, Database } from '@selvhjelp/db';
import type { Redis } from 'ioredis';

/**
 * Where API clients' budgets live (decision 0034): a token bucket per client, shared by every
 * gateway process. Each charge is one atomic step in the store, timed by the store's own clock, so
 * processes never race or disagree about time.
 */
export interface BudgetStore {
  /** Takes `cost` points if the bucket holds them; a refused charge takes nothing. */
  charge(clientId: string, cost: number, settings: BudgetSettings): Promise<BudgetCharge>;
  /** Points the bucket holds now. */
  available(clientId: string, settings: BudgetSettings): Promise<number>;
}

/** PostgreSQL or PGlite: one `INSERT … ON CONFLICT DO UPDATE … WHERE` per charge (the repository). */
export class DatabaseBudgetStore implements BudgetStore {
  constructor(private readonly db: Database) {}

  charge(clientId: string, cost: number, settings: BudgetSettings): Promise<BudgetCharge> {
    return this.db.repositories.apiUsage.charge(clientId, cost, settings);
  }

  available(clientId: string, settings: BudgetSettings): Promise<number> {
    return this.db.repositories.apiUsage.available(clientId, settings);
  }
}

/*
 * The same bucket in Redis: a hash {tokens, at} per client, refilled by Redis's own clock (TIME),
 * written only when a cost is taken, and expiring once it would be full again anyway. Lua runs
 * atomically, so concurrent charges from any number of processes never both take the last points.
 * Returns {charged (0/1), available as text} (Redis would truncate a Lua number to an integer).
 */
const CHARGE_SCRIPT = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then
  tokens = capacity
  at = now
end
local available = math.min(capacity, tokens + math.max(0, now - at) * rate)
if cost > available then
  return {0, tostring(available)}
end
if cost == 0 then
  return {1, tostring(available)}
end
available = available - cost
redis.call('HSET', KEYS[1], 'tokens', tostring(available), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - available) / rate * 1000) + 1000)
return {1, tostring(available)}
`;

export class RedisBudgetStore implements BudgetStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix = 'selvhjelp:budget',
  ) {}

  async charge(clientId: string, cost: number, settings: BudgetSettings): Promise<BudgetCharge> {
    const [charged, available] = (await this.redis.eval(
      CHARGE_SCRIPT,
      1,
      this.key(clientId),
      settings.capacity,
      settings.restoreRate,
      cost,
    )) as [number, string];
    return { charged: charged === 1, available: Number(available) };
  }

  async available(clientId: string, settings: BudgetSettings): Promise<number> {
    // A charge of nothing never writes and answers the level.
    return (await this.charge(clientId, 0, settings)).available;
  }

  private key(clientId: string): string {
    return `${this.keyPrefix}:${clientId}`;
  }
}
