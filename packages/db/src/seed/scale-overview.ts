import {
  CASE_REFERENCE_ALPHABET,
  DISTRICT_IDS,
  MUNICIPALITIES,
  THEME_IDS,
  addDays,
  districtIdOfMunicipality,
  surveyFromTemplate,
  todayIn,
} from '@selvhjelp/domain';
import { dateFromIso } from '../sql/dates.js';
import { Prisma } from '../generated/prisma/client.js';
import type { Database } from '../database.js';
import { databaseInternals } from '../database.js';
import { assertDemoSeedAllowed } from './seed.js';

/*
 * `pnpm db:seed --scale large`, beyond the 20,000 groups (scale.ts): the registries the overview
 * counts (issue 13), spread over the districts and the last five years — 100,000 inquiries (with
 * follow-up cases and interest-list entries), 5,000 facilitators with the courses they completed,
 * 50,000 outreach activities, and a status history for the copied groups so that "groups started
 * per month" has something to count.
 *
 * Each function tops its table up to a target with one INSERT … SELECT over generate_series, so a
 * second run adds nothing and either backend takes seconds. Values are drawn from hashtext() of
 * the row number and a salt: deterministic, so figures are the same after a reset, and not
 * correlated between columns. No personal data: facilitators are "Igangsetter 123" at an
 * example.invalid address, inquiries carry no alias or contact.
 */

export const LARGE_SCALE = {
  inquiries: 100_000,
  facilitators: 5_000,
  activities: 50_000,
  surveyResponses: 2_000,
  /** Every 30th inquiry has a follow-up case, every 20th an interest-list entry. */
  caseEvery: 30,
  interestEvery: 20,
  years: 5,
} as const;

export interface ScaleTargets {
  inquiries: number;
  facilitators: number;
  activities: number;
  /** Answer sheets of the user-survey template, one survey per district, closed last month. */
  surveyResponses: number;
}

export interface ScaleReport {
  groupHistories: number;
  inquiries: number;
  cases: number;
  interestEntries: number;
  facilitators: number;
  courses: number;
  completions: number;
  activities: number;
  surveyResponses: number;
}

// Municipalities with their district, as arrays the statements index with a hashed row number.
function places() {
  const numbers: string[] = [];
  const districts: string[] = [];
  for (const municipality of MUNICIPALITIES) {
    const district = districtIdOfMunicipality(municipality.number);
    if (!district) continue;
    numbers.push(municipality.number);
    districts.push(district);
  }
  return { numbers, districts };
}

/** `abs(hashtext(salt || n)) % modulo` as SQL: a stable pseudo-random integer in [0, modulo). */
const pick = (salt: string, n: Prisma.Sql, modulo: number) =>
  Prisma.sql`(abs(hashtext(${salt} || ${n}::text)) % ${modulo}::int)`;

/** A day in the last `years` years (never in the future), for row `n`. */
const pastDay = (salt: string, n: Prisma.Sql, years: number) =>
  Prisma.sql`(current_date - ${pick(salt, n, years * 365)})`;

