import { randomBytes } from 'node:crypto';
import type { DistrictId, Scope, SurveyQuestionData } from '@selvhjelp/domain';
import type { Prisma, Survey, SurveyQuestion } from '../../generated/prisma/client.js';
import { isoFromDate } from '../../sql/dates.js';
import type { SurveyOwner, SurveyQuestionRecord, SurveyRecord } from './types.js';

/** A district sees its own surveys; the national office every survey, its own (district null) included. */
export function surveyScopeWhere(scope: Scope): Prisma.SurveyWhereInput {
  return scope.kind === 'national' ? {} : { districtId: scope.districtId };
}

/** The surveys an owner writes: exactly its own (the national office does not edit a district's). */
export function surveyOwnerWhere(owner: SurveyOwner): Prisma.SurveyWhereInput {
  return { districtId: owner };
}

export const SURVEY_INCLUDE = {
  questions: { orderBy: { position: 'asc' } },
  // One response is enough to know the questions are fixed; never more is read.
  responses: { select: { id: true }, take: 1 },
} satisfies Prisma.SurveyInclude;

export const SURVEY_ORDER: Prisma.SurveyOrderByWithRelationInput[] = [
  { opensOn: 'desc' },
  { title: 'asc' },
  { id: 'asc' },
];

/** 144 random bits, URL-safe: the public link, never derived from the id. */
export function newSurveyToken(): string {
  return randomBytes(18).toString('base64url');
}

export function questionRows(surveyId: string, questions: readonly SurveyQuestionData[]) {
  return questions.map((question, position) => ({
    surveyId,
    position,
    kind: question.kind,
    text: question.text,
    options: question.options,
    scaleMin: question.scaleMin,
    scaleMax: question.scaleMax,
    scaleMinLabel: question.scaleMinLabel,
    scaleMaxLabel: question.scaleMaxLabel,
    required: question.required,
    templateKey: question.templateKey,
  })) satisfies Prisma.SurveyQuestionCreateManyInput[];
}

function toQuestionRecord(row: SurveyQuestion): SurveyQuestionRecord {
  return {
    id: row.id,
    surveyId: row.surveyId,
    position: row.position,
    kind: row.kind,
    text: row.text,
    options: row.options,
    scaleMin: row.scaleMin,
    scaleMax: row.scaleMax,
    scaleMinLabel: row.scaleMinLabel,
    scaleMaxLabel: row.scaleMaxLabel,
    required: row.required,
    templateKey: row.templateKey,
  };
}

export function toSurveyRecord(
  row: Survey & { questions: SurveyQuestion[]; responses: readonly { id: string }[] },
): SurveyRecord {
  return {
    id: row.id,
    // Written only through the repository, which accepts known district ids only.
    districtId: row.districtId as DistrictId | null,
    title: row.title,
    intro: row.intro,
    publicToken: row.publicToken,
    templateKey: row.templateKey,
    opensOn: isoFromDate(row.opensOn),
    closesOn: isoFromDate(row.closesOn),
    hasResponses: row.responses.length > 0,
    version: row.version,
    createdById: row.createdById,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    questions: row.questions.map(toQuestionRecord),
  };
}
