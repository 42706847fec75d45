import { Prisma } from '../../generated/prisma/client.js';
import type { SqlExecutor } from '../../sql/executor.js';
import { inDistricts, inPeriod } from './sql.js';
import { inPeriodSplit, keysAboveZero, onLastDaySplit, totals } from './totals.js';
import type { OverviewCount, OverviewCoverageRecord, OverviewDistricts, OverviewPeriod } from './types.js';

/*
 * The group registry's figures. A group's status on a day comes from its status history, kept
 * as spans (group_status_span) with monthly totals beside them (decision 0029), not from the
 * current status column, so a past period reads as it stood then. A group counts in its current
 * district.
 */

/** Groups by status on the period's last day × district. */
export function groupsByStatus(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  return sql.query<OverviewCount>(totals('groupsByStatus', 'spans', districts, onLastDaySplit(period)));
}

/** Groups not closed on the period's last day, by theme × district (a group counts once per theme it has). */
export function groupsByTheme(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  return sql.query<OverviewCount>(totals('groupsByTheme', 'spans', districts, onLastDaySplit(period)));
}

/**
 * Groups started (their first change to STARTING or RUNNING) and closed (a change to CLOSED,
 * counted once per group) in the period × district; columns STARTED, CLOSED.
 */
export function groupsStartedAndClosed(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  return sql.query<OverviewCount>(Prisma.sql`
    ${totals('groupsStarted', 'spans', districts, inPeriodSplit(period))}
    UNION ALL
    SELECT s.district_id, 'CLOSED', COUNT(DISTINCT s.group_id)::int
    FROM group_status_span s
    WHERE s.status = 'CLOSED' AND ${inPeriod('s.valid_from', period)} AND ${inDistricts('s.district_id', districts)}
    GROUP BY s.district_id`);
}

/** Groups started per month (`YYYY-MM`) of the period × district. */
export function groupsStartedPerMonth(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  return sql.query<OverviewCount>(
    totals('groupsStarted', 'spans', districts, inPeriodSplit(period), { row: 'district', column: 'month' }),
  );
}

/** The municipalities with at least one group STARTING or RUNNING on the period's last day. */
export async function coverage(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCoverageRecord> {
  const rows = await sql.query<{ key: string }>(keysAboveZero('coverage', 'spans', districts, period));
  return { coveredMunicipalityNumbers: rows.map((row) => row.key) };
}
