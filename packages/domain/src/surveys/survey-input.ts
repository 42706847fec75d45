import { z } from 'zod';
import { compareIsoDates, isIsoDate } from '../groups/dates.js';
import { isObjectPayload } from '../groups/schedule-input.js';
import { optionalText, requiredText } from '../input-fields.js';
import { surveyFromTemplate, findSurveyTemplate } from './template.js';
import type { NewSurveyData, SurveyData, SurveyQuestionData } from './types.js';
import { SURVEY_QUESTION_KINDS, isChoiceKind } from './types.js';

export const SURVEY_TITLE_MAX_LENGTH = 200;
export const SURVEY_INTRO_MAX_LENGTH = 4000;
export const SURVEY_QUESTION_TEXT_MAX_LENGTH = 1000;
export const SURVEY_OPTION_MAX_LENGTH = 200;
export const SURVEY_SCALE_LABEL_MAX_LENGTH = 100;
export const SURVEY_MAX_QUESTIONS = 40;
export const SURVEY_MAX_OPTIONS = 20;
/** A scale has at most 11 points (0–10), so its distribution stays readable and every point can be named. */
export const SURVEY_MAX_SCALE_POINTS = 11;

const day = (missing: string) =>
  z
    .string({ message: missing })
    .trim()
    .min(1, { message: missing, abort: true })
    .refine(isIsoDate, { message: 'INVALID_DATE' });

const scaleBound = z
  .number({ message: 'NOT_AN_INTEGER' })
  .int({ message: 'NOT_AN_INTEGER' })
  .min(0, { message: 'SURVEY_SCALE_BOUND_NEGATIVE' })
  .max(100, { message: 'TOO_BIG' })
  .nullish()
  .transform((value) => value ?? null);

/** One question of `SurveyQuestionInput`; fields of another kind are dropped, so a form may post them all. */
export const surveyQuestionInputSchema = z
  .object(
    {
      kind: z.enum(SURVEY_QUESTION_KINDS, { message: 'SURVEY_QUESTION_KIND_REQUIRED' }),
      text: requiredText('SURVEY_QUESTION_TEXT_REQUIRED', SURVEY_QUESTION_TEXT_MAX_LENGTH, 'TOO_LONG'),
      options: z
        .array(requiredText('SURVEY_OPTION_EMPTY', SURVEY_OPTION_MAX_LENGTH, 'TOO_LONG'))
        .max(SURVEY_MAX_OPTIONS, { message: 'SURVEY_OPTIONS_TOO_MANY' })
        .nullish()
        .transform((options) => options ?? []),
      scaleMin: scaleBound,
      scaleMax: scaleBound,
      scaleMinLabel: optionalText(SURVEY_SCALE_LABEL_MAX_LENGTH, 'TOO_LONG'),
      scaleMaxLabel: optionalText(SURVEY_SCALE_LABEL_MAX_LENGTH, 'TOO_LONG'),
      required: z
        .boolean()
        .nullish()
        .transform((value) => value ?? false),
    },
    { message: 'SURVEY_QUESTION_INCOMPLETE' },
  )
  .superRefine(
    (question, ctx) => {
      // With `when`, this runs even when another field failed: read the raw values with care.
      const options: unknown[] = Array.isArray(question.options) ? question.options : [];
      if (isChoiceKind(question.kind)) {
        if (options.length < 2) ctx.addIssue({ code: 'custom', path: ['options'], message: 'SURVEY_OPTIONS_TOO_FEW' });
        const seen = new Set<string>();
        options.forEach((option, index) => {
          if (typeof option !== 'string') return;
          const key = option.trim().toLocaleLowerCase('nb');
          if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['options', index], message: 'SURVEY_OPTION_TWICE' });
          seen.add(key);
        });
      }
      if (question.kind === 'SCALE') {
        const bound = (value: unknown) => (typeof value === 'number' ? value : null);
        const [scaleMin, scaleMax] = [bound(question.scaleMin), bound(question.scaleMax)];
        if (question.scaleMin === null || question.scaleMin === undefined)
          ctx.addIssue({ code: 'custom', path: ['scaleMin'], message: 'SURVEY_SCALE_BOUND_REQUIRED' });
        if (question.scaleMax === null || question.scaleMax === undefined)
          ctx.addIssue({ code: 'custom', path: ['scaleMax'], message: 'SURVEY_SCALE_BOUND_REQUIRED' });
        if (scaleMin !== null && scaleMax !== null) {
          if (scaleMax <= scaleMin) ctx.addIssue({ code: 'custom', path: ['scaleMax'], message: 'SURVEY_SCALE_ORDER' });
          else if (scaleMax - scaleMin + 1 > SURVEY_MAX_SCALE_POINTS)
            ctx.addIssue({
              code: 'custom',
              path: ['scaleMax'],
              message: 'SURVEY_SCALE_TOO_WIDE',
              params: { maximum: SURVEY_MAX_SCALE_POINTS },
            });
        }
      }
    },
    { when: isObjectPayload },
  )
  .transform((question): SurveyQuestionData => ({
    kind: question.kind,
    text: question.text,
    options: isChoiceKind(question.kind) ? question.options : [],
    scaleMin: question.kind === 'SCALE' ? question.scaleMin : null,
    scaleMax: question.kind === 'SCALE' ? question.scaleMax : null,
    scaleMinLabel: question.kind === 'SCALE' ? question.scaleMinLabel : null,
    scaleMaxLabel: question.kind === 'SCALE' ? question.scaleMaxLabel : null,
    required: question.required,
    templateKey: null,
  }));

