import { describe, expect, it } from 'vitest';
import { refusalsOfZodError } from '../messages/zod.js';
import { createSurveyInputSchema, updateSurveyInputSchema } from './survey-input.js';
import { USER_SURVEY_2026 } from './template.js';

const dates = { opensOn: '2026-12-01', closesOn: '2026-12-31' };
const refusalsOf = (input: unknown) => {
  const parsed = createSurveyInputSchema.safeParse(input);
  return parsed.success ? [] : refusalsOfZodError(parsed.error).map((r) => [r.field, r.reason]);
};

describe('createSurveyInputSchema', () => {
  it('makes a survey from the template in the chosen language, questions keyed', () => {
    const survey = createSurveyInputSchema.parse({ fromTemplate: 'user-survey-2026', language: 'en', ...dates });
    expect(survey.templateKey).toBe('user-survey-2026');
    expect(survey.title).toBe(USER_SURVEY_2026.title.en);
    expect(survey.questions.map((q) => q.templateKey)).toEqual(USER_SURVEY_2026.questions.map((q) => q.templateKey));
    expect(survey.questions.find((q) => q.kind === 'SCALE')).toMatchObject({ scaleMin: 1, scaleMax: 5 });
    const own = createSurveyInputSchema.parse({ fromTemplate: 'user-survey-2026', title: 'Vår 2026', ...dates });
    expect(own).toMatchObject({ title: 'Vår 2026', intro: USER_SURVEY_2026.intro.nb });
  });

  it('takes hand-written questions and drops fields of another kind', () => {
    const survey = createSurveyInputSchema.parse({
      title: ' Kurs ',
      ...dates,
      questions: [
        { kind: 'SCALE', text: 'Hvor nyttig?', scaleMin: 1, scaleMax: 5, scaleMinLabel: 'Lite', options: ['x'] },
        { kind: 'FREE_TEXT', text: 'Noe mer?', scaleMin: 1, scaleMax: 5, required: true },
      ],
    });
    expect(survey).toMatchObject({ title: 'Kurs', templateKey: null });
    expect(survey.questions[0]).toMatchObject({ options: [], scaleMin: 1, scaleMax: 5, scaleMinLabel: 'Lite' });
    expect(survey.questions[1]).toMatchObject({ scaleMin: null, scaleMax: null, required: true, templateKey: null });
  });

  it('refuses every problem at once, each at its field', () => {
    expect(
      refusalsOf({
        title: '',
        opensOn: '2026-12-31',
        closesOn: '2026-12-01',
        questions: [
          { kind: 'SINGLE_CHOICE', text: 'Ja?', options: ['Ja'] },
          { kind: 'MULTIPLE_CHOICE', text: 'Hva?', options: ['A', 'a '] },
          { kind: 'SCALE', text: 'Hvor mye?', scaleMin: 5, scaleMax: 1 },
          { kind: 'SCALE', text: 'Hvor mye?', scaleMin: 0, scaleMax: 20 },
          { kind: 'SCALE', text: '' },
        ],
      }),
    ).toEqual([
      ['questions.0.options', 'SURVEY_OPTIONS_TOO_FEW'],
      ['questions.1.options.1', 'SURVEY_OPTION_TWICE'],
      ['questions.2.scaleMax', 'SURVEY_SCALE_ORDER'],
      ['questions.3.scaleMax', 'SURVEY_SCALE_TOO_WIDE'],
      ['questions.4.text', 'SURVEY_QUESTION_TEXT_REQUIRED'],
      ['questions.4.scaleMin', 'SURVEY_SCALE_BOUND_REQUIRED'],
      ['questions.4.scaleMax', 'SURVEY_SCALE_BOUND_REQUIRED'],
      ['closesOn', 'SURVEY_CLOSES_BEFORE_OPENING'],
      ['title', 'SURVEY_TITLE_REQUIRED'],
    ]);
    expect(refusalsOf({ ...dates })).toEqual([
      ['title', 'SURVEY_TITLE_REQUIRED'],
      ['questions', 'SURVEY_QUESTIONS_REQUIRED'],
    ]);
    expect(refusalsOf({ fromTemplate: 'nope', ...dates, questions: [{ kind: 'FREE_TEXT', text: 'x' }] })).toEqual([
      ['fromTemplate', 'SURVEY_TEMPLATE_UNKNOWN'],
      ['questions', 'SURVEY_TEMPLATE_QUESTIONS_FIXED'],
    ]);
    expect(refusalsOf({ title: 'x', opensOn: '2026-02-30', closesOn: '', questions: [] })).toEqual([
      ['opensOn', 'INVALID_DATE'],
      ['closesOn', 'SURVEY_CLOSES_ON_REQUIRED'],
      ['questions', 'SURVEY_QUESTIONS_REQUIRED'],
    ]);
  });

  it('lets an update leave the questions out', () => {
    expect(updateSurveyInputSchema.parse({ title: 'Ny', ...dates })).toMatchObject({ title: 'Ny', questions: null });
  });
});
