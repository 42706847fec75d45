import type { Scope } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { OutOfScopeError, StaleVersionError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { atomically, isUuid, scopeAllowsDistrict, translateWriteError } from '../../sql/client.js';
import { dateFromIso, isoFromDate } from '../../sql/dates.js';
import { wantedIds } from '../../sql/lists.js';
import {
  SURVEY_INCLUDE,
  SURVEY_ORDER,
  questionRows,
  surveyOwnerWhere,
  surveyScopeWhere,
  toSurveyRecord,
} from './queries.js';
import { surveyComparison, surveyFreeTexts, surveyResultRows } from './results.js';
import type {
  NewSurvey,
  SurveyComparisonFilter,
  SurveyComparisonRow,
  SurveyEditFacts,
  SurveyOwner,
  SurveyRecord,
  SurveyResultRows,
  SurveySubmission,
  SurveyUpdate,
} from './types.js';
import { MAX_SURVEY_LIST } from './types.js';

/**
 * Anonymous user surveys (issue 13). Staff read and write surveys within their scope; the public
 * reaches one by its token. A response is written with nothing but its survey and answers, and
 * read back only as aggregates or, for free text, as a list of texts with nothing beside them.
 */
export class SurveyRepository {
  constructor(
    private readonly client: DbClient,
    private readonly inTransaction = false,
  ) {}

  /** Newest first (by opening day); at most MAX_SURVEY_LIST. */
  async list(scope: Scope): Promise<SurveyRecord[]> {
    const rows = await this.client.survey.findMany({
      where: surveyScopeWhere(scope),
      include: SURVEY_INCLUDE,
      orderBy: SURVEY_ORDER,
      take: MAX_SURVEY_LIST,
    });
    return rows.map(toSurveyRecord);
  }

  /** Aligned with `ids`; null for missing, malformed or out-of-scope ids. */
  async findByIds(scope: Scope, ids: readonly string[]): Promise<(SurveyRecord | null)[]> {
    const wanted = wantedIds(ids);
    const rows = wanted.length
      ? await this.client.survey.findMany({
          where: { id: { in: wanted }, ...surveyScopeWhere(scope) },
          include: SURVEY_INCLUDE,
        })
      : [];
    const byId = new Map(rows.map((row) => [row.id, toSurveyRecord(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async findById(scope: Scope, id: string): Promise<SurveyRecord | null> {
    const [found] = await this.findByIds(scope, [id]);
    return found ?? null;
  }

  /** The survey behind a public link, whatever its dates (the caller decides what the public sees). */
  async findByPublicToken(token: string): Promise<SurveyRecord | null> {
    if (!token || token.length > 100) return null;
    const row = await this.client.survey.findUnique({ where: { publicToken: token }, include: SURVEY_INCLUDE });
    return row ? toSurveyRecord(row) : null;
  }

  /** One transaction: the survey and its questions. OutOfScopeError when the owner is outside the scope. */
  async create(scope: Scope, survey: NewSurvey): Promise<SurveyRecord> {
    if (!scopeAllowsDistrict(scope, survey.owner)) throw new OutOfScopeError();
    const { data, now } = survey;
    return this.write(async (tx) => {
      const created = await tx.survey.create({
        data: {
          districtId: survey.owner,
          title: data.title,
          intro: data.intro,
          publicToken: survey.publicToken,
          templateKey: data.templateKey,
          opensOn: dateFromIso(data.opensOn),
          closesOn: dateFromIso(data.closesOn),
          createdById: survey.createdById,
          createdAt: now,
          updatedAt: now,
        },
      });
      await tx.surveyQuestion.createMany({ data: questionRows(created.id, data.questions) });
      return this.reload(tx, created.id);
    });
  }

  /**
   * Locks the owner's survey for an edit (FOR UPDATE: a response being written waits, and waits
   * for it) and returns what the rules need. Null when missing; StaleVersionError when it moved.
   * Call inside a transaction.
   */
  async lockForEdit(owner: SurveyOwner, id: string, expectedVersion: number): Promise<SurveyEditFacts | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.client.$queryRaw<
      { version: number; template_key: string | null; opens_on: Date; closes_on: Date; has_responses: boolean }[]
    >(Prisma.sql`
      SELECT s.version, s.template_key, s.opens_on, s.closes_on,
             EXISTS (SELECT 1 FROM survey_response r WHERE r.survey_id = s.id) AS has_responses
      FROM survey s
      WHERE s.id = ${id}::uuid AND s.district_id IS NOT DISTINCT FROM ${owner}
      FOR UPDATE OF s`);
    if (!row) return null;
    if (row.version !== expectedVersion) throw new StaleVersionError('Survey', id, expectedVersion);
    return {
      templateKey: row.template_key,
      hasResponses: row.has_responses,
      opensOn: isoFromDate(row.opens_on),
      closesOn: isoFromDate(row.closes_on),
    };
  }

  /** Texts and dates, and the questions when given (replaced whole). Null when missing; StaleVersionError. */
  async update(
    owner: SurveyOwner,
    id: string,
    expectedVersion: number,
    update: SurveyUpdate,
  ): Promise<SurveyRecord | null> {
    if (!isUuid(id)) return null;
    return this.write(async (tx) => {
      const { count } = await tx.survey.updateMany({
        where: { id, version: expectedVersion, ...surveyOwnerWhere(owner) },
        data: {
          title: update.title,
          intro: update.intro,
          opensOn: dateFromIso(update.opensOn),
          closesOn: dateFromIso(update.closesOn),
          updatedAt: update.now,
          version: { increment: 1 },
        },
      });
      if (count === 0) {
        const exists = await tx.survey.count({ where: { id, ...surveyOwnerWhere(owner) } });
        if (!exists) return null;
        throw new StaleVersionError('Survey', id, expectedVersion);
      }
      if (update.questions) {
        await tx.surveyQuestion.deleteMany({ where: { surveyId: id } });
        await tx.surveyQuestion.createMany({ data: questionRows(id, update.questions) });
      }
      return this.reload(tx, id);
    });
  }

  /**
   * Stores one answer sheet: a response row that holds only its survey, and one row per answer.
   * Nothing else is written, and no time: the rows carry no default timestamp either. The
   * survey row is locked FOR SHARE, so an edit of the questions cannot interleave.
   */
  async submitResponse(surveyId: string, answers: SurveySubmission): Promise<void> {
    await this.write(async (tx) => {
      await tx.$queryRaw`SELECT id FROM survey WHERE id = ${surveyId}::uuid FOR SHARE`;
      const response = await tx.surveyResponse.create({ data: { surveyId }, select: { id: true } });
      await tx.surveyAnswer.createMany({
        data: answers.map((answer) => ({
          responseId: response.id,
          questionId: answer.questionId,
          choiceIndexes: answer.choiceIndexes,
          scaleValue: answer.scaleValue,
          text: answer.text,
        })),
      });
    });
  }

  /** Counts per question, option and scale value, grouped in the database. Null when out of scope. */
  async results(scope: Scope, id: string): Promise<SurveyResultRows | null> {
    const [survey] = await this.findByIds(scope, [id]);
    return survey ? surveyResultRows(this.client, survey.id) : null;
  }

  /** The free-text answers to a question, in no meaningful order (not the order they came in). */
  freeTexts(scope: Scope, surveyId: string, questionId: string): Promise<string[]> {
    return surveyFreeTexts(this.client, scope, surveyId, questionId);
  }

  /** Answers to a template's questions per district, option and scale value (district surveys only). */
  comparison(scope: Scope, filter: SurveyComparisonFilter): Promise<SurveyComparisonRow[]> {
    return surveyComparison(this.client, scope, filter);
  }

  private async reload(tx: DbClient, id: string): Promise<SurveyRecord> {
    const row = await tx.survey.findUniqueOrThrow({ where: { id }, include: SURVEY_INCLUDE });
    return toSurveyRecord(row);
  }

  private async write<T>(work: (tx: DbClient) => Promise<T>): Promise<T> {
    try {
      return await atomically(this.client, this.inTransaction, work);
    } catch (error) {
      translateWriteError(error);
    }
  }
}
