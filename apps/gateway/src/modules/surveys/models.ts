import type { SurveyQuestionRecord, SurveyRecord } from '@selvhjelp/db';

/** A question as the API hands it out: with its survey's template key, to tell whether it is sensitive. */
export interface SurveyQuestionModel extends SurveyQuestionRecord {
  surveyTemplateKey: string | null;
}

export const questionModels = (survey: SurveyRecord): SurveyQuestionModel[] =>
  survey.questions.map((question) => ({ ...question, surveyTemplateKey: survey.templateKey }));

/** A count as a reader may see it (the domain's ProtectedCount, rendered). */
export interface SurveyCountView {
  value: number | null;
  suppressed: boolean;
  display: string;
}

/** One question's results; `id` is the question's (the read path's record id). */
export interface SurveyQuestionResultView {
  id: string;
  survey: { districtId: string | null };
  question: SurveyQuestionModel;
  tooFewAnswers: boolean;
  answered: number | null;
  options: { index: number; label: string; count: SurveyCountView }[];
  scale: { value: number; count: SurveyCountView }[];
  scaleMean: number | null;
  freeTextAnswers: string[] | null;
}

export interface SurveyResultsView {
  survey: SurveyRecord;
  responses: SurveyCountView;
  questions: SurveyQuestionResultView[];
  freeTextVisible: boolean;
}
