import type { SurveyRecord, SurveyResultRows, SurveyValueCount } from '@selvhjelp/db';
import type { ProtectedCount } from '@selvhjelp/domain';
import { DEFAULT_SUPPRESSION_THRESHOLD, displayCount, protectCounts } from '@selvhjelp/domain';
import type { SurveyCountView, SurveyQuestionResultView, SurveyResultsView } from './models.js';
import { questionModels } from './models.js';

/** Below this many answers a question shows no figures at all (issue 13: "too few answers"). */
export const SURVEY_MIN_ANSWERS = DEFAULT_SUPPRESSION_THRESHOLD;

export const countView = (count: ProtectedCount): SurveyCountView => ({
  value: count.value,
  suppressed: count.suppressed,
  display: displayCount(count),
});

function countsOf(rows: readonly SurveyValueCount[], questionId: string): Map<number, number> {
  return new Map(rows.filter((row) => row.questionId === questionId).map((row) => [row.value, row.count]));
}

/** Every value of `keys` with its count (0 when nobody chose it), protected as one list with its total. */
function protectedList(keys: readonly number[], counts: Map<number, number>): ProtectedCount[] {
  const { items } = protectCounts(keys.map((key) => ({ key: String(key), count: counts.get(key) ?? 0 })));
  return items.map((item) => item.count);
}

/**
 * The survey's counts as readers may see them. A question with fewer than SURVEY_MIN_ANSWERS
 * answers shows nothing but that; otherwise its options or scale values are protected together
 * with their total (a single-choice question's total is its answer count, which is shown). The
 * scale mean is shown only when no value's count is hidden: with the count and the mean
 * published, two hidden cells could be solved for. Free text is filled in by the service.
 */
export function presentResults(survey: SurveyRecord, rows: SurveyResultRows): SurveyResultsView {
  const answeredBy = new Map(rows.questions.map((tally) => [tally.questionId, tally]));
  const questions = questionModels(survey).map((question): SurveyQuestionResultView => {
    const tally = answeredBy.get(question.id);
    const answered = tally?.answered ?? 0;
    const base = { id: question.id, survey: { districtId: survey.districtId }, question, freeTextAnswers: null };
    if (answered < SURVEY_MIN_ANSWERS)
      return { ...base, tooFewAnswers: true, answered: null, options: [], scale: [], scaleMean: null };
    const options =
      question.kind === 'SINGLE_CHOICE' || question.kind === 'MULTIPLE_CHOICE'
        ? protectedList(
            question.options.map((_, index) => index),
            countsOf(rows.options, question.id),
          ).map((count, index) => ({ index, label: question.options[index] ?? '', count: countView(count) }))
        : [];
    let scale: SurveyQuestionResultView['scale'] = [];
    let scaleMean: number | null = null;
    if (question.kind === 'SCALE' && question.scaleMin !== null && question.scaleMax !== null) {
      const values = Array.from(
        { length: question.scaleMax - question.scaleMin + 1 },
        (_, i) => question.scaleMin! + i,
      );
      const counts = protectedList(values, countsOf(rows.scale, question.id));
      scale = counts.map((count, index) => ({ value: values[index]!, count: countView(count) }));
      if (counts.every((count) => !count.suppressed) && tally?.scaleMean !== null && tally?.scaleMean !== undefined)
        scaleMean = Math.round(tally.scaleMean * 100) / 100;
    }
    return { ...base, tooFewAnswers: false, answered, options, scale, scaleMean };
  });
  const [responses] = protectCounts([{ key: 'responses', count: rows.responses }]).items;
  return {
    survey,
    responses: countView(responses!.count),
    questions,
    freeTextVisible: false,
  };
}
