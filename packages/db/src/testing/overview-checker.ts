import type { DistrictId } from '@selvhjelp/domain';
import { DEFAULT_REFRESHER_INTERVAL_MONTHS, DISTRICT_IDS } from '@selvhjelp/domain';
import { Prisma } from '../generated/prisma/client.js';
import type { Database } from '../database.js';
import { databaseInternals } from '../database.js';
import type { OverviewFigure } from '../repositories/overview/repository.js';
import type { OverviewCount, OverviewPeriod } from '../repositories/overview/types.js';

/*
 * Acceptance 1's check: every overview figure recounted by a direct statement written another
 * way (a correlated subquery per record instead of a window or DISTINCT ON, day by day for
 * lapses), compared cell by cell with what the repository answers. Tests run it on their small
 * datasets; the large seed reuses it as it is.
 */

export interface OverviewMismatch {
  figure: OverviewFigure;
  row: string;
  column: string;
  repository: number;
  direct: number;
}

export interface OverviewCheck {
  /** The direct counts, per figure, keyed `row|column` (missing = 0). */
  direct: Map<OverviewFigure, Map<string, number>>;
  mismatches: OverviewMismatch[];
  /** How many non-zero cells were compared (a check of an empty database proves nothing). */
  comparedNonZero: number;
}

type Direct = (p: { from: Prisma.Sql; to: Prisma.Sql; districts: Prisma.Sql }) => Prisma.Sql;

const statusOn = (day: Prisma.Sql) => Prisma.sql`(SELECT c.to_status::text FROM group_status_change c
  WHERE c.group_id = g.id AND c.effective_date <= ${day}
  ORDER BY c.effective_date DESC, c.changed_at DESC, c.seq DESC LIMIT 1)`;
const startedOn = Prisma.sql`(SELECT MIN(c.effective_date) FROM group_status_change c
  WHERE c.group_id = g.id AND c.to_status IN ('STARTING', 'RUNNING'))`;
const months = Prisma.sql`COALESCE((SELECT s.refresher_interval_months FROM district_setting s WHERE s.district_id = f.district_id), ${DEFAULT_REFRESHER_INTERVAL_MONTHS})`;
/*
 * Lapsed = qualified the day before and not on the day, tried day by day. Only the days near a
 * completion's expiry (completion + interval) are tried: on a lapse day d, the latest completion m
 * by d − 1 has (d − 1) − interval < m ≤ d − interval, so d is within 4 days of m + interval (month
 * lengths differ by 3 days at most); a week either side is ample, and a year is 15 days, not 365.
 */
const expiry = Prisma.sql`(x.completed_on + make_interval(months => ${months}))::date`;
/** Qualified on `day`: a BASIC by then, and the latest BASIC/REFRESHER by then after day − interval. */
const qualifiedOn = (day: Prisma.Sql) => Prisma.sql`(
  EXISTS (SELECT 1 FROM course_completion b WHERE b.facilitator_id = f.id AND b.course_type = 'BASIC' AND b.completed_on <= ${day})
  AND (SELECT MAX(x.completed_on) FROM course_completion x WHERE x.facilitator_id = f.id
       AND x.course_type IN ('BASIC', 'REFRESHER') AND x.completed_on <= ${day}) > (${day} - make_interval(months => ${months}))::date)`;

