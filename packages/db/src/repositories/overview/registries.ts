import { DEFAULT_REFRESHER_INTERVAL_MONTHS } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import type { SqlExecutor } from '../../sql/executor.js';
import { dayOf, inDistricts, inPeriod } from './sql.js';
import type { OverviewCount, OverviewDistricts, OverviewPeriod } from './types.js';

/*
 * Facilitators, courses, partners and outreach: registries of the districts' own work, counted
 * without small-number protection (they hold no one's health or contact with the office).
 */

/** `day` minus the district's refresher interval: the domain's qualificationCutoff (PostgreSQL clamps month ends as addMonths does). */
function cutoff(day: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${day} - make_interval(months => q.months))::date`;
}

/**
 * Facilitators × district, derived from course completions as the domain's qualificationStatus
 * does (a BASIC completion, and the latest BASIC/REFRESHER completion within the district's
 * refresher interval):
 * - QUALIFIED: qualified on the period's last day;
 * - NEWLY_QUALIFIED: first BASIC completion in the period;
 * - LAPSED: a qualification ended in the period, i.e. its lapse day (the first day whose cutoff
 *   reaches the completion) falls in the period and no completion renewed it before then.
 *   With c a completion and n the next one, that is cutoff(from − 1) < c ≤ cutoff(to) and
 *   n is absent or cutoff(n − 1) ≥ c (n came after the lapse day).
 */
export function facilitatorQualifications(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  const to = dayOf(period.to);
  const dayBefore = Prisma.sql`(${dayOf(period.from)} - 1)`;
  return sql.query<OverviewCount>(Prisma.sql`
    WITH completions AS (
      SELECT f.id, f.district_id, cc.completed_on AS on_day,
             MIN(cc.completed_on) FILTER (WHERE cc.course_type = 'BASIC') OVER (PARTITION BY f.id) AS first_basic,
             COALESCE(ds.refresher_interval_months, ${DEFAULT_REFRESHER_INTERVAL_MONTHS}) AS months
      FROM facilitator f
      JOIN course_completion cc ON cc.facilitator_id = f.id AND cc.course_type IN ('BASIC', 'REFRESHER')
      LEFT JOIN district_setting ds ON ds.district_id = f.district_id
      WHERE ${inDistricts('f.district_id', districts)}
    ), q AS (
      SELECT c.*, LEAD(c.on_day) OVER (PARTITION BY c.id ORDER BY c.on_day) AS next_day
      FROM completions c
      WHERE c.first_basic IS NOT NULL AND c.on_day >= c.first_basic
    )
    SELECT q.district_id AS "row", k.kind AS "column", COUNT(DISTINCT q.id)::int AS value
    FROM q
    CROSS JOIN LATERAL (VALUES
      ('QUALIFIED', q.on_day <= ${to} AND q.on_day > ${cutoff(to)}),
      ('NEWLY_QUALIFIED', ${inPeriod('q.first_basic', period)}),
      ('LAPSED', q.on_day > ${cutoff(dayBefore)} AND q.on_day <= ${cutoff(to)}
                 AND (q.next_day IS NULL OR ${cutoff(Prisma.sql`(q.next_day - 1)`)} >= q.on_day))
    ) AS k(kind, counts)
    WHERE k.counts
    GROUP BY q.district_id, k.kind`);
}

/**
 * Courses held (RUNNING or COMPLETED, starting in the period) by type × district, and their
 * participants (enrolled facilitators), as columns `COURSES:<type>` and `PARTICIPANTS:<type>`.
 */
export function coursesHeld(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  return sql.query<OverviewCount>(Prisma.sql`
    WITH held AS (
      SELECT t.district_id, t.type::text AS type, t.id,
             (SELECT COUNT(*) FROM enrolment e WHERE e.course_id = t.id AND e.status = 'ENROLLED')::int AS participants
      FROM training_course t
      WHERE t.status IN ('RUNNING', 'COMPLETED') AND ${inPeriod('t.starts_on', period)}
        AND ${inDistricts('t.district_id', districts)}
    )
    SELECT district_id AS "row", 'COURSES:' || type AS "column", COUNT(*)::int AS value FROM held GROUP BY district_id, type
    UNION ALL
    SELECT district_id, 'PARTICIPANTS:' || type, SUM(participants)::int FROM held GROUP BY district_id, type`);
}

/** Active partners (as registered now, created by the period's last day) by type × district. */
export function partnersByType(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  return sql.query<OverviewCount>(Prisma.sql`
    SELECT p.district_id AS "row", p.type::text AS "column", COUNT(*)::int AS value
    FROM partner p
    WHERE p.status = 'ACTIVE' AND (p.created_at AT TIME ZONE 'Europe/Oslo')::date <= ${dayOf(period.to)}
      AND ${inDistricts('p.district_id', districts)}
    GROUP BY p.district_id, p.type`);
}

/**
 * Completed outreach activities dated in the period by type × district, and their participants,
 * as columns `ACTIVITIES:<type>` and `PARTICIPANTS:<type>`.
 */
export function activitiesByType(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  return sql.query<OverviewCount>(Prisma.sql`
    SELECT a.district_id AS "row", k.measure || ':' || a.type::text AS "column",
           (CASE k.measure WHEN 'ACTIVITIES' THEN COUNT(*) ELSE COALESCE(SUM(a.participant_count), 0) END)::int AS value
    FROM outreach_activity a
    CROSS JOIN (VALUES ('ACTIVITIES'), ('PARTICIPANTS')) AS k(measure)
    WHERE a.status = 'COMPLETED' AND ${inPeriod('a.date', period)} AND ${inDistricts('a.district_id', districts)}
    GROUP BY a.district_id, a.type, k.measure`);
}
