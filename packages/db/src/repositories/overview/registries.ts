import { Prisma } from '../../generated/prisma/client.js';
import type { SqlExecutor } from '../../sql/executor.js';
import { dayOf, inDistricts, inPeriod } from './sql.js';
import { inPeriodSplit, onLastDaySplit, totals } from './totals.js';
import type { OverviewCount, OverviewDistricts, OverviewPeriod } from './types.js';

/*
 * Facilitators, courses, partners and outreach: registries of the districts' own work, counted
 * without small-number protection (they hold no one's health or contact with the office).
 */

/**
 * Facilitators × district, from their qualification spans (decision 0029), which the database
 * derives from course completions as the domain's qualificationStatus does:
 * - QUALIFIED: qualified on the period's last day;
 * - NEWLY_QUALIFIED: first BASIC completion in the period;
 * - LAPSED: a qualification ended in the period (its lapse day, with no renewal by then, falls in
 *   the period), counted once per facilitator.
 */
export function facilitatorQualifications(
  sql: SqlExecutor,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Promise<OverviewCount[]> {
  return sql.query<OverviewCount>(Prisma.sql`
    ${totals('facilitatorsQualified', 'qualifications', districts, onLastDaySplit(period))}
    UNION ALL
    ${totals('facilitatorsNewlyQualified', 'qualifications', districts, inPeriodSplit(period))}
    UNION ALL
    SELECT s.district_id, 'LAPSED', COUNT(DISTINCT s.facilitator_id)::int
    FROM facilitator_qualification_span s
    WHERE ${inPeriod('s.valid_until', period)} AND ${inDistricts('s.district_id', districts)}
    GROUP BY s.district_id`);
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
  return sql.query<OverviewCount>(totals('activitiesByType', 'activities', districts, inPeriodSplit(period)));
}