const DIRECT: Record<OverviewFigure, Direct> = {
  groupsByStatus: ({ to, districts }) => Prisma.sql`
    SELECT g.district_id AS "row", ${statusOn(to)} AS "column", COUNT(*)::int AS value
    FROM self_help_group g WHERE g.district_id IN (${districts}) AND ${statusOn(to)} IS NOT NULL GROUP BY 1, 2`,
  groupsByTheme: ({ to, districts }) => Prisma.sql`
    SELECT g.district_id AS "row", t AS "column", COUNT(*)::int AS value
    FROM self_help_group g, unnest(g.theme_ids) t
    WHERE g.district_id IN (${districts}) AND ${statusOn(to)} <> 'CLOSED' GROUP BY 1, 2`,
  groupsStartedAndClosed: ({ from, to, districts }) => Prisma.sql`
    SELECT g.district_id AS "row", 'STARTED' AS "column", COUNT(*)::int AS value FROM self_help_group g
    WHERE g.district_id IN (${districts}) AND ${startedOn} BETWEEN ${from} AND ${to} GROUP BY 1
    UNION ALL
    SELECT g.district_id, 'CLOSED', COUNT(*)::int FROM self_help_group g
    WHERE g.district_id IN (${districts}) AND EXISTS (SELECT 1 FROM group_status_change c
      WHERE c.group_id = g.id AND c.to_status = 'CLOSED' AND c.effective_date BETWEEN ${from} AND ${to}) GROUP BY 1`,
  groupsStartedPerMonth: ({ from, to, districts }) => Prisma.sql`
    SELECT g.district_id AS "row", to_char(${startedOn}, 'YYYY-MM') AS "column", COUNT(*)::int AS value
    FROM self_help_group g WHERE g.district_id IN (${districts}) AND ${startedOn} BETWEEN ${from} AND ${to} GROUP BY 1, 2`,
  facilitatorQualifications: ({ from, to, districts }) => Prisma.sql`
    SELECT f.district_id AS "row", 'QUALIFIED' AS "column", COUNT(*)::int AS value FROM facilitator f
    WHERE f.district_id IN (${districts}) AND ${qualifiedOn(to)} GROUP BY 1
    UNION ALL
    SELECT f.district_id, 'NEWLY_QUALIFIED', COUNT(*)::int FROM facilitator f
    WHERE f.district_id IN (${districts}) AND (SELECT MIN(b.completed_on) FROM course_completion b
      WHERE b.facilitator_id = f.id AND b.course_type = 'BASIC') BETWEEN ${from} AND ${to} GROUP BY 1
    UNION ALL
    SELECT f.district_id, 'LAPSED', COUNT(*)::int FROM facilitator f
    WHERE f.district_id IN (${districts}) AND EXISTS (
      SELECT 1 FROM course_completion x
      CROSS JOIN LATERAL generate_series(
        GREATEST(${expiry} - 7, ${from})::timestamp, LEAST(${expiry} + 7, ${to})::timestamp, interval '1 day') AS s(at)
      CROSS JOIN LATERAL (SELECT s.at::date AS day) d
      WHERE x.facilitator_id = f.id AND x.course_type IN ('BASIC', 'REFRESHER')
        AND ${qualifiedOn(Prisma.sql`(d.day - 1)`)} AND NOT ${qualifiedOn(Prisma.sql`d.day`)}) GROUP BY 1`,
  coursesHeld: ({ from, to, districts }) => Prisma.sql`
    SELECT t.district_id AS "row", 'COURSES:' || t.type AS "column", COUNT(*)::int AS value FROM training_course t
    WHERE t.district_id IN (${districts}) AND t.status IN ('RUNNING', 'COMPLETED') AND t.starts_on BETWEEN ${from} AND ${to} GROUP BY 1, 2
    UNION ALL
    SELECT t.district_id, 'PARTICIPANTS:' || t.type, COUNT(*)::int FROM training_course t JOIN enrolment e ON e.course_id = t.id
    WHERE t.district_id IN (${districts}) AND t.status IN ('RUNNING', 'COMPLETED') AND t.starts_on BETWEEN ${from} AND ${to}
      AND e.status = 'ENROLLED' GROUP BY 1, 2`,
  partnersByType: ({ to, districts }) => Prisma.sql`
    SELECT p.district_id AS "row", p.type::text AS "column", COUNT(*)::int AS value FROM partner p
    WHERE p.district_id IN (${districts}) AND p.status = 'ACTIVE' AND (p.created_at AT TIME ZONE 'Europe/Oslo')::date <= ${to} GROUP BY 1, 2`,
  activitiesByType: ({ from, to, districts }) => Prisma.sql`
    SELECT a.district_id AS "row", 'ACTIVITIES:' || a.type AS "column", COUNT(*)::int AS value FROM outreach_activity a
    WHERE a.district_id IN (${districts}) AND a.status = 'COMPLETED' AND a.date BETWEEN ${from} AND ${to} GROUP BY 1, 2
    UNION ALL
    SELECT a.district_id, 'PARTICIPANTS:' || a.type, COALESCE(SUM(a.participant_count), 0)::int FROM outreach_activity a
    WHERE a.district_id IN (${districts}) AND a.status = 'COMPLETED' AND a.date BETWEEN ${from} AND ${to} GROUP BY 1, 2`,
  inquiriesByChannel: ({ from, to, districts }) => Prisma.sql`
    SELECT i.district_id AS "row", 'INQUIRIES:' || i.channel AS "column", COUNT(*)::int AS value FROM inquiry i
    WHERE i.district_id IN (${districts}) AND i.received_on BETWEEN ${from} AND ${to} GROUP BY 1, 2
    UNION ALL
    SELECT i.district_id, 'MINUTES:' || i.channel, SUM(i.minutes_spent)::int FROM inquiry i
    WHERE i.district_id IN (${districts}) AND i.received_on BETWEEN ${from} AND ${to} GROUP BY 1, 2`,
  inquiriesByInquirer: ({ from, to, districts }) => Prisma.sql`
    SELECT i.district_id AS "row", i.inquirer_type::text AS "column", COUNT(*)::int AS value FROM inquiry i
    WHERE i.district_id IN (${districts}) AND i.received_on BETWEEN ${from} AND ${to} AND i.inquirer_type <> 'PUBLIC_SERVICE' GROUP BY 1, 2
    UNION ALL
    SELECT i.district_id, 'PUBLIC_SERVICE:' || COALESCE(i.public_service_type::text, 'OTHER'), COUNT(*)::int FROM inquiry i
    WHERE i.district_id IN (${districts}) AND i.received_on BETWEEN ${from} AND ${to} AND i.inquirer_type = 'PUBLIC_SERVICE' GROUP BY 1, 2`,
  inquiriesByAction: ({ from, to, districts }) => Prisma.sql`
    SELECT i.district_id AS "row", a.action::text AS "column", COUNT(*)::int AS value
    FROM inquiry i JOIN LATERAL unnest(enum_range(NULL::"InquiryAction")) AS a(action) ON a.action = ANY (i.actions)
    WHERE i.district_id IN (${districts}) AND i.received_on BETWEEN ${from} AND ${to} GROUP BY 1, 2`,
  inquiriesPerMonth: ({ from, to, districts }) => Prisma.sql`
    SELECT to_char(date_trunc('month', i.received_on), 'YYYY-MM') AS "row", i.channel::text AS "column", COUNT(*)::int AS value
    FROM inquiry i WHERE i.district_id IN (${districts}) AND i.received_on BETWEEN ${from} AND ${to} GROUP BY 1, 2`,
  casesByState: ({ from, to, districts }) => Prisma.sql`
    SELECT c.district_id AS "row", 'OPEN' AS "column", COUNT(*)::int AS value FROM follow_up_case c
    WHERE c.district_id IN (${districts}) AND c.opened_on <= ${to} AND NOT COALESCE(c.closed_on <= ${to}, FALSE) GROUP BY 1
    UNION ALL
    SELECT c.district_id, 'OPENED', COUNT(*)::int FROM follow_up_case c
    WHERE c.district_id IN (${districts}) AND c.opened_on BETWEEN ${from} AND ${to} GROUP BY 1
    UNION ALL
    SELECT c.district_id, 'CLOSED', COUNT(*)::int FROM follow_up_case c
    WHERE c.district_id IN (${districts}) AND c.closed_on BETWEEN ${from} AND ${to} GROUP BY 1`,
  interestDemand: ({ to, districts }) => Prisma.sql`
    SELECT e.district_id AS "row", e.theme_id AS "column", COUNT(*)::int AS value FROM interest_list_entry e
    WHERE e.district_id IN (${districts}) AND (e.created_at AT TIME ZONE 'Europe/Oslo')::date <= ${to}
      AND NOT COALESCE(e.closed_on <= ${to}, FALSE) GROUP BY 1, 2`,
};

