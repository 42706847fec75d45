import type { Database, SurveyRecord } from '@selvhjelp/db';
import {
  answerTestSurvey,
  createSignedInStaffUser,
  createTestSurvey,
  templateQuestion,
  testBackends,
} from '@selvhjelp/db/testing';
import type { SurveyAnswerInput } from '@selvhjelp/domain';
import { addDays, todayIn } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import { dataOf, errorOf } from './network-fixtures.js';
import {
  CLOSE_SURVEY,
  CREATE_SURVEY,
  SURVEY,
  SURVEYS,
  SURVEY_COMPARISON,
  SURVEY_RESULTS,
  UPDATE_SURVEY,
} from './survey-documents.js';

/** 30 sheets: three ways of finding the group 10 each, work 20/8/2, scale 1–5 six each, 6 texts, and only 3 on the attempt question. */
function thirtySheets(survey: SurveyRecord): SurveyAnswerInput[][] {
  const q = (key: string) => templateQuestion(survey, key).id;
  return Array.from({ length: 30 }, (_, i) => [
    { questionId: q('how-found'), choices: [i % 3] },
    { questionId: q('work-situation'), choices: [i < 20 ? 0 : i < 28 ? 1 : 2] },
    { questionId: q('helped'), scaleValue: (i % 5) + 1 },
    ...(i < 3 ? [{ questionId: q('suicide-attempt-before'), choices: [1] }] : []),
    ...(i < 6 ? [{ questionId: q('anything-else'), text: `Svar nummer ${i}` }] : []),
  ]);
}

