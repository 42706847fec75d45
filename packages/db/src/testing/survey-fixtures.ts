import type { DistrictId, IsoDate, SurveyAnswerInput, SurveyQuestionData } from '@selvhjelp/domain';
import { NATIONAL_SCOPE, checkSurveyAnswers, surveyFromTemplate } from '@selvhjelp/domain';
import type { Database } from '../database.js';
import { databaseInternals } from '../database.js';
import { newSurveyToken } from '../repositories/surveys/queries.js';
import type { SurveyRecord } from '../repositories/surveys/types.js';

export interface TestSurveyData {
  districtId?: DistrictId | null;
  title?: string;
  opensOn?: IsoDate;
  closesOn?: IsoDate;
  /** Default: the 2026 user-survey template. */
  questions?: SurveyQuestionData[];
}

export const testQuestion = (
  question: Partial<SurveyQuestionData> & Pick<SurveyQuestionData, 'kind'>,
): SurveyQuestionData => ({
  text: `Spørsmål ${question.kind}`,
  options: question.kind.endsWith('CHOICE') ? ['Ja', 'Nei', 'Vet ikke'] : [],
  scaleMin: question.kind === 'SCALE' ? 1 : null,
  scaleMax: question.kind === 'SCALE' ? 5 : null,
  scaleMinLabel: null,
  scaleMaxLabel: null,
  required: false,
  templateKey: null,
  ...question,
});

/** A survey of a district (default vest), open through 2026 unless told otherwise. */
export async function createTestSurvey(db: Database, data: TestSurveyData = {}): Promise<SurveyRecord> {
  const dates = { opensOn: data.opensOn ?? '2026-01-01', closesOn: data.closesOn ?? '2026-12-31' };
  const made = data.questions
    ? { title: 'Testundersøkelse', intro: null, ...dates, questions: data.questions, templateKey: null }
    : surveyFromTemplate('user-survey-2026', 'nb', dates);
  return db.repositories.surveys.create(NATIONAL_SCOPE, {
    owner: data.districtId === undefined ? 'vest' : data.districtId,
    data: { ...made, title: data.title ?? made.title },
    publicToken: newSurveyToken(),
    createdById: null,
    now: new Date('2026-01-01T09:00:00Z'),
  });
}

/** Stores answer sheets as a respondent would send them (checked by the domain first; throws if refused). */
export async function answerTestSurvey(
  db: Database,
  survey: SurveyRecord,
  sheets: readonly (readonly SurveyAnswerInput[])[],
): Promise<void> {
  for (const sheet of sheets) {
    const checked = checkSurveyAnswers(survey.questions, sheet);
    if (!checked.ok) throw new Error(`test answer refused: ${JSON.stringify(checked.refusals)}`);
    await db.repositories.surveys.submitResponse(survey.id, checked.answers);
  }
}

/** The question of a template survey with this template key. */
export function templateQuestion(survey: SurveyRecord, key: string) {
  const question = survey.questions.find((q) => q.templateKey === key);
  if (!question) throw new Error(`no question ${key}`);
  return question;
}

/**
 * Every column of every stored response of a survey and of its answers (SELECT *), so a test
 * sees exactly what the database keeps, including any column added later.
 */
export async function storedSurveyRows(
  db: Database,
  surveyId: string,
): Promise<{ responses: Record<string, unknown>[]; answers: Record<string, unknown>[] }> {
  const { prisma } = databaseInternals(db);
  const responses = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT * FROM survey_response WHERE survey_id = ${surveyId}::uuid`;
  const answers = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT a.* FROM survey_answer a JOIN survey_response r ON r.id = a.response_id WHERE r.survey_id = ${surveyId}::uuid`;
  return { responses, answers };
}
