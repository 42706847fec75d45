import type { Refusal } from '../messages/refusal.js';
import { refusal } from '../messages/refusal.js';
import type { SurveyAnswerInput, SurveyAnswerValue, SurveyQuestionFacts } from './types.js';

export const SURVEY_ANSWER_TEXT_MAX_LENGTH = 4000;

/** The field a refusal about a question's answer names: `answers.<questionId>`, so a form puts it beside the question. */
export const surveyAnswerField = (questionId: string): string => `answers.${questionId}`;

export type SurveyAnswerCheck = { ok: true; answers: SurveyAnswerValue[] } | { ok: false; refusals: Refusal[] };

const isBlank = (answer: SurveyAnswerInput): boolean =>
  !answer.choices?.length &&
  (answer.scaleValue === null || answer.scaleValue === undefined) &&
  !(answer.text ?? '').trim();

function valueOf(question: SurveyQuestionFacts, answer: SurveyAnswerInput): SurveyAnswerValue | Refusal {
  const field = surveyAnswerField(question.id);
  const choices = answer.choices ?? [];
  const hasScale = answer.scaleValue !== null && answer.scaleValue !== undefined;
  const text = (answer.text ?? '').trim();
  const given = [choices.length > 0, hasScale, text !== ''].filter(Boolean).length;
  const wrongKind = () => refusal('SURVEY_ANSWER_WRONG_KIND', field);
  switch (question.kind) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE': {
      if (given !== 1 || choices.length === 0) return wrongKind();
      if (question.kind === 'SINGLE_CHOICE' && choices.length > 1) return refusal('SURVEY_CHOOSE_ONE', field);
      if (new Set(choices).size !== choices.length) return refusal('SURVEY_CHOICE_TWICE', field);
      if (choices.some((index) => !Number.isInteger(index) || index < 0 || index >= question.options.length))
        return refusal('SURVEY_CHOICE_UNKNOWN', field);
      return {
        questionId: question.id,
        choiceIndexes: [...choices].sort((a, b) => a - b),
        scaleValue: null,
        text: null,
      };
    }
    case 'SCALE': {
      if (given !== 1 || !hasScale) return wrongKind();
      const value = answer.scaleValue as number;
      const [min, max] = [question.scaleMin ?? 0, question.scaleMax ?? 0];
      if (!Number.isInteger(value) || value < min || value > max)
        return refusal('SURVEY_SCALE_OUT_OF_RANGE', field, { min, max });
      return { questionId: question.id, choiceIndexes: [], scaleValue: value, text: null };
    }
    case 'FREE_TEXT': {
      if (given !== 1 || text === '') return wrongKind();
      if (text.length > SURVEY_ANSWER_TEXT_MAX_LENGTH)
        return refusal('SURVEY_ANSWER_TOO_LONG', field, { maximum: SURVEY_ANSWER_TEXT_MAX_LENGTH });
      return { questionId: question.id, choiceIndexes: [], scaleValue: null, text };
    }
  }
}

/**
 * Checks an answer sheet against the survey's questions: every refusal at once, each naming its
 * question. A blank answer (no choice, no value, only spaces) counts as not answered, so a form
 * may post every question; required questions must be answered. Answers come back in the
 * questions' order.
 */
export function checkSurveyAnswers(
  questions: readonly SurveyQuestionFacts[],
  answers: readonly SurveyAnswerInput[],
): SurveyAnswerCheck {
  const refusals: Refusal[] = [];
  const byQuestion = new Map<string, SurveyAnswerInput>();
  const known = new Set(questions.map((question) => question.id));
  answers.forEach((answer, index) => {
    if (!known.has(answer.questionId)) refusals.push(refusal('SURVEY_QUESTION_UNKNOWN', `answers.${index}.questionId`));
    else if (byQuestion.has(answer.questionId))
      refusals.push(refusal('SURVEY_ANSWERED_TWICE', surveyAnswerField(answer.questionId)));
    else if (!isBlank(answer)) byQuestion.set(answer.questionId, answer);
  });
  const values: SurveyAnswerValue[] = [];
  for (const question of questions) {
    const answer = byQuestion.get(question.id);
    if (!answer) {
      if (question.required) refusals.push(refusal('SURVEY_ANSWER_REQUIRED', surveyAnswerField(question.id)));
      continue;
    }
    const value = valueOf(question, answer);
    if ('reason' in value) refusals.push(value);
    else values.push(value);
  }
  if (refusals.length) return { ok: false, refusals };
  if (values.length === 0) return { ok: false, refusals: [refusal('SURVEY_NOTHING_ANSWERED', 'answers')] };
  return { ok: true, answers: values };
}
