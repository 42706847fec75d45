import { Prisma } from '../../generated/prisma/client.js';
import type { SqlExecutor } from '../../sql/executor.js';
import { dayOf, inDistricts } from './sql.js';
import { inPeriodSplit, onLastDaySplit, totals } from './totals.js';
import type { OverviewCount, OverviewDistricts, OverviewPeriod } from './types.js';

/*
 * Figures over inquiries, follow-up cases and interest lists: counts only, which the gateway
 * protects (small numbers, decision 0024) before anyone sees them. An inquiry counts on the day
 * it was received; anonymised inquiries keep their counts (the retention job nulls only the
 * personal fields).
 */

/**
 * Inquiries by channel × district (columns `INQUIRIES:<channel>`) and the minutes spent on them
 * (columns `MINUTES:<channel>`).
 */
export function inquiriesByChannel(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  return sql.query<OverviewCount>(totals('inquiriesByChannel', 'inquiries', districts, inPeriodSplit(period)));
}

/**
 * Inquiries by who asked × district: PERSON, RELATIVE, PARTNER, and a public service by its type
 * (`PUBLIC_SERVICE:CHILD_WELFARE`, …; one without a type as `PUBLIC_SERVICE:OTHER`).
 */
export function inquiriesByInquirer(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  return sql.query<OverviewCount>(totals('inquiriesByInquirer', 'inquiries', districts, inPeriodSplit(period)));
}

/** What was done × district: an inquiry counts once under each action it records. */
export function inquiriesByAction(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  return sql.query<OverviewCount>(totals('inquiriesByAction', 'inquiries', districts, inPeriodSplit(period)));
}

/** Inquiries per month (`YYYY-MM`, the rows) × channel, over all the districts asked for. */
export function inquiriesPerMonth(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  return sql.query<OverviewCount>(
    totals('inquiriesPerMonth', 'inquiries', districts, inPeriodSplit(period), { row: 'month', column: 'key' }),
  );
}

/**
 * Follow-up cases × district: OPEN = opened by the period's last day and not closed by then
 * (paused cases included), OPENED and CLOSED = in the period.
 */
export function casesByState(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  return sql.query<OverviewCount>(Prisma.sql`
    ${totals('casesOpen', 'cases', districts, onLastDaySplit(period))}
    UNION ALL
    ${totals('casesByState', 'cases', districts, inPeriodSplit(period))}`);
}

/** Open interest-list places on the period's last day (taken by then, not closed by then) by theme × district. */
export function interestDemand(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  const to = dayOf(period.to);
  return sql.query<OverviewCount>(Prisma.sql`
    SELECT e.district_id AS "row", e.theme_id AS "column", COUNT(*)::int AS value
    FROM interest_list_entry e
    WHERE (e.created_at AT TIME ZONE 'Europe/Oslo')::date <= ${to}
      AND (e.closed_on IS NULL OR e.closed_on > ${to})
      AND ${inDistricts('e.district_id', districts)}
    GROUP BY 1, 2`);
}
