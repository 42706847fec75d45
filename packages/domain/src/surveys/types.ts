import type { IsoDate } from '../groups/types.js';

/** What a question asks for: one option, any options, a point on a scale, or words. */
export const SURVEY_QUESTION_KINDS = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE', 'FREE_TEXT'] as const;
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];

/** Where a survey stands on a given day (Europe/Oslo): before opensOn, opensOn..closesOn, after closesOn. */
export const SURVEY_PHASES = ['UPCOMING', 'OPEN', 'CLOSED'] as const;
export type SurveyPhase = (typeof SURVEY_PHASES)[number];

export const isChoiceKind = (kind: SurveyQuestionKind): boolean =>
  kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE';

/**
 * One question. `options` are set exactly for the choice kinds (answers refer to them by index);
 * the scale bounds and end labels exactly for SCALE.
 */
export interface SurveyQuestionData {
  kind: SurveyQuestionKind;
  text: string;
  options: string[];
  scaleMin: number | null;
  scaleMax: number | null;
  scaleMinLabel: string | null;
  scaleMaxLabel: string | null;
  required: boolean;
  /** The template question this is; the same key in two surveys means the answers compare. */
  templateKey: string | null;
}

/** A survey as its owner writes it; the questions in the order they are asked. */
export interface SurveyData {
  title: string;
  intro: string | null;
  opensOn: IsoDate;
  closesOn: IsoDate;
  questions: SurveyQuestionData[];
}

/** A survey to create: its data, and the template it was made from (null: written by hand). */
export interface NewSurveyData extends SurveyData {
  templateKey: string | null;
}

/** What the answer-sheet rules need to know of a question. */
export interface SurveyQuestionFacts {
  id: string;
  kind: SurveyQuestionKind;
  options: readonly string[];
  scaleMin: number | null;
  scaleMax: number | null;
  required: boolean;
}

/** One answer as a respondent sends it; which value is set depends on the question's kind. */
export interface SurveyAnswerInput {
  questionId: string;
  choices?: readonly number[] | null;
  scaleValue?: number | null;
  text?: string | null;
}

/** An answer that passed the rules: exactly one kind of value. */
export type SurveyAnswerValue =
  | { questionId: string; choiceIndexes: number[]; scaleValue: null; text: null }
  | { questionId: string; choiceIndexes: []; scaleValue: number; text: null }
  | { questionId: string; choiceIndexes: []; scaleValue: null; text: string };
