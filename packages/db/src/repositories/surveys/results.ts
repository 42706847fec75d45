import type { DistrictId, Scope } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import type { DbClient } from '../../sql/client.js';
import { districtScopeSql, isUuid } from '../../sql/client.js';
import { dateFromIso } from '../../sql/dates.js';
import type { SurveyComparisonFilter, SurveyComparisonRow, SurveyResultRows } from './types.js';
import { MAX_FREE_TEXT_ANSWERS } from './types.js';

// Survey results, grouped in the database: the application never loads answer rows, only counts.

/** The survey's counts in one statement: responses, per question (with the scale mean), per option, per scale value. */
export async function surveyResultRows(client: DbClient, surveyId: string): Promise<SurveyResultRows> {
  const rows = await client.$queryRaw<
    {
      part: 'R' | 'Q' | 'O' | 'S';
      question_id: string | null;
      value: number | null;
      count: number;
      mean: number | null;
    }[]
  >(Prisma.sql`
    WITH answers AS (
      SELECT a.question_id, a.choice_indexes, a.scale_value
      FROM survey_answer a JOIN survey_question q ON q.id = a.question_id
      WHERE q.survey_id = ${surveyId}::uuid
    )
    SELECT 'R' AS part, NULL::uuid AS question_id, NULL::int AS value, count(*)::int AS count, NULL::float8 AS mean
      FROM survey_response WHERE survey_id = ${surveyId}::uuid
    UNION ALL
    SELECT 'Q', question_id, NULL, count(*)::int, avg(scale_value)::float8 FROM answers GROUP BY question_id
    UNION ALL
    SELECT 'O', question_id, choice, count(*)::int, NULL
      FROM answers CROSS JOIN LATERAL unnest(choice_indexes) AS chosen(choice) GROUP BY question_id, choice
    UNION ALL
    SELECT 'S', question_id, scale_value, count(*)::int, NULL
      FROM answers WHERE scale_value IS NOT NULL GROUP BY question_id, scale_value`);
  const result: SurveyResultRows = { responses: 0, questions: [], options: [], scale: [] };
  for (const row of rows) {
    if (row.part === 'R') result.responses = row.count;
    else if (row.part === 'Q')
      result.questions.push({ questionId: String(row.question_id), answered: row.count, scaleMean: row.mean });
    else
      (row.part === 'O' ? result.options : result.scale).push({
        questionId: String(row.question_id),
        value: Number(row.value),
        count: row.count,
      });
  }
  return result;
}

export async function surveyFreeTexts(
  client: DbClient,
  scope: Scope,
  surveyId: string,
  questionId: string,
): Promise<string[]> {
  if (!isUuid(surveyId) || !isUuid(questionId)) return [];
  const rows = await client.$queryRaw<{ text: string }[]>(Prisma.sql`
    SELECT a.text
    FROM survey_answer a
      JOIN survey_question q ON q.id = a.question_id
      JOIN survey s ON s.id = q.survey_id
    WHERE q.id = ${questionId}::uuid AND s.id = ${surveyId}::uuid AND a.text IS NOT NULL
      AND ${scope.kind === 'national' ? Prisma.sql`TRUE` : Prisma.sql`s.district_id = ${scope.districtId}`}
    -- The answer ids are random (uuid v4): sorting by them hides the order answers came in.
    ORDER BY a.id
    LIMIT ${MAX_FREE_TEXT_ANSWERS}`);
  return rows.map((row) => row.text);
}

export async function surveyComparison(
  client: DbClient,
  scope: Scope,
  filter: SurveyComparisonFilter,
): Promise<SurveyComparisonRow[]> {
  const period = [
    filter.to ? Prisma.sql`s.opens_on <= ${dateFromIso(filter.to)}::date` : Prisma.sql`TRUE`,
    filter.from ? Prisma.sql`s.closes_on >= ${dateFromIso(filter.from)}::date` : Prisma.sql`TRUE`,
  ];
  const rows = await client.$queryRaw<{ district_id: string; question_key: string; value: number; count: number }[]>(
    Prisma.sql`
    SELECT s.district_id, q.template_key AS question_key, v.value, count(*)::int AS count
    FROM survey s
      JOIN survey_question q ON q.survey_id = s.id AND q.template_key IS NOT NULL
      JOIN survey_answer a ON a.question_id = q.id
      CROSS JOIN LATERAL unnest(
        CASE WHEN a.scale_value IS NULL THEN a.choice_indexes ELSE ARRAY[a.scale_value] END
      ) AS v(value)
    WHERE s.template_key = ${filter.templateKey} AND s.district_id IS NOT NULL
      AND ${districtScopeSql(scope, 's.district_id')} AND ${period[0]} AND ${period[1]}
    GROUP BY s.district_id, q.template_key, v.value
    ORDER BY s.district_id, q.template_key, v.value`,
  );
  return rows.map((row) => ({
    districtId: row.district_id as DistrictId,
    questionKey: row.question_key,
    value: row.value,
    count: row.count,
  }));
}