const cellKey = (count: Pick<OverviewCount, 'row' | 'column'>) => `${count.row}|${count.column}`;

function asMap(counts: readonly OverviewCount[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const count of counts) if (count.value !== 0) map.set(cellKey(count), Number(count.value));
  return map;
}

const directParams = (period: OverviewPeriod, districts: readonly DistrictId[]) => ({
  from: Prisma.sql`${period.from}::date`,
  to: Prisma.sql`${period.to}::date`,
  districts: Prisma.join([...districts]),
});

/**
 * The figures of the period (`figures`, default all) counted by the direct statements alone, keyed
 * `row|column` (missing = 0): what a test compares a page or an export with, without the repository.
 */
export async function directOverviewCounts(
  db: Database,
  period: OverviewPeriod,
  districts: readonly DistrictId[] = DISTRICT_IDS,
  figures: readonly OverviewFigure[] = Object.keys(DIRECT) as OverviewFigure[],
): Promise<Map<OverviewFigure, Map<string, number>>> {
  const { prisma } = databaseInternals(db);
  const params = directParams(period, districts);
  const direct = new Map<OverviewFigure, Map<string, number>>();
  for (const figure of figures) {
    direct.set(figure, asMap(await prisma.$queryRaw<OverviewCount[]>(DIRECT[figure](params))));
  }
  return direct;
}

/**
 * Coverage counted directly: the municipalities (ascending) of the groups whose status on the
 * period's last day, read from their history one group at a time, is STARTING or RUNNING.
 */
export async function directCoveredMunicipalities(
  db: Database,
  period: OverviewPeriod,
  districts: readonly DistrictId[] = DISTRICT_IDS,
): Promise<string[]> {
  const { prisma } = databaseInternals(db);
  const { to, districts: inDistricts } = directParams(period, districts);
  const rows = await prisma.$queryRaw<{ municipality: string }[]>(Prisma.sql`
    SELECT DISTINCT g.municipality_number::text AS municipality FROM self_help_group g
    WHERE g.district_id IN (${inDistricts}) AND ${statusOn(to)} IN ('STARTING', 'RUNNING') ORDER BY 1`);
  return rows.map((row) => row.municipality);
}

/** Recounts every figure for `period` over `districts` (default all) and compares it with the repository. */
export async function checkOverviewFigures(
  db: Database,
  period: OverviewPeriod,
  districts: readonly DistrictId[] = DISTRICT_IDS,
): Promise<OverviewCheck> {
  const check: OverviewCheck = {
    direct: await directOverviewCounts(db, period, districts),
    mismatches: [],
    comparedNonZero: 0,
  };
  for (const [figure, direct] of check.direct) {
    const repository = asMap(await db.repositories.overview.figure(figure, { kind: 'national' }, districts, period));
    for (const key of new Set([...direct.keys(), ...repository.keys()])) {
      const [row = '', column = ''] = key.split('|');
      const expected = direct.get(key) ?? 0;
      const actual = repository.get(key) ?? 0;
      if (expected !== actual) check.mismatches.push({ figure, row, column, repository: actual, direct: expected });
      else if (expected !== 0) check.comparedNonZero += 1;
    }
  }
  return check;
}