export async function inflateOverview(
  db: Database,
  targets: ScaleTargets = LARGE_SCALE,
  years: number = LARGE_SCALE.years,
): Promise<ScaleReport> {
  assertDemoSeedAllowed();
  const { prisma } = databaseInternals(db);
  const { numbers, districts } = places();
  const themes = [...THEME_IDS];
  const count = async (table: string) => {
    const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`);
    return row?.n ?? 0;
  };
  const n = Prisma.sql`n`;
  const place = Prisma.sql`${pick('place', n, numbers.length)} + 1`;
  const report: ScaleReport = {
    groupHistories: 0,
    inquiries: 0,
    cases: 0,
    interestEntries: 0,
    facilitators: 0,
    courses: 0,
    completions: 0,
    activities: 0,
    surveyResponses: 0,
  };

  // Copied groups have no history: give each one a start (and a close, when closed) in the last years.
  report.groupHistories = await prisma.$executeRaw`
    INSERT INTO group_status_change (id, group_id, from_status, to_status, effective_date, reason, changed_at)
    SELECT gen_random_uuid(), g.id, step.from_status::"GroupStatus", step.to_status::"GroupStatus", step.day, 'Skala', step.day
    FROM (
      SELECT g.id, g.status, current_date - (abs(hashtext('start' || g.id::text)) % ${years * 365}::int) AS started
      FROM self_help_group g
      WHERE NOT EXISTS (SELECT 1 FROM group_status_change c WHERE c.group_id = g.id)
    ) g
    CROSS JOIN LATERAL (VALUES
      (NULL, 'STARTING', g.started, true),
      ('STARTING', 'RUNNING', least(g.started + 60, current_date), g.status IN ('RUNNING', 'PAUSED', 'CLOSED')),
      ('RUNNING', 'CLOSED', least(g.started + 400, current_date), g.status = 'CLOSED')
    ) AS step(from_status, to_status, day, wanted)
    WHERE step.wanted`;

  const inquiriesMissing = targets.inquiries - (await count('inquiry'));
  if (inquiriesMissing > 0) {
    // Channel, who asked and what was done, weighted roughly as the offices report them.
    report.inquiries = await prisma.$executeRaw`
      INSERT INTO inquiry (id, district_id, received_on, channel, inquirer_type, public_service_type, theme_ids,
        languages, municipality_number, minutes_spent, actions, updated_at)
      SELECT gen_random_uuid(), (${districts}::text[])[p], day,
        (ARRAY['PHONE','PHONE','PHONE','PHONE','EMAIL','EMAIL','EMAIL','WEB_FORM','OFFICE_VISIT','REFERRAL'])[${pick('channel', n, 10)} + 1]::"InquiryChannel",
        who::"InquirerType",
        CASE WHEN who = 'PUBLIC_SERVICE' THEN (ARRAY['CHILD_WELFARE','CRISIS_CENTRE','PSYCHOLOGIST',
          'CHILD_ADOLESCENT_PSYCHIATRY','SCHOOL','HEALTH_STATION','NAV','DIRECTORATE','INTEGRATION_ADVISER',
          'OTHER'])[${pick('service', n, 10)} + 1]::"PublicServiceType" END,
        ARRAY[(${themes}::text[])[${pick('theme', n, themes.length)} + 1]], ARRAY['nb'], (${numbers}::text[])[p],
        5 + ${pick('minutes', n, 86)},
        CASE WHEN n % ${LARGE_SCALE.interestEvery}::int = 0 THEN ARRAY['ADDED_TO_INTEREST_LIST']::"InquiryAction"[]
          ELSE ARRAY[(ARRAY['INFORMATION_GIVEN','INFORMATION_GIVEN','REFERRED_TO_GROUP','MATCHED_TO_PEER',
            'REFERRED_TO_PROFESSIONAL_HELP','TALK_OR_COURSE_REQUESTED'])[${pick('action', n, 6)} + 1]]::"InquiryAction"[] END,
        now()
      FROM (
        SELECT n, ${place} AS p, ${pastDay('received', n, years)} AS day,
          (ARRAY['PERSON','PERSON','PERSON','PERSON','PERSON','RELATIVE','RELATIVE','PUBLIC_SERVICE',
            'PUBLIC_SERVICE','PARTNER'])[${pick('who', n, 10)} + 1] AS who
        FROM generate_series(1, ${inquiriesMissing}::int) n
      ) drawn`;
  }

  // Every 30th inquiry without a case gets one, a third of them still open; the responsible is
  // the district's first staff user (any user where a district has none).
  const alphabet = CASE_REFERENCE_ALPHABET;
  const symbol = (k: number) =>
    Prisma.sql`substr(${alphabet}, ((i.num * 7919 + 104729) / ${27 ** k}::bigint % 27)::int + 1, 1)`;
  report.cases = await prisma.$executeRaw`
    INSERT INTO follow_up_case (id, district_id, reference, inquiry_id, status, outcome, responsible_staff_user_id,
      opened_on, closed_on, next_follow_up_on, updated_at)
    SELECT gen_random_uuid(), i.district_id,
      ${Prisma.join([0, 1, 2, 3, 4, 5, 6, 7].map(symbol), ' || ')},
      i.id, CASE WHEN closed THEN 'CLOSED' ELSE 'OPEN' END::"CaseStatus",
      CASE WHEN closed THEN 'JOINED_GROUP' END::"CaseOutcome",
      coalesce((SELECT s.id FROM staff_user s WHERE s.district_id = i.district_id ORDER BY s.email LIMIT 1),
        (SELECT s.id FROM staff_user s ORDER BY s.email LIMIT 1)),
      i.received_on, CASE WHEN closed THEN least(i.received_on + 90, current_date) END,
      CASE WHEN NOT closed THEN i.received_on + 30 END, now()
    FROM (
      SELECT i.id, i.district_id, i.received_on, row_number() OVER (ORDER BY i.id)::bigint AS num,
        abs(hashtext('case' || i.id::text)) % 3 <> 0 AS closed
      FROM inquiry i
      WHERE i.person_alias IS NULL AND abs(hashtext('has-case' || i.id::text)) % ${LARGE_SCALE.caseEvery}::int = 0
        AND NOT EXISTS (SELECT 1 FROM follow_up_case c WHERE c.inquiry_id = i.id)
    ) i
    WHERE EXISTS (SELECT 1 FROM staff_user)
    ON CONFLICT (reference) DO NOTHING`;

  report.interestEntries = await prisma.$executeRaw`
    INSERT INTO interest_list_entry (id, district_id, inquiry_id, theme_id, municipality_number, closed_on, updated_at)
    SELECT gen_random_uuid(), i.district_id, i.id, i.theme_ids[1], i.municipality_number,
      CASE WHEN i.received_on < current_date - 180 THEN i.received_on + 120 END, now()
    FROM inquiry i
    WHERE 'ADDED_TO_INTEREST_LIST' = ANY (i.actions) AND i.municipality_number IS NOT NULL
      AND cardinality(i.theme_ids) > 0
      AND NOT EXISTS (SELECT 1 FROM interest_list_entry e WHERE e.inquiry_id = i.id)`;

  const facilitatorsMissing = targets.facilitators - (await count('facilitator'));
  if (facilitatorsMissing > 0) {
    const offset = await count('facilitator');
    report.facilitators = await prisma.$executeRaw`
      INSERT INTO facilitator (id, district_id, name, email, municipality_number, theme_ids, languages,
        consent_given_on, consent_text, updated_at)
      SELECT gen_random_uuid(), (${districts}::text[])[p], 'Igangsetter ' || (n + ${offset}::int),
        'igangsetter-' || (n + ${offset}::int) || '@example.invalid', (${numbers}::text[])[p], '{}', ARRAY['nb'], day,
        'Samtykke registrert (skaladata).', now()
      FROM (SELECT n, ${place} AS p, ${pastDay('consent', n, years)} AS day
            FROM generate_series(1, ${facilitatorsMissing}::int) n) drawn`;
  }

  // Six courses a district a year (four basic, two refreshers), held in the months they start.
  report.courses = await prisma.$executeRaw`
    INSERT INTO training_course (id, district_id, type, title, location_text, capacity, status, starts_on, updated_at)
    SELECT gen_random_uuid(), d.id, kind::"CourseType",
      CASE kind WHEN 'BASIC' THEN 'Igangsetterkurs ' ELSE 'Oppfriskningskurs ' END || to_char(starts, 'YYYY-MM') || ' (skala)',
      'Distriktskontoret', 16, CASE WHEN starts <= current_date THEN 'COMPLETED' ELSE 'PLANNED' END::"CourseStatus", starts,
      now()
    FROM unnest(${[...new Set(districts)]}::text[]) AS d(id)
    CROSS JOIN generate_series(0, ${years * 6 - 1}::int) k
    CROSS JOIN LATERAL (SELECT (date_trunc('month', current_date) - make_interval(months => k * 2))::date + 9 AS starts,
      CASE WHEN k % 3 = 2 THEN 'REFRESHER' ELSE 'BASIC' END AS kind) c
    WHERE NOT EXISTS (SELECT 1 FROM training_course t WHERE t.district_id = d.id AND t.title LIKE '%(skala)')`;
  await prisma.$executeRaw`
    INSERT INTO course_session (id, course_id, date, start_time, end_time, place)
    SELECT gen_random_uuid(), t.id, t.starts_on, '10:00', '15:00', 'Distriktskontoret'
    FROM training_course t
    WHERE t.title LIKE '%(skala)' AND NOT EXISTS (SELECT 1 FROM course_session s WHERE s.course_id = t.id)`;

  // Each facilitator of the scale data completed the first basic course of their district after
  // their consent; a third also a refresher later. Qualification (and its lapse) follows from these.
  report.completions = await prisma.$executeRaw`
    WITH chosen AS (
      SELECT f.id AS facilitator_id, t.id AS course_id, t.type, t.starts_on
      FROM facilitator f
      CROSS JOIN LATERAL (
        SELECT DISTINCT ON (t.type) t.id, t.type, t.starts_on FROM training_course t
        WHERE t.district_id = f.district_id AND t.title LIKE '%(skala)' AND t.status = 'COMPLETED'
          AND t.starts_on >= f.consent_given_on
          AND (t.type = 'BASIC' OR abs(hashtext('refresher' || f.id::text)) % 3 = 0)
        ORDER BY t.type, t.starts_on
      ) t
      WHERE f.email LIKE 'igangsetter-%@example.invalid'
        AND NOT EXISTS (SELECT 1 FROM course_completion c WHERE c.facilitator_id = f.id)
    ), enrolled AS (
      INSERT INTO enrolment (id, course_id, facilitator_id, status, enrolled_at)
      SELECT gen_random_uuid(), course_id, facilitator_id, 'ENROLLED', starts_on - 14 FROM chosen
      ON CONFLICT (course_id, facilitator_id) DO NOTHING
    )
    INSERT INTO course_completion (course_id, facilitator_id, course_type, completed_on)
    SELECT course_id, facilitator_id, type, starts_on FROM chosen
    ON CONFLICT DO NOTHING`;

  const activitiesMissing = targets.activities - (await count('outreach_activity'));
  if (activitiesMissing > 0) {
    report.activities = await prisma.$executeRaw`
      INSERT INTO outreach_activity (id, district_id, type, title, status, date, place, municipality_number,
        audiences, participant_count, theme_ids, updated_at)
      SELECT gen_random_uuid(), (${districts}::text[])[p], kind::"ActivityType",
        CASE kind WHEN 'TALK' THEN 'Foredrag om selvhjelp' WHEN 'STAND' THEN 'Stand' ELSE 'Møte om selvhjelp' END,
        CASE WHEN ${pick('cancel', n, 25)} = 0 THEN 'CANCELLED' ELSE 'COMPLETED' END::"ActivityStatus",
        day, 'Kommunehuset', (${numbers}::text[])[p],
        ARRAY[(ARRAY['PUBLIC','HEALTH_SERVICES','NAV','MUNICIPAL_SERVICES','SCHOOLS','USER_ORGANISATIONS',
          'VOLUNTEERS'])[${pick('audience', n, 7)} + 1]]::"AudienceType"[],
        3 + ${pick('participants', n, 60)}, ARRAY[(${themes}::text[])[${pick('atheme', n, themes.length)} + 1]], now()
      FROM (SELECT n, ${place} AS p, ${pastDay('held', n, years)} AS day,
              (ARRAY['TALK','TALK','TALK','INFORMATION_MEETING','INFORMATION_MEETING','PROFESSIONAL_DAY','STAND',
                'PUBLIC_SERVICE_COURSE','NETWORK_MEETING','PARTNER_MEETING'])[${pick('kind', n, 10)} + 1] AS kind
            FROM generate_series(1, ${activitiesMissing}::int) n) drawn`;
  }

  report.surveyResponses = await inflateSurveys(db, targets.surveyResponses);

  // Fresh planner statistics after the bulk load, as autovacuum would make them soon after.
  for (const table of [
    'group_status_change',
    'inquiry',
    'follow_up_case',
    'interest_list_entry',
    'facilitator',
    'training_course',
    'enrolment',
    'course_completion',
    'outreach_activity',
    'survey_response',
    'survey_answer',
  ]) {
    await prisma.$executeRawUnsafe(`VACUUM (ANALYZE) ${table}`);
  }
  return report;
}

const SCALE_SURVEY_TITLE_SUFFIX = ' (skala)';

/**
 * One survey of the user-survey template per district, open the month before last and closed
 * last month, and `target` answer sheets spread over them: every question answered but the free
 * text, with a choice or scale value drawn from the sheet and question ids.
 */
async function inflateSurveys(db: Database, target: number): Promise<number> {
  const { prisma } = databaseInternals(db);
  const today = todayIn(new Date());
  const [{ n: existingSheets = 0 } = {}] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM survey_response r JOIN survey s ON s.id = r.survey_id
    WHERE s.title LIKE ${`%${SCALE_SURVEY_TITLE_SUFFIX}`}`;
  const missing = target - existingSheets;
  if (missing <= 0) return 0;
  const template = surveyFromTemplate('user-survey-2026', 'nb', {
    opensOn: addDays(today, -60),
    closesOn: addDays(today, -30),
  });
  for (const districtId of DISTRICT_IDS) {
    const exists = await prisma.survey.count({
      where: { districtId, title: { endsWith: SCALE_SURVEY_TITLE_SUFFIX } },
    });
    if (exists > 0) continue;
    await prisma.survey.create({
      data: {
        districtId,
        title: template.title + SCALE_SURVEY_TITLE_SUFFIX,
        intro: template.intro,
        publicToken: `skala-${districtId}-${template.templateKey}`,
        templateKey: template.templateKey,
        opensOn: dateFromIso(template.opensOn),
        closesOn: dateFromIso(template.closesOn),
        questions: { create: template.questions.map((question, position) => ({ ...question, position })) },
      },
    });
  }
  const added = await prisma.$executeRaw`
    INSERT INTO survey_response (id, survey_id)
    SELECT gen_random_uuid(), (array_agg(s.id ORDER BY s.district_id))[1 + n % count(*)::int]
    FROM generate_series(1, ${missing}::int) n
    CROSS JOIN survey s
    WHERE s.title LIKE ${`%${SCALE_SURVEY_TITLE_SUFFIX}`}
    GROUP BY n`;
  await prisma.$executeRaw`
    INSERT INTO survey_answer (id, response_id, question_id, choice_indexes, scale_value)
    SELECT gen_random_uuid(), r.id, q.id,
      CASE WHEN q.kind IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE')
        THEN ARRAY[abs(hashtext(r.id::text || q.id::text)) % cardinality(q.options)] ELSE '{}' END,
      CASE WHEN q.kind = 'SCALE' THEN q.scale_min + abs(hashtext(r.id::text || q.id::text)) % (q.scale_max - q.scale_min + 1) END
    FROM survey_response r
    JOIN survey s ON s.id = r.survey_id
    JOIN survey_question q ON q.survey_id = s.id
    WHERE s.title LIKE ${`%${SCALE_SURVEY_TITLE_SUFFIX}`} AND q.kind <> 'FREE_TEXT'
      AND NOT EXISTS (SELECT 1 FROM survey_answer a WHERE a.response_id = r.id)`;
  return added;
}