describe.each(testBackends())('staff surveys on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let vest: string;
  let nord: string;
  let midt: string;
  let national: string;
  let today: string;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db);
    today = todayIn(gateway.clock.now);
    ({ token: vest } = await createSignedInStaffUser(db, { districtId: 'vest' }));
    ({ token: nord } = await createSignedInStaffUser(db, { districtId: 'nord' }));
    ({ token: midt } = await createSignedInStaffUser(db, { districtId: 'midt' }));
    ({ token: national } = await createSignedInStaffUser(db, { role: 'NATIONAL' }));
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  it('makes a survey from the template, edits it before answers, closes it; another district sees nothing', async () => {
    const dates = { opensOn: addDays(today, -1), closesOn: addDays(today, 30) };
    const created = dataOf(
      await gateway.run(CREATE_SURVEY, { input: { fromTemplate: 'user-survey-2026', ...dates } }, vest),
    ).createSurvey;
    expect(created).toMatchObject({
      district: { id: 'vest' },
      templateKey: 'user-survey-2026',
      phase: 'OPEN',
      version: 1,
    });
    expect(created.questions.filter((q) => q.sensitive).map((q) => q.templateKey)).toEqual([
      'suicide-attempt-before',
      'suicidal-thoughts-after',
      'substance-coping-before',
      'substance-coping-now',
    ]);
    expect(errorOf(await gateway.run(SURVEY, { id: created.id }, nord))).toMatchObject({ code: 'NOT_FOUND' });
    expect(dataOf(await gateway.run(SURVEYS, {}, nord)).surveys.map((s) => s.id)).not.toContain(created.id);
    expect(dataOf(await gateway.run(SURVEYS, {}, national)).surveys.map((s) => s.id)).toContain(created.id);

    const questions = [{ kind: 'FREE_TEXT' as const, text: 'Noe mer?' }];
    expect(
      errorOf(
        await gateway.run(
          UPDATE_SURVEY,
          { input: { id: created.id, version: 1, survey: { title: 'x', ...dates, questions } } },
          vest,
        ),
      ),
    ).toMatchObject({ code: 'CONFLICT', reason: 'SURVEY_TEMPLATE_QUESTIONS_FIXED' });
    const renamed = dataOf(
      await gateway.run(
        UPDATE_SURVEY,
        { input: { id: created.id, version: 1, survey: { title: 'Vest 2026', ...dates } } },
        vest,
      ),
    ).updateSurvey;
    expect(renamed).toMatchObject({ title: 'Vest 2026', version: 2 });
    expect(
      errorOf(
        await gateway.run(
          UPDATE_SURVEY,
          { input: { id: created.id, version: 1, survey: { title: 'y', ...dates } } },
          vest,
        ),
      ),
    ).toMatchObject({ code: 'CONFLICT', reason: 'SURVEY_STALE' });
    // The national office reads a district's survey but does not edit it.
    expect(
      errorOf(
        await gateway.run(
          UPDATE_SURVEY,
          { input: { id: created.id, version: 2, survey: { title: 'z', ...dates } } },
          national,
        ),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });

    const closed = dataOf(await gateway.run(CLOSE_SURVEY, { id: created.id, version: 2 }, vest)).closeSurvey;
    expect(closed).toMatchObject({
      phase: 'CLOSED',
      closesOn: addDays(today, -1),
      opensOn: addDays(today, -1),
      version: 3,
    });
    expect(errorOf(await gateway.run(CLOSE_SURVEY, { id: created.id, version: 3 }, vest))).toMatchObject({
      reason: 'SURVEY_ALREADY_CLOSED',
    });
  });

  it('refuses a hand-written survey field by field, and questions once answers are in', async () => {
    const refused = errorOf(
      await gateway.run(
        CREATE_SURVEY,
        {
          input: {
            title: '',
            opensOn: today,
            closesOn: addDays(today, -1),
            questions: [{ kind: 'SINGLE_CHOICE', text: 'Ja?', options: ['Ja'] }],
          },
        },
        vest,
      ),
    );
    expect((refused?.fieldErrors as { field: string; reason: string }[]).map((e) => [e.field, e.reason])).toEqual([
      ['input.questions.0.options', 'SURVEY_OPTIONS_TOO_FEW'],
      ['input.closesOn', 'SURVEY_CLOSES_BEFORE_OPENING'],
      ['input.title', 'SURVEY_TITLE_REQUIRED'],
    ]);
    const dates = { opensOn: today, closesOn: addDays(today, 7) };
    const survey = dataOf(
      await gateway.run(
        CREATE_SURVEY,
        {
          input: {
            title: 'Kurskveld',
            ...dates,
            questions: [{ kind: 'SCALE', text: 'Nyttig?', scaleMin: 1, scaleMax: 5 }],
          },
        },
        national,
      ),
    ).createSurvey;
    expect(survey.district).toBeNull();
    await answerTestSurvey(db, (await db.repositories.surveys.findByPublicToken(survey.publicToken))!, [
      [{ questionId: survey.questions[0]!.id, scaleValue: 4 }],
    ]);
    const questions = [{ kind: 'FREE_TEXT' as const, text: 'Noe mer?' }];
    expect(
      errorOf(
        await gateway.run(
          UPDATE_SURVEY,
          { input: { id: survey.id, version: 1, survey: { title: 'K', ...dates, questions } } },
          national,
        ),
      ),
    ).toMatchObject({ code: 'CONFLICT', reason: 'SURVEY_HAS_ANSWERS', field: 'input.survey.questions' });
  });

  // midt owns this survey: vest has the demo seed's user survey, which would count in the comparison.
  it('shows aggregates of 30 answers, "too few answers" for a question with 3, free text to the owner only', async () => {
    const survey = await createTestSurvey(db, { districtId: 'midt', opensOn: addDays(today, -5), closesOn: today });
    await answerTestSurvey(db, survey, thirtySheets(survey));
    const results = dataOf(await gateway.run(SURVEY_RESULTS, { id: survey.id }, midt)).surveyResults;
    expect(results.responses).toEqual({ value: 30, suppressed: false, display: '30' });
    const of = (key: string) => results.questions.find((q) => q.question.templateKey === key)!;

    expect(of('how-found')).toMatchObject({ tooFewAnswers: false, answered: 30 });
    expect(
      of('how-found')
        .options.slice(0, 4)
        .map((o) => o.count.value),
    ).toEqual([10, 10, 10, 0]);
    const work = of('work-situation').options.map((o) => o.count);
    expect(work[0]).toMatchObject({ suppressed: false });
    expect(work[2]).toEqual({ value: null, suppressed: true, display: '<5' });
    // The 2 cannot be worked out from the rest: something else is hidden beside it.
    expect(work.filter((count) => count.suppressed).length).toBeGreaterThanOrEqual(2);

    expect(of('helped')).toMatchObject({ answered: 30, scaleMean: 3 });
    expect(of('helped').scale.map((s) => [s.value, s.count.value])).toEqual([
      [1, 6],
      [2, 6],
      [3, 6],
      [4, 6],
      [5, 6],
    ]);
    expect(of('suicide-attempt-before')).toEqual({
      question: expect.objectContaining({ templateKey: 'suicide-attempt-before' }),
      tooFewAnswers: true,
      answered: null,
      options: [],
      scale: [],
      scaleMean: null,
      freeTextAnswers: null,
    });
    expect(of('anything-else').freeTextAnswers?.slice().sort()).toEqual(
      [0, 1, 2, 3, 4, 5].map((i) => `Svar nummer ${i}`),
    );
    expect(results.freeTextVisible).toBe(true);

    const nationally = dataOf(await gateway.run(SURVEY_RESULTS, { id: survey.id }, national)).surveyResults;
    expect(nationally.freeTextVisible).toBe(false);
    expect(nationally.questions.find((q) => q.question.kind === 'FREE_TEXT')?.freeTextAnswers).toBeNull();
    expect(nationally.responses.value).toBe(30);
    expect(errorOf(await gateway.run(SURVEY_RESULTS, { id: survey.id }, nord))).toMatchObject({ code: 'NOT_FOUND' });

    const comparison = dataOf(
      await gateway.run(SURVEY_COMPARISON, { templateKey: 'user-survey-2026', from: today, to: today }, national),
    ).surveyTemplateComparison;
    const found = comparison.tables.find((table) => table.questionKey === 'how-found')!;
    expect(found.question).toBe('How did you hear about the group?');
    const midtRow = found.rows.find((row) => row.district.id === 'midt')!;
    // Beside vest's demo survey, some of midt's cells may be hidden to protect vest's small ones: each
    // cell is either its true count or hidden, never another number.
    const truth = [10, 10, 10, 0, 0, 0, 0];
    expect(midtRow.cells.map((cell, i) => (cell.suppressed ? null : truth[i]))).toEqual(
      midtRow.cells.map((cell) => cell.value),
    );
    expect(midtRow.cells.some((cell) => cell.value === 10)).toBe(true);
    expect(comparison.tables.some((table) => table.questionKey === 'anything-else')).toBe(false);
    expect(errorOf(await gateway.run(SURVEY_COMPARISON, { templateKey: 'user-survey-2026' }, midt))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SURVEY_COMPARISON_NATIONAL_ONLY',
    });
    expect(errorOf(await gateway.run(SURVEY_COMPARISON, { templateKey: 'nope' }, national))).toMatchObject({
      reason: 'SURVEY_TEMPLATE_UNKNOWN',
      field: 'templateKey',
    });
  });
});
