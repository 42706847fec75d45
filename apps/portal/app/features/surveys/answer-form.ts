import type { PublicSurveyQuery, SurveyAnswerInput } from '../../generated/graphql';

export type PublicQuestion = PublicSurveyQuery['publicSurvey']['questions'][number];
/** What the respondent chose or wrote, per question id: option indexes, a scale value or text. */
export type AnswerValues = Record<string, string[]>;

/** The form's field name of a question: `q.<question id>`. */
export function answerField(questionId: string): string {
  return `q.${questionId}`;
}

/** The posted answers, as the form would show them again. */
export function readAnswers(form: FormData, questions: readonly PublicQuestion[]): AnswerValues {
  return Object.fromEntries(
    questions.map((question) => [
      question.id,
      form
        .getAll(answerField(question.id))
        .filter((value): value is string => typeof value === 'string')
        .map((value) => (question.kind === 'FREE_TEXT' ? value : value.trim()))
        .filter((value) => value.trim() !== ''),
    ]),
  );
}

/**
 * The answers the API takes. A blank question is left out (not answered). A posted value that is
 * no whole number (only a hand-made post sends one) goes on as -1, an index no question has, so
 * the gateway's own per-question refusal names it next to its field.
 */
export function toAnswerInputs(values: AnswerValues, questions: readonly PublicQuestion[]): SurveyAnswerInput[] {
  const whole = (value: string) => (/^-?\d+$/.test(value) ? Number(value) : -1);
  return questions.flatMap((question): SurveyAnswerInput[] => {
    const given = values[question.id] ?? [];
    if (given.length === 0) return [];
    switch (question.kind) {
      case 'FREE_TEXT':
        return [{ questionId: question.id, text: given.join('\n') }];
      case 'SCALE':
        return [{ questionId: question.id, scaleValue: whole(given[0]!) }];
      default:
        return [{ questionId: question.id, choices: given.map(whole) }];
    }
  });
}
