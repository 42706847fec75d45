import { describe, expect, it } from 'vitest';
import { surveyQuestionInputSchema } from './survey-input.js';
import { SURVEY_TEMPLATES, isSensitiveTemplateQuestion, surveyFromTemplate } from './template.js';

describe('survey templates', () => {
  it.each(SURVEY_TEMPLATES.map((template) => [template.key, template] as const))(
    '%s: questions valid in both languages, keys unique, options aligned across languages',
    (key, template) => {
      const keys = template.questions.map((question) => question.templateKey);
      expect(new Set(keys).size).toBe(keys.length);
      for (const language of ['nb', 'en'] as const) {
        const survey = surveyFromTemplate(key, language, { opensOn: '2026-01-01', closesOn: '2026-01-31' });
        for (const question of survey.questions)
          expect(surveyQuestionInputSchema.safeParse(question).success).toBe(true);
      }
      // Nothing is forced on someone who is struggling: every question may be skipped.
      expect(template.questions.every((question) => !question.required)).toBe(true);
      for (const question of template.questions.filter((q) => q.sensitive && q.kind !== 'FREE_TEXT'))
        expect(question.options.at(-1)).toEqual({ nb: 'Vil ikke svare', en: 'Prefer not to say' });
    },
  );

  it('asks what the national office compares, and names the help lines', () => {
    const [template] = SURVEY_TEMPLATES;
    expect(template?.questions.map((question) => question.templateKey)).toEqual(
      expect.arrayContaining([
        'suicide-attempt-before',
        'suicidal-thoughts-after',
        'substance-coping-before',
        'substance-coping-now',
        'work-situation',
      ]),
    );
    for (const phone of ['116 123', '22 40 00 00', '113']) {
      expect(template?.intro.nb).toContain(phone);
      expect(template?.intro.en).toContain(phone);
    }
    expect(isSensitiveTemplateQuestion('user-survey-2026', 'suicidal-thoughts-after')).toBe(true);
    expect(isSensitiveTemplateQuestion('user-survey-2026', 'helped')).toBe(false);
    expect(isSensitiveTemplateQuestion(null, 'suicidal-thoughts-after')).toBe(false);
  });
});
