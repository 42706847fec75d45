import type { Scope } from '@selvhjelp/domain';
import { DISTRICT_IDS, isUuid } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import type { DbClient } from '../../sql/client.js';
import { timestampSql } from '../../sql/client.js';
import type { SqlExecutor } from '../../sql/executor.js';
import type { ApiUsageCounts, ApiUsageSummary, BudgetCharge, BudgetSettings, NewApiUsageEntry } from './types.js';
import { API_USAGE_RETENTION_MONTHS, MAX_USAGE_OPERATIONS } from './types.js';

/** The same rule as `apiClientScopeWhere`, for raw SQL over `api_client c`. */
function clientScopeSql(scope: Scope): Prisma.Sql {
  if (scope.kind === 'national') return Prisma.sql`TRUE`;
  const others = DISTRICT_IDS.filter((id) => id !== scope.districtId);
  return Prisma.sql`NOT (c.district_ids && ARRAY[${Prisma.join(others)}]::text[])`;
}

/** What the bucket holds now: refilled from `updated_at` by the database's clock, at most full. */
function refilled(settings: BudgetSettings): Prisma.Sql {
  return Prisma.sql`least(${settings.capacity}::float8,
    b.tokens + greatest(0, extract(epoch FROM clock_timestamp() - b.updated_at)::float8) * ${settings.restoreRate}::float8)`;
}

interface SummaryRow {
  client_id: string;
  day: string | null;
  operation_name: string | null;
  by_day: number;
  by_operation: number;
  requests: number;
  rate_limited: number;
  errors: number;
  points: number;
}

const counts = (row: SummaryRow): ApiUsageCounts => ({
  requests: row.requests,
  rateLimited: row.rate_limited,
  errors: row.errors,
  pointsSpent: row.points,
});

const EMPTY: ApiUsageSummary = { requests: 0, rateLimited: 0, errors: 0, pointsSpent: 0, perDay: [], perOperation: [] };

/**
 * Fair use (issue 14, decision 0034): API clients' token buckets and their usage log. A bucket is
 * one row, changed only by one atomic statement per charge, so every gateway process shares it.
 * The log has no district of its own: it is read through its client's scope.
 */
export class ApiUsageRepository {
  constructor(
    private readonly client: DbClient,
    private readonly sql: SqlExecutor,
  ) {}

  /**
   * Takes `cost` points from the client's bucket if it holds them, in one statement: the row is
   * made full on first use, refilled by the time passed since its last charge (the database's
   * clock, so gateways with skewed clocks agree), and left untouched when the cost does not fit.
   * A refused charge reads the level in a second statement (refusals are the rare path).
   */
  async charge(clientId: string, cost: number, settings: BudgetSettings): Promise<BudgetCharge> {
    if (!isUuid(clientId)) throw new RangeError('clientId is not a uuid.');
    if (!(cost >= 0) || !(settings.capacity > 0) || !(settings.restoreRate > 0))
      throw new RangeError('cost, capacity and restore rate must be positive numbers.');
    const [charged] = await this.sql.query<{ tokens: number }>(Prisma.sql`
      INSERT INTO api_client_budget AS b (client_id, tokens, updated_at)
      SELECT ${clientId}::uuid, ${settings.capacity}::float8 - ${cost}::float8, clock_timestamp()
      WHERE ${cost}::float8 <= ${settings.capacity}::float8
      ON CONFLICT (client_id) DO UPDATE
        SET tokens = ${refilled(settings)} - ${cost}::float8,
            updated_at = greatest(b.updated_at, clock_timestamp())
        WHERE ${refilled(settings)} >= ${cost}::float8
      RETURNING b.tokens::float8 AS tokens`);
    if (charged) return { charged: true, available: charged.tokens };
    return { charged: false, available: await this.available(clientId, settings) };
  }

  /** Points the client's bucket holds now (full when it was never charged). */
  async available(clientId: string, settings: BudgetSettings): Promise<number> {
    if (!isUuid(clientId)) return settings.capacity;
    const [row] = await this.sql.query<{ tokens: number }>(Prisma.sql`
      SELECT ${refilled(settings)} AS tokens FROM api_client_budget b WHERE b.client_id = ${clientId}::uuid`);
    return row ? row.tokens : settings.capacity;
  }

