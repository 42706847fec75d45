import type { AssignmentFacts, FacilitatorData, IsoDate, Scope } from '@selvhjelp/domain';
import { districtIdOfMunicipality, FORGOTTEN_FACILITATOR_NAME, todayIn } from '@selvhjelp/domain';
import { OutOfScopeError, StaleVersionError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { assertPageSize, pageOf } from '../../sql/lists.js';
import { atomically, isUuid, scopeAllowsDistrict, translateWriteError } from '../../sql/client.js';
import { districtsOfScope, refresherIntervals } from '../districts/settings.js';
import type {
  ActivityCounts,
  AssignFacilitatorInput,
  FacilitatorAssignmentRecord,
  FacilitatorListOptions,
  FacilitatorPage,
  FacilitatorRecord,
  FacilitatorUpdate,
  NeedsAttention,
  NewFacilitator,
  ReadOptions,
  TrainingHistoryRecord,
} from './types.js';
import { createAssignment, endAssignments, readAssignmentFacts } from './assignments.js';
import { activityCountsFor, assignmentsFor, assignmentsForGroups, trainingHistoryFor } from './history.js';
import { lapsingBy, needsAttention } from './attention.js';
import {
  afterFacilitatorCursor,
  decodeFacilitatorCursor,
  encodeFacilitatorCursor,
  FACILITATOR_ORDER,
  facilitatorListWhere,
  facilitatorScopeWhere,
} from './queries.js';
import type { FacilitatorRow } from './records.js';
import { QUALIFYING_COMPLETIONS, toFacilitatorRecord } from './records.js';
import { dateFromIso } from '../../sql/dates.js';
import { MAX_FACILITATOR_PAGE_SIZE } from './types.js';

function dataColumns(data: FacilitatorData) {
  return {
    districtId: data.districtId,
    name: data.name,
    email: data.email,
    phone: data.phone,
    municipalityNumber: data.municipalityNumber,
    languages: data.languages,
    themeConsent: data.themeConsent,
    // Themes are stored only with consent, whatever the caller passes.
    themeIds: data.themeConsent ? data.themeIds : [],
    availability: data.availability,
    notes: data.notes,
  };
}

/** The district must be in the scope and be the municipality's district. */
export function assertFacilitatorWritable(scope: Scope, data: FacilitatorData): void {
  if (
    !scopeAllowsDistrict(scope, data.districtId) ||
    districtIdOfMunicipality(data.municipalityNumber) !== data.districtId
  ) {
    throw new OutOfScopeError('The facilitator must live in a municipality of a district in your scope.');
  }
}

/**
 * Facilitators (igangsettere). Every method takes the caller's scope first and applies it in the
 * query; a facilitator of another district is indistinguishable from a missing one.
 * Qualification is derived from course completions with each district's refresher interval.
 */
export class FacilitatorRepository {
  constructor(
    private readonly client: DbClient,
    private readonly inTransaction = false,
  ) {}

  async list(scope: Scope, options: FacilitatorListOptions): Promise<FacilitatorPage> {
    const { first } = options;
    assertPageSize(first, MAX_FACILITATOR_PAGE_SIZE);
    const today = options.today ?? todayIn(new Date());
    const cursor = options.after ? decodeFacilitatorCursor(options.after) : null;
    const intervals = await refresherIntervals(this.client, districtsOfScope(scope));
    const where = facilitatorListWhere(scope, options.filter ?? {}, today, intervals);
    const [rows, totalCount] = await Promise.all([
      first === 0
        ? Promise.resolve([])
        : this.client.facilitator.findMany({
            where: cursor ? { AND: [where, afterFacilitatorCursor(cursor)] } : where,
            orderBy: FACILITATOR_ORDER,
            take: first + 1,
            include: QUALIFYING_COMPLETIONS,
          }),
      this.client.facilitator.count({ where }),
    ]);
    return pageOf(
      rows,
      first,
      totalCount,
      (row) => toFacilitatorRecord(row, today, intervals),
      encodeFacilitatorCursor,
    );
  }

  async findById(scope: Scope, id: string, options: ReadOptions = {}): Promise<FacilitatorRecord | null> {
    const [found] = await this.findByIds(scope, [id], options);
    return found ?? null;
  }

  /** One query for the rows and one for the districts' intervals; aligned with `ids`. */
  async findByIds(
    scope: Scope,
    ids: readonly string[],
    options: ReadOptions = {},
  ): Promise<(FacilitatorRecord | null)[]> {
    const wanted = [...new Set(ids.filter(isUuid))];
    if (wanted.length === 0) return ids.map(() => null);
    const rows = await this.client.facilitator.findMany({
      where: { id: { in: wanted }, ...facilitatorScopeWhere(scope) },
      include: QUALIFYING_COMPLETIONS,
    });
    const records = await this.toRecords(rows, options.today);
    const byId = new Map(records.map((record) => [record.id, record]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** OutOfScopeError when the district is outside the scope or not the municipality's. */
  async create(scope: Scope, facilitator: NewFacilitator): Promise<FacilitatorRecord> {
    assertFacilitatorWritable(scope, facilitator.data);
    const row = await this.write((tx) =>
      tx.facilitator.create({
        data: {
          ...dataColumns(facilitator.data),
          consentGivenOn: dateFromIso(facilitator.consent.givenOn),
          consentText: facilitator.consent.text,
          createdAt: facilitator.now,
          updatedAt: facilitator.now,
        },
        include: QUALIFYING_COMPLETIONS,
      }),
    );
    const [record] = await this.toRecords([row]);
    return record!;
  }

  /** Null when not visible; StaleVersionError at another version; forgotten ones cannot be edited (null). */
  async update(
    scope: Scope,
    id: string,
    expectedVersion: number,
    update: FacilitatorUpdate,
  ): Promise<FacilitatorRecord | null> {
    if (!isUuid(id)) return null;
    assertFacilitatorWritable(scope, update.data);
    const rows = await this.write((tx) =>
      tx.facilitator.updateManyAndReturn({
        where: { id, version: expectedVersion, forgottenAt: null, ...facilitatorScopeWhere(scope) },
        data: { ...dataColumns(update.data), version: { increment: 1 }, updatedAt: update.now },
      }),
    );
    if (rows.length === 0) {
      const exists = await this.client.facilitator.count({
        where: { id, forgottenAt: null, ...facilitatorScopeWhere(scope) },
      });
      if (exists) throw new StaleVersionError('Facilitator', id, expectedVersion);
      return null;
    }
    return this.findById(scope, id);
  }

  /**
   * "Forget me": blanks every personal field and keeps the row (with its enrolments,
   * completions and assignments) for anonymous counts. Idempotent; null when not visible.
   */
  async forget(scope: Scope, id: string, now: Date): Promise<FacilitatorRecord | null> {
    if (!isUuid(id)) return null;
    await this.write((tx) =>
      tx.facilitator.updateMany({
        where: { id, forgottenAt: null, ...facilitatorScopeWhere(scope) },
        data: {
          name: FORGOTTEN_FACILITATOR_NAME,
          email: null,
          phone: null,
          notes: null,
          themeIds: [],
          themeConsent: false,
          languages: [],
          consentText: null,
          forgottenAt: now,
          version: { increment: 1 },
          updatedAt: now,
        },
      }),
    );
    return this.findById(scope, id);
  }

  /**
   * Locks the group and reads what the assignment rule needs (the domain's
   * facilitatorAssignmentRefusal); null when either is missing or outside the scope. Meant for a
   * `db.transaction`, with `createAssignment` after it.
   */
  assignmentFacts(scope: Scope, input: AssignFacilitatorInput): Promise<AssignmentFacts | null> {
    if (!isUuid(input.facilitatorId) || !isUuid(input.groupId)) return Promise.resolve(null);
    return this.write((tx) => readAssignmentFacts(tx, scope, input));
  }

  /** Writes an assignment the rule allowed, in the transaction that read its facts. */
  createAssignment(input: AssignFacilitatorInput): Promise<FacilitatorAssignmentRecord> {
    return this.write((tx) => createAssignment(tx, input));
  }

  /**
   * Ends every open assignment of a group on `date` (they withdrew when it became RUNNING).
   * Meant for the gateway's status-change transaction; returns how many ended.
   */
  endAssignmentsForGroup(scope: Scope, groupId: string, date: IsoDate): Promise<number> {
    if (!isUuid(groupId)) return Promise.resolve(0);
    return this.write((tx) => endAssignments(tx, scope, groupId, date));
  }

  // --- History, batched for DataLoaders.

  assignmentsFor(scope: Scope, facilitatorIds: readonly string[]): Promise<Map<string, FacilitatorAssignmentRecord[]>> {
    return assignmentsFor(this.client, scope, facilitatorIds);
  }

  /** Assignments (open and ended) per group, for the group page. */
  assignmentsForGroups(scope: Scope, groupIds: readonly string[]): Promise<Map<string, FacilitatorAssignmentRecord[]>> {
    return assignmentsForGroups(this.client, scope, groupIds);
  }

  trainingHistoryFor(scope: Scope, facilitatorIds: readonly string[]): Promise<Map<string, TrainingHistoryRecord[]>> {
    return trainingHistoryFor(this.client, scope, facilitatorIds);
  }

  /** Courses completed and groups helped per facilitator; survives "forget". */
  activityCountsFor(scope: Scope, facilitatorIds: readonly string[]): Promise<Map<string, ActivityCounts>> {
    return activityCountsFor(this.client, scope, facilitatorIds);
  }

  /** The "needs attention" worklist on `today`. */
  async needsAttention(scope: Scope, today: IsoDate): Promise<NeedsAttention> {
    const intervals = await refresherIntervals(this.client, districtsOfScope(scope));
    return needsAttention(this.client, scope, today, intervals);
  }

  /**
   * The district's facilitators qualified on `today` whose qualification lapses by `until`,
   * soonest first (at most NEEDS_ATTENTION_LIMIT): the district home's list.
   */
  async lapsingBy(scope: Scope, districtId: string, today: IsoDate, until: IsoDate): Promise<FacilitatorRecord[]> {
    const intervals = await refresherIntervals(this.client, districtsOfScope(scope));
    return lapsingBy(this.client, scope, districtId, today, until, intervals);
  }

  private async toRecords(rows: FacilitatorRow[], today?: IsoDate): Promise<FacilitatorRecord[]> {
    const intervals = await refresherIntervals(
      this.client,
      rows.map((row) => row.districtId),
    );
    const day = today ?? todayIn(new Date());
    return rows.map((row) => toFacilitatorRecord(row, day, intervals));
  }

  private async write<T>(work: (tx: DbClient) => Promise<T>): Promise<T> {
    try {
      return await atomically(this.client, this.inTransaction, work);
    } catch (error) {
      translateWriteError(error);
    }
  }
}
