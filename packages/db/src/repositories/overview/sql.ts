import { Prisma } from '../../generated/prisma/client.js';
import type { OverviewDistricts, OverviewPeriod } from './types.js';

/*
 * Pieces shared by the overview's statements. Every statement is grouped in the database and
 * returns counts only (`::int`, so the driver and Prisma read them alike, decision 0015).
 */

/** `column IN (…districts…)`; FALSE for none, so an empty scope counts nothing. */
export function inDistricts(column: string, districts: OverviewDistricts): Prisma.Sql {
  if (districts.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`${Prisma.raw(column)} IN (${Prisma.join([...districts])})`;
}

export function dayOf(date: string): Prisma.Sql {
  return Prisma.sql`${date}::date`;
}

/** `column BETWEEN from AND to` for a date column (both days inclusive). */
export function inPeriod(column: string, period: OverviewPeriod): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(column)} BETWEEN ${dayOf(period.from)} AND ${dayOf(period.to)}`;
}

/**
 * Each group's status on the period's last day: its latest status change effective by then
 * (ties broken by recording order, as the group's history does). Groups whose first status
 * change comes later did not exist yet and have no row.
 */
export function statusAtEndCte(period: OverviewPeriod, districts: OverviewDistricts): Prisma.Sql {
  return Prisma.sql`status_at_end AS (
    SELECT DISTINCT ON (c.group_id) c.group_id, c.to_status::text AS status
    FROM group_status_change c
    JOIN self_help_group g ON g.id = c.group_id
    WHERE c.effective_date <= ${dayOf(period.to)} AND ${inDistricts('g.district_id', districts)}
    ORDER BY c.group_id, c.effective_date DESC, c.changed_at DESC, c.seq DESC
  )`;
}