  /**
   * Appends a batch of the usage log in one statement. Entries of a client deleted meanwhile (the
   * foreign key refuses the batch) are dropped and the rest written again.
   */
  async append(entries: readonly NewApiUsageEntry[]): Promise<number> {
    const rows = entries.filter((entry) => isUuid(entry.clientId));
    if (rows.length === 0) return 0;
    try {
      return await this.insert(rows);
    } catch (error) {
      const ids = [...new Set(rows.map((entry) => entry.clientId))];
      const existing = await this.client.apiClient.findMany({ where: { id: { in: ids } }, select: { id: true } });
      if (existing.length === ids.length) throw error;
      const kept = new Set(existing.map((row) => row.id));
      const rest = rows.filter((entry) => kept.has(entry.clientId));
      return rest.length === 0 ? 0 : this.insert(rest);
    }
  }

  private insert(rows: readonly NewApiUsageEntry[]): Promise<number> {
    const values = rows.map(
      (entry) =>
        Prisma.sql`(${entry.clientId}::uuid, ${timestampSql(entry.at)}, ${entry.operationName?.slice(0, 100) ?? null},
          ${Math.max(0, Math.round(entry.cost))}::int, ${entry.outcome}::"ApiUsageOutcome",
          ${Math.max(0, Math.round(entry.durationMs))}::int)`,
    );
    return this.client.$executeRaw(Prisma.sql`
      INSERT INTO api_usage (client_id, at, operation_name, cost, outcome, duration_ms)
      VALUES ${Prisma.join(values)}`);
  }

  /**
   * Use per client since `since`, for the clients of `clientIds` the scope sees (others are left
   * out of the map): totals, per day (Norway's calendar) and per operation, in one statement
   * (GROUPING SETS).
   */
  async summaries(scope: Scope, clientIds: readonly string[], since: Date): Promise<Map<string, ApiUsageSummary>> {
    const ids = [...new Set(clientIds.filter(isUuid))];
    const result = new Map<string, ApiUsageSummary>();
    if (ids.length === 0) return result;
    const rows = await this.sql.query<SummaryRow>(Prisma.sql`
      SELECT c.id AS client_id,
             to_char((u.at AT TIME ZONE 'Europe/Oslo')::date, 'YYYY-MM-DD') AS day,
             u.operation_name,
             (1 - GROUPING((u.at AT TIME ZONE 'Europe/Oslo')::date))::int AS by_day,
             (1 - GROUPING(u.operation_name))::int AS by_operation,
             COUNT(u.id)::int AS requests,
             (COUNT(u.id) FILTER (WHERE u.outcome = 'RATE_LIMITED'))::int AS rate_limited,
             (COUNT(u.id) FILTER (WHERE u.outcome IN ('ERROR', 'REFUSED')))::int AS errors,
             COALESCE(SUM(u.cost), 0)::int AS points
      FROM api_client c
      LEFT JOIN api_usage u ON u.client_id = c.id AND u.at >= ${timestampSql(since)}
      WHERE c.id IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))}) AND ${clientScopeSql(scope)}
      GROUP BY GROUPING SETS ((c.id), (c.id, (u.at AT TIME ZONE 'Europe/Oslo')::date), (c.id, u.operation_name))
      ORDER BY c.id, day NULLS FIRST, points DESC, u.operation_name NULLS LAST`);
    for (const row of rows) {
      let summary = result.get(row.client_id);
      if (!summary) result.set(row.client_id, (summary = { ...EMPTY, perDay: [], perOperation: [] }));
      // A client without use in the period has only its totals row (from the outer join).
      if (row.requests === 0) continue;
      if (row.by_day) summary.perDay.push({ day: row.day!, ...counts(row) });
      else if (row.by_operation) {
        if (summary.perOperation.length < MAX_USAGE_OPERATIONS)
          summary.perOperation.push({ operationName: row.operation_name, ...counts(row) });
      } else Object.assign(summary, counts(row));
    }
    return result;
  }

  /** Deletes the usage log older than its retention as of `asOf` (the retention job); the rows deleted. */
  async prune(asOf: Date, months: number = API_USAGE_RETENTION_MONTHS): Promise<number> {
    if (!Number.isInteger(months) || months < 1) throw new RangeError('months must be a positive whole number.');
    return this.client.$executeRaw(Prisma.sql`
      DELETE FROM api_usage WHERE at < ${timestampSql(asOf)} - make_interval(months => ${months}::int)`);
  }
}
