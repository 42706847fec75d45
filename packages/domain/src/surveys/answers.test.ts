import { describe, expect, it } from 'vitest';
import { checkSurveyAnswers } from './answers.js';
import type { SurveyQuestionFacts } from './types.js';

const q = (id: string, kind: SurveyQuestionFacts['kind'], extra: Partial<SurveyQuestionFacts> = {}) => ({
  id,
  kind,
  options: kind.endsWith('CHOICE') ? ['A', 'B', 'C'] : [],
  scaleMin: kind === 'SCALE' ? 1 : null,
  scaleMax: kind === 'SCALE' ? 5 : null,
  required: false,
  ...extra,
});
const questions = [
  q('one', 'SINGLE_CHOICE', { required: true }),
  q('many', 'MULTIPLE_CHOICE'),
  q('scale', 'SCALE'),
  q('text', 'FREE_TEXT'),
];

const refusals = (answers: Parameters<typeof checkSurveyAnswers>[1]) => {
  const checked = checkSurveyAnswers(questions, answers);
  return checked.ok ? [] : checked.refusals.map((r) => [r.field, r.reason, r.params]);
};

describe('checkSurveyAnswers', () => {
  it('keeps valid answers in question order, blanks as unanswered', () => {
    const checked = checkSurveyAnswers(questions, [
      { questionId: 'text', text: '  Fint  ' },
      { questionId: 'many', choices: [2, 0] },
      { questionId: 'scale', scaleValue: null, text: '   ' },
      { questionId: 'one', choices: [1] },
    ]);
    expect(checked).toEqual({
      ok: true,
      answers: [
        { questionId: 'one', choiceIndexes: [1], scaleValue: null, text: null },
        { questionId: 'many', choiceIndexes: [0, 2], scaleValue: null, text: null },
        { questionId: 'text', choiceIndexes: [], scaleValue: null, text: 'Fint' },
      ],
    });
  });

  it('refuses each wrong answer at its question', () => {
    expect(
      refusals([
        { questionId: 'many', choices: [0, 0] },
        { questionId: 'scale', scaleValue: 6 },
        { questionId: 'text', choices: [1] },
        { questionId: 'ghost', text: 'x' },
        { questionId: 'many', choices: [1] },
      ]),
    ).toEqual([
      ['answers.3.questionId', 'SURVEY_QUESTION_UNKNOWN', undefined],
      ['answers.many', 'SURVEY_ANSWERED_TWICE', undefined],
      ['answers.one', 'SURVEY_ANSWER_REQUIRED', undefined],
      ['answers.many', 'SURVEY_CHOICE_TWICE', undefined],
      ['answers.scale', 'SURVEY_SCALE_OUT_OF_RANGE', { min: 1, max: 5 }],
      ['answers.text', 'SURVEY_ANSWER_WRONG_KIND', undefined],
    ]);
    expect(refusals([{ questionId: 'one', choices: [0, 1] }])).toEqual([
      ['answers.one', 'SURVEY_CHOOSE_ONE', undefined],
    ]);
    expect(refusals([{ questionId: 'one', choices: [3] }])).toEqual([
      ['answers.one', 'SURVEY_CHOICE_UNKNOWN', undefined],
    ]);
    expect(refusals([{ questionId: 'one', choices: [0], scaleValue: 2 }])).toEqual([
      ['answers.one', 'SURVEY_ANSWER_WRONG_KIND', undefined],
    ]);
    expect(
      refusals([
        { questionId: 'one', choices: [0] },
        { questionId: 'text', text: 'x'.repeat(4001) },
      ]),
    ).toEqual([['answers.text', 'SURVEY_ANSWER_TOO_LONG', { maximum: 4000 }]]);
  });

  it('refuses an empty sheet', () => {
    const optional = questions.slice(1);
    expect(checkSurveyAnswers(optional, [])).toEqual({
      ok: false,
      refusals: [{ reason: 'SURVEY_NOTHING_ANSWERED', field: 'answers' }],
    });
  });
});