const questionsSchema = z
  .array(surveyQuestionInputSchema, { message: 'SURVEY_QUESTIONS_REQUIRED' })
  .min(1, { message: 'SURVEY_QUESTIONS_REQUIRED' })
  .max(SURVEY_MAX_QUESTIONS, { message: 'SURVEY_QUESTIONS_TOO_MANY' });

function closesAfterOpening(input: { opensOn: string; closesOn: string }, ctx: z.RefinementCtx): void {
  if (isIsoDate(input.opensOn) && isIsoDate(input.closesOn) && compareIsoDates(input.closesOn, input.opensOn) < 0)
    ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'SURVEY_CLOSES_BEFORE_OPENING' });
}

const datesAndTexts = {
  intro: optionalText(SURVEY_INTRO_MAX_LENGTH, 'TOO_LONG'),
  opensOn: day('SURVEY_OPENS_ON_REQUIRED'),
  closesOn: day('SURVEY_CLOSES_ON_REQUIRED'),
};

/**
 * `CreateSurveyInput` → the survey to create. From a template the questions are the template's
 * (so districts compare) and the title and intro default to its texts in the chosen language;
 * otherwise title and questions are the caller's.
 */
export const createSurveyInputSchema = z
  .object(
    {
      fromTemplate: z
        .string()
        .trim()
        .nullish()
        .transform((value) => value || null),
      language: z
        .enum(['nb', 'en'], { message: 'INVALID_CHOICE' })
        .nullish()
        .transform((value) => value ?? 'nb'),
      title: optionalText(SURVEY_TITLE_MAX_LENGTH, 'TOO_LONG'),
      ...datesAndTexts,
      questions: questionsSchema.nullish().transform((questions) => questions ?? null),
    },
    { message: 'SURVEY_INCOMPLETE' },
  )
  .superRefine(
    (input, ctx) => {
      closesAfterOpening(input, ctx);
      if (input.fromTemplate) {
        if (!findSurveyTemplate(input.fromTemplate))
          ctx.addIssue({ code: 'custom', path: ['fromTemplate'], message: 'SURVEY_TEMPLATE_UNKNOWN' });
        if (input.questions)
          ctx.addIssue({ code: 'custom', path: ['questions'], message: 'SURVEY_TEMPLATE_QUESTIONS_FIXED' });
      } else {
        if (!input.title) ctx.addIssue({ code: 'custom', path: ['title'], message: 'SURVEY_TITLE_REQUIRED' });
        if (!input.questions)
          ctx.addIssue({ code: 'custom', path: ['questions'], message: 'SURVEY_QUESTIONS_REQUIRED' });
      }
    },
    { when: isObjectPayload },
  )
  .transform((input): NewSurveyData => {
    const dates = { opensOn: input.opensOn, closesOn: input.closesOn };
    if (input.fromTemplate) {
      const made = surveyFromTemplate(input.fromTemplate, input.language, dates);
      return { ...made, title: input.title ?? made.title, intro: input.intro ?? made.intro };
    }
    // Both are present: the refinement above refused the input otherwise.
    return {
      title: input.title ?? '',
      intro: input.intro,
      ...dates,
      questions: input.questions ?? [],
      templateKey: null,
    };
  });

/**
 * `UpdateSurveyInput.survey`: texts and dates always; questions only before the first answer
 * (the service refuses them after, and on a template survey, whose questions are fixed).
 */
export const updateSurveyInputSchema = z
  .object(
    {
      title: requiredText('SURVEY_TITLE_REQUIRED', SURVEY_TITLE_MAX_LENGTH, 'TOO_LONG'),
      ...datesAndTexts,
      questions: questionsSchema.nullish().transform((questions) => questions ?? null),
    },
    { message: 'SURVEY_INCOMPLETE' },
  )
  .superRefine(closesAfterOpening, { when: isObjectPayload }) satisfies z.ZodType<
  Omit<SurveyData, 'questions'> & { questions: SurveyQuestionData[] | null },
  unknown
>;

export type CreateSurveyInput = z.input<typeof createSurveyInputSchema>;
export type UpdateSurveyInput = z.input<typeof updateSurveyInputSchema>;
export type SurveyUpdateData = z.output<typeof updateSurveyInputSchema>;
