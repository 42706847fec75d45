// The surveys' records, inputs and result rows. Other files import its types from here, never
// from the repository file, so imports point one way.
import type {
  DistrictId,
  IsoDate,
  NewSurveyData,
  SurveyAnswerValue,
  SurveyQuestionData,
  SurveyQuestionKind,
} from '@selvhjelp/domain';

export interface SurveyQuestionRecord {
  id: string;
  surveyId: string;
  /** 0-based, the order the questions are asked in. */
  position: number;
  kind: SurveyQuestionKind;
  text: string;
  options: string[];
  scaleMin: number | null;
  scaleMax: number | null;
  scaleMinLabel: string | null;
  scaleMaxLabel: string | null;
  required: boolean;
  templateKey: string | null;
}

/** A survey with its questions. Responses are not part of it: they are read only as aggregates. */
export interface SurveyRecord {
  id: string;
  /** Null: the national office's survey. */
  districtId: DistrictId | null;
  title: string;
  intro: string | null;
  publicToken: string;
  templateKey: string | null;
  opensOn: IsoDate;
  closesOn: IsoDate;
  /** Whether any answer sheet has come in (the questions are fixed from then on). */
  hasResponses: boolean;
  version: number;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
  questions: SurveyQuestionRecord[];
}

/** Who writes a survey: a district office, or the national office (null). */
export type SurveyOwner = DistrictId | null;

export interface NewSurvey {
  owner: SurveyOwner;
  data: NewSurveyData;
  publicToken: string;
  createdById: string | null;
  now: Date;
}

export interface SurveyUpdate {
  title: string;
  intro: string | null;
  opensOn: IsoDate;
  closesOn: IsoDate;
  /** Null: keep the questions. */
  questions: SurveyQuestionData[] | null;
  now: Date;
}

/** What an edit needs to know, read under the survey's row lock. */
export interface SurveyEditFacts {
  templateKey: string | null;
  hasResponses: boolean;
  opensOn: IsoDate;
  closesOn: IsoDate;
}

/** An answer sheet, checked by the domain (checkSurveyAnswers). */
export type SurveySubmission = readonly SurveyAnswerValue[];

/** Per question: how many answered it, and for a scale the mean of the values. */
export interface SurveyQuestionTally {
  questionId: string;
  answered: number;
  scaleMean: number | null;
}

/** How many answers chose an option (its index) or a scale value. */
export interface SurveyValueCount {
  questionId: string;
  value: number;
  count: number;
}

export interface SurveyResultRows {
  responses: number;
  questions: SurveyQuestionTally[];
  /** Choice questions: per option index; a multiple-choice answer counts once for each option it chose. */
  options: SurveyValueCount[];
  /** Scale questions: per value. */
  scale: SurveyValueCount[];
}

/** A count of answers to one template question, in one district, for one option index or scale value. */
export interface SurveyComparisonRow {
  districtId: DistrictId;
  questionKey: string;
  value: number;
  count: number;
}

export interface SurveyComparisonFilter {
  templateKey: string;
  /** Surveys open on at least one day of the period; none: all. */
  from?: IsoDate;
  to?: IsoDate;
}

export const MAX_SURVEY_LIST = 500;
export const MAX_FREE_TEXT_ANSWERS = 1000;
