import { Prisma } from '../../generated/prisma/client.js';
import type { SqlExecutor } from '../../sql/executor.js';
import { dayOf, inDistricts, inPeriod, statusAtEndCte } from './sql.js';
import type { OverviewCount, OverviewCoverageRecord, OverviewDistricts, OverviewPeriod } from './types.js';

/*
 * The group registry's figures. A group's status on a day comes from its status history
 * (group_status_change), not from the current status column, so a past period reads as it
 * stood then. A group counts in its current district.
 */

/** Groups by status on the period's last day × district. */
export function groupsByStatus(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  return sql.query<OverviewCount>(Prisma.sql`
    WITH ${statusAtEndCte(period, districts)}
    SELECT g.district_id AS "row", s.status AS "column", COUNT(*)::int AS value
    FROM status_at_end s JOIN self_help_group g ON g.id = s.group_id
    GROUP BY g.district_id, s.status`);
}

/** Groups not closed on the period's last day, by theme × district (a group counts once per theme it has). */
export function groupsByTheme(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  return sql.query<OverviewCount>(Prisma.sql`
    WITH ${statusAtEndCte(period, districts)}
    SELECT g.district_id AS "row", t.theme_id AS "column", COUNT(*)::int AS value
    FROM status_at_end s
    JOIN self_help_group g ON g.id = s.group_id
    CROSS JOIN LATERAL unnest(g.theme_ids) AS t(theme_id)
    WHERE s.status <> 'CLOSED'
    GROUP BY g.district_id, t.theme_id`);
}

/**
 * The day each group started (its first change to STARTING or RUNNING) and whether it closed
 * in the period, from the status history of the districts' groups.
 */
function startsCte(period: OverviewPeriod, districts: OverviewDistricts): Prisma.Sql {
  return Prisma.sql`starts AS (
    SELECT g.district_id, c.group_id,
           MIN(c.effective_date) FILTER (WHERE c.to_status IN ('STARTING', 'RUNNING')) AS started_on,
           BOOL_OR(c.to_status = 'CLOSED' AND ${inPeriod('c.effective_date', period)}) AS closed_in_period
    FROM group_status_change c
    JOIN self_help_group g ON g.id = c.group_id
    WHERE c.effective_date <= ${dayOf(period.to)} AND ${inDistricts('g.district_id', districts)}
    GROUP BY g.district_id, c.group_id
  )`;
}

/** Groups started (first STARTING/RUNNING) and closed in the period × district; columns STARTED, CLOSED. */
export function groupsStartedAndClosed(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  return sql.query<OverviewCount>(Prisma.sql`
    WITH ${startsCte(period, districts)}
    SELECT s.district_id AS "row", k.kind AS "column", COUNT(*)::int AS value
    FROM starts s
    CROSS JOIN LATERAL (VALUES
      ('STARTED', ${inPeriod('s.started_on', period)}),
      ('CLOSED', s.closed_in_period)
    ) AS k(kind, counts)
    WHERE k.counts
    GROUP BY s.district_id, k.kind`);
}

/** Groups started per month (`YYYY-MM`) of the period × district. */
export function groupsStartedPerMonth(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  return sql.query<OverviewCount>(Prisma.sql`
    WITH ${startsCte(period, districts)}
    SELECT s.district_id AS "row", to_char(s.started_on, 'YYYY-MM') AS "column", COUNT(*)::int AS value
    FROM starts s
    WHERE ${inPeriod('s.started_on', period)}
    GROUP BY s.district_id, to_char(s.started_on, 'YYYY-MM')`);
}

/** The municipalities with at least one group STARTING or RUNNING on the period's last day. */
export async function coverage(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCoverageRecord> {
  const rows = await sql.query<{ municipality_number: string }>(Prisma.sql`
    WITH ${statusAtEndCte(period, districts)}
    SELECT DISTINCT g.municipality_number::text AS municipality_number
    FROM status_at_end s JOIN self_help_group g ON g.id = s.group_id
    WHERE s.status IN ('STARTING', 'RUNNING')
    ORDER BY 1`);
  return { coveredMunicipalityNumbers: rows.map((row) => row.municipality_number) };
}
