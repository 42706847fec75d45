import { NATIONAL_SCOPE, districtScope } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { databaseInternals } from '../../database.js';
import { OutOfScopeError, StaleVersionError } from '../../errors.js';
import {
  answerTestSurvey,
  createTestSurvey,
  templateQuestion,
  testBackends,
  testQuestion,
} from '../../testing/index.js';

const vest = districtScope('vest');
const nord = districtScope('nord');
const now = new Date('2026-12-01T10:00:00.000Z');

describe.each(testBackends())('SurveyRepository on $name', ({ open }) => {
  let db: Database;
  const surveys = () => db.repositories.surveys;

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('creates with questions in one go, reads within the scope, edits questions only at the version read', async () => {
    const survey = await createTestSurvey(db, {
      questions: [testQuestion({ kind: 'SINGLE_CHOICE' }), testQuestion({ kind: 'SCALE', scaleMinLabel: 'Lite' })],
    });
    expect(survey).toMatchObject({ districtId: 'vest', hasResponses: false, version: 1, opensOn: '2026-01-01' });
    expect(survey.questions.map((q) => [q.position, q.kind])).toEqual([
      [0, 'SINGLE_CHOICE'],
      [1, 'SCALE'],
    ]);
    expect(survey.publicToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(await surveys().findById(vest, survey.id)).toEqual(survey);
    expect(await surveys().findById(nord, survey.id)).toBeNull();
    expect(await surveys().findByPublicToken(survey.publicToken)).toEqual(survey);
    expect((await surveys().list(nord)).map((s) => s.id)).not.toContain(survey.id);
    await expect(
      surveys().create(nord, {
        owner: 'vest',
        data: { ...survey, questions: [] },
        publicToken: 'x',
        createdById: null,
        now,
      }),
    ).rejects.toBeInstanceOf(OutOfScopeError);

    const update = { title: 'Ny', intro: null, opensOn: '2026-02-01', closesOn: '2026-03-01', now };
    // The national office does not edit a district's survey: it is not the owner.
    expect(await db.transaction((repos) => repos.surveys.lockForEdit(null, survey.id, 1))).toBeNull();
    expect(await db.transaction((repos) => repos.surveys.lockForEdit('vest', survey.id, 1))).toEqual({
      templateKey: null,
      hasResponses: false,
      opensOn: '2026-01-01',
      closesOn: '2026-12-31',
    });
    const updated = await surveys().update('vest', survey.id, 1, {
      ...update,
      questions: [testQuestion({ kind: 'FREE_TEXT' })],
    });
    expect(updated).toMatchObject({ title: 'Ny', version: 2, opensOn: '2026-02-01', closesOn: '2026-03-01' });
    expect(updated?.questions.map((q) => q.kind)).toEqual(['FREE_TEXT']);
    await expect(surveys().update('vest', survey.id, 1, { ...update, questions: null })).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    expect(await surveys().update('nord', survey.id, 2, { ...update, questions: null })).toBeNull();
  });

  it('stores an answer sheet with nothing but its survey, and counts it in SQL', async () => {
    const survey = await createTestSurvey(db, { districtId: 'nord' });
    const found = templateQuestion(survey, 'how-found');
    const work = templateQuestion(survey, 'work-situation');
    const helped = templateQuestion(survey, 'helped');
    const text = templateQuestion(survey, 'anything-else');
    await answerTestSurvey(db, survey, [
      [
        { questionId: found.id, choices: [0] },
        { questionId: work.id, choices: [0, 4] },
        { questionId: helped.id, scaleValue: 5 },
        { questionId: text.id, text: 'Godt å bli hørt' },
      ],
      [
        { questionId: found.id, choices: [0] },
        { questionId: work.id, choices: [1] },
        { questionId: helped.id, scaleValue: 4 },
      ],
      [{ questionId: found.id, choices: [2] }],
    ]);
    expect((await surveys().findById(nord, survey.id))?.hasResponses).toBe(true);
    const results = await surveys().results(nord, survey.id);
    expect(results?.responses).toBe(3);
    expect(results?.questions.find((q) => q.questionId === helped.id)).toEqual({
      questionId: helped.id,
      answered: 2,
      scaleMean: 4.5,
    });
    expect(results?.questions.find((q) => q.questionId === found.id)).toMatchObject({ answered: 3, scaleMean: null });
    const options = (id: string) =>
      results?.options
        .filter((o) => o.questionId === id)
        .map((o) => [o.value, o.count])
        .sort((a, b) => a[0]! - b[0]!);
    expect(options(found.id)).toEqual([
      [0, 2],
      [2, 1],
    ]);
    expect(options(work.id)).toEqual([
      [0, 1],
      [1, 1],
      [4, 1],
    ]);
    expect(results?.scale.filter((s) => s.questionId === helped.id).map((s) => [s.value, s.count])).toEqual(
      expect.arrayContaining([
        [4, 1],
        [5, 1],
      ]),
    );
    expect(await surveys().results(vest, survey.id)).toBeNull();
    expect(await surveys().freeTexts(nord, survey.id, text.id)).toEqual(['Godt å bli hørt']);
    expect(await surveys().freeTexts(vest, survey.id, text.id)).toEqual([]);

    const comparison = await surveys().comparison(NATIONAL_SCOPE, {
      templateKey: 'user-survey-2026',
      from: '2026-06-01',
      to: '2026-06-30',
    });
    expect(comparison.filter((row) => row.districtId === 'nord' && row.questionKey === 'helped')).toEqual([
      { districtId: 'nord', questionKey: 'helped', value: 4, count: 1 },
      { districtId: 'nord', questionKey: 'helped', value: 5, count: 1 },
    ]);
    expect(comparison.some((row) => row.questionKey === 'anything-else')).toBe(false);
    expect(await surveys().comparison(NATIONAL_SCOPE, { templateKey: 'user-survey-2026', from: '2027-01-01' })).toEqual(
      [],
    );
  });

  it('keeps exactly the allowed columns on responses and answers', async () => {
    const columns = async (table: string) =>
      (
        await databaseInternals(db).prisma.$queryRaw<{ column_name: string }[]>`
          SELECT column_name::text FROM information_schema.columns WHERE table_name = ${table} ORDER BY column_name`
      ).map((row) => row.column_name);
    expect(await columns('survey_response')).toEqual(['id', 'survey_id']);
    expect(await columns('survey_answer')).toEqual([
      'choice_indexes',
      'id',
      'question_id',
      'response_id',
      'scale_value',
      'text',
    ]);
  });
});
