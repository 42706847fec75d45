import type { Database, SurveyRecord } from '@selvhjelp/db';
import { createTestSurvey, storedSurveyRows, templateQuestion, testBackends } from '@selvhjelp/db/testing';
import { addDays, todayIn } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import { dataOf, errorOf } from './network-fixtures.js';
import { PUBLIC_SURVEY, SUBMIT_SURVEY_RESPONSE } from './survey-documents.js';

const ADDRESS = '203.0.113.77';
const AGENT = 'SurveyProbe/9.9 (trace-me)';

describe.each(testBackends())('anonymous surveys through the public link on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let open: SurveyRecord;
  let today: string;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db);
    today = todayIn(gateway.clock.now);
    open = await createTestSurvey(db, { opensOn: addDays(today, -3), closesOn: addDays(today, 3) });
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  const asRespondent = { 'x-forwarded-for': ADDRESS, 'user-agent': AGENT };

  it('shows an open survey with its questions and the help lines, no login', async () => {
    const survey = dataOf(
      await gateway.run(PUBLIC_SURVEY, { token: open.publicToken }, null, { 'accept-language': 'en' }),
    ).publicSurvey;
    expect(survey).toMatchObject({ phase: 'OPEN', title: open.title });
    expect(survey.questions).toHaveLength(open.questions.length);
    expect(survey.questions.find((q) => q.id === templateQuestion(open, 'suicidal-thoughts-after').id)?.sensitive).toBe(
      true,
    );
    expect(survey.helpLines.map((line) => line.phone)).toEqual(['116 123', '22 40 00 00', '113']);
    expect(survey.helpLines[0]?.name).toBe('Mental Helse helpline');
    expect(errorOf(await gateway.run(PUBLIC_SURVEY, { token: 'no-such-token' }, null))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'SURVEY_NOT_FOUND',
    });
  });

  it('stores an answer sheet and leaves no trace of the request: no log line, no metric label, no column', async () => {
    const logsBefore = gateway.logs.length;
    const found = templateQuestion(open, 'how-found');
    const text = templateQuestion(open, 'anything-else');
    const answered = await gateway.run(
      SUBMIT_SURVEY_RESPONSE,
      {
        token: open.publicToken,
        answers: [
          { questionId: found.id, choices: [1] },
          { questionId: text.id, text: 'Gruppen var et sted å puste ut' },
        ],
      },
      null,
      asRespondent,
    );
    expect(dataOf(answered).submitSurveyResponse).toEqual({ ok: true });
    // A refused sheet is not logged either.
    await gateway.run(SUBMIT_SURVEY_RESPONSE, { token: open.publicToken, answers: [] }, null, asRespondent);

    expect(gateway.logs.slice(logsBefore)).toEqual([]);
    const metrics = await gateway.metrics.registry.metrics();
    for (const trace of [ADDRESS, AGENT, open.publicToken, open.id]) expect(metrics).not.toContain(trace);

    // Exactly the allowed columns: a response is its survey; an answer its sheet, question and value.
    const { responses, answers } = await storedSurveyRows(db, open.id);
    expect(responses.map((row) => Object.keys(row).sort())).toEqual([['id', 'survey_id']]);
    expect(answers.map((row) => Object.keys(row).sort())).toEqual([
      ['choice_indexes', 'id', 'question_id', 'response_id', 'scale_value', 'text'],
      ['choice_indexes', 'id', 'question_id', 'response_id', 'scale_value', 'text'],
    ]);
    const stored = JSON.stringify([responses, answers]);
    for (const trace of [ADDRESS, AGENT, 'trace-me']) expect(stored).not.toContain(trace);
  });

  it('refuses wrong answers per question, and every answer on a closed or upcoming survey', async () => {
    const scale = templateQuestion(open, 'helped');
    const single = templateQuestion(open, 'time-in-group');
    const refused = errorOf(
      await gateway.run(SUBMIT_SURVEY_RESPONSE, {
        token: open.publicToken,
        answers: [
          { questionId: scale.id, scaleValue: 9 },
          { questionId: single.id, choices: [0, 1] },
        ],
      }),
    );
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((refused?.fieldErrors as { field: string; reason: string }[]).map((e) => [e.field, e.reason])).toEqual([
      [`answers.${single.id}`, 'SURVEY_CHOOSE_ONE'],
      [`answers.${scale.id}`, 'SURVEY_SCALE_OUT_OF_RANGE'],
    ]);

    const closed = await createTestSurvey(db, { opensOn: addDays(today, -30), closesOn: addDays(today, -1) });
    const upcoming = await createTestSurvey(db, { opensOn: addDays(today, 1), closesOn: addDays(today, 9) });
    const answer = (survey: SurveyRecord) => [{ questionId: templateQuestion(survey, 'helped').id, scaleValue: 3 }];
    expect(
      errorOf(await gateway.run(SUBMIT_SURVEY_RESPONSE, { token: closed.publicToken, answers: answer(closed) })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SURVEY_CLOSED' });
    expect(
      errorOf(await gateway.run(SUBMIT_SURVEY_RESPONSE, { token: upcoming.publicToken, answers: answer(upcoming) })),
    ).toMatchObject({ reason: 'SURVEY_NOT_OPEN_YET', params: { opensOn: upcoming.opensOn } });
    expect(await storedSurveyRows(db, closed.id)).toEqual({ responses: [], answers: [] });
    const shown = dataOf(await gateway.run(PUBLIC_SURVEY, { token: closed.publicToken })).publicSurvey;
    expect(shown).toMatchObject({ phase: 'CLOSED', questions: [] });
  });
});
