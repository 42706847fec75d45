import { Prisma } from '../../generated/prisma/client.js';
import type { SqlExecutor } from '../../sql/executor.js';
import { dayOf, inDistricts, inPeriod } from './sql.js';
import type { OverviewCount, OverviewDistricts, OverviewPeriod } from './types.js';

/*
 * Figures over inquiries, follow-up cases and interest lists: counts only, which the gateway
 * protects (small numbers, decision 0024) before anyone sees them. An inquiry counts on the day
 * it was received; anonymised inquiries keep their counts (the retention job nulls only the
 * personal fields).
 */

function inquiriesWhere(districts: OverviewDistricts, period: OverviewPeriod): Prisma.Sql {
  return Prisma.sql`${inPeriod('i.received_on', period)} AND ${inDistricts('i.district_id', districts)}`;
}

/**
 * Inquiries by channel × district (columns `INQUIRIES:<channel>`) and the minutes spent on them
 * (columns `MINUTES:<channel>`).
 */
export function inquiriesByChannel(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  return sql.query<OverviewCount>(Prisma.sql`
    SELECT i.district_id AS "row", k.measure || ':' || i.channel::text AS "column",
           (CASE k.measure WHEN 'INQUIRIES' THEN COUNT(*) ELSE SUM(i.minutes_spent) END)::int AS value
    FROM inquiry i
    CROSS JOIN (VALUES ('INQUIRIES'), ('MINUTES')) AS k(measure)
    WHERE ${inquiriesWhere(districts, period)}
    GROUP BY i.district_id, i.channel, k.measure`);
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
  return sql.query<OverviewCount>(Prisma.sql`
    SELECT i.district_id AS "row",
           CASE WHEN i.inquirer_type = 'PUBLIC_SERVICE'
                THEN 'PUBLIC_SERVICE:' || COALESCE(i.public_service_type::text, 'OTHER')
                ELSE i.inquirer_type::text END AS "column",
           COUNT(*)::int AS value
    FROM inquiry i
    WHERE ${inquiriesWhere(districts, period)}
    GROUP BY 1, 2`);
}

/** What was done × district: an inquiry counts once under each action it records. */
export function inquiriesByAction(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  return sql.query<OverviewCount>(Prisma.sql`
    SELECT i.district_id AS "row", a.action::text AS "column", COUNT(*)::int AS value
    FROM inquiry i CROSS JOIN LATERAL unnest(i.actions) AS a(action)
    WHERE ${inquiriesWhere(districts, period)}
    GROUP BY 1, 2`);
}

/** Inquiries per month (`YYYY-MM`, the rows) × channel, over all the districts asked for. */
export function inquiriesPerMonth(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  return sql.query<OverviewCount>(Prisma.sql`
    SELECT to_char(i.received_on, 'YYYY-MM') AS "row", i.channel::text AS "column", COUNT(*)::int AS value
    FROM inquiry i
    WHERE ${inquiriesWhere(districts, period)}
    GROUP BY 1, 2`);
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
  const to = dayOf(period.to);
  return sql.query<OverviewCount>(Prisma.sql`
    SELECT c.district_id AS "row", k.kind AS "column", COUNT(*)::int AS value
    FROM follow_up_case c
    CROSS JOIN LATERAL (VALUES
      ('OPEN', c.opened_on <= ${to} AND (c.closed_on IS NULL OR c.closed_on > ${to})),
      ('OPENED', ${inPeriod('c.opened_on', period)}),
      ('CLOSED', c.closed_on IS NOT NULL AND ${inPeriod('c.closed_on', period)})
    ) AS k(kind, counts)
    WHERE k.counts AND c.opened_on <= ${to} AND ${inDistricts('c.district_id', districts)}
    GROUP BY c.district_id, k.kind`);
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
