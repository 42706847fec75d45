import type { ActivityParticipantFacts, DistrictId, OutcomeFacts, Scope } from '@selvhjelp/domain';
import { OutOfScopeError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { assertPageSize, pageOf, wantedIds } from '../../sql/lists.js';
import { atomically, isUuid, scopeAllowsDistrict, translateWriteError } from '../../sql/client.js';
import { networkMap } from './network-map.js';
import * as outcomes from './outcomes.js';
import {
  ACTIVITY_INCLUDE,
  ACTIVITY_ORDER,
  activityListWhere,
  activityScopeWhere,
  afterActivityCursor,
  decodeActivityCursor,
  encodeActivityCursor,
  toActivityRecord,
} from './queries.js';
import { activityTotals } from './totals.js';
import {
  createActivity,
  readActivityDistrict,
  readParticipantFacts,
  removeActivity,
  updateActivity,
} from './writes.js';
import type {
  ActivityListFilter,
  ActivityListOptions,
  ActivityOutcomeRecord,
  ActivityPage,
  ActivityTotalsRecord,
  ActivityUpdate,
  NetworkMapRecord,
  NewActivity,
  NewOutcome,
  OutreachActivityRecord,
} from './types.js';
import { MAX_ACTIVITY_PAGE_SIZE, ACTIVITY_EXPORT_LIMIT } from './types.js';

/**
 * Outreach activities and what came of them. Scope first in every method, applied in the query;
 * aggregates (totals, network map) are computed in SQL.
 */
export class OutreachRepository {
  constructor(
    private readonly client: DbClient,
    private readonly inTransaction = false,
  ) {}

  /** Newest first (date desc, id desc); RangeError for `first` outside 0..100. */
  async list(scope: Scope, options: ActivityListOptions): Promise<ActivityPage> {
    const { first } = options;
    assertPageSize(first, MAX_ACTIVITY_PAGE_SIZE);
    const cursor = options.after ? decodeActivityCursor(options.after) : null;
    const where = activityListWhere(scope, options.filter);
    const [rows, totalCount] = await Promise.all([
      first === 0
        ? Promise.resolve([])
        : this.client.outreachActivity.findMany({
            where: cursor ? { AND: [where, afterActivityCursor(cursor)] } : where,
            orderBy: ACTIVITY_ORDER,
            // One extra row tells whether another page follows, without a second query.
            take: first + 1,
            include: ACTIVITY_INCLUDE,
          }),
      this.client.outreachActivity.count({ where }),
    ]);
    return pageOf(rows, first, totalCount, toActivityRecord, encodeActivityCursor);
  }

  /** Every matching activity in list order, at most `limit` (default ACTIVITY_EXPORT_LIMIT). */
  async listAll(
    scope: Scope,
    filter: ActivityListFilter,
    limit: number = ACTIVITY_EXPORT_LIMIT,
  ): Promise<OutreachActivityRecord[]> {
    if (!Number.isInteger(limit) || limit < 0 || limit > ACTIVITY_EXPORT_LIMIT) {
      throw new RangeError(`limit must be an integer from 0 to ${ACTIVITY_EXPORT_LIMIT}, got ${limit}.`);
    }
    if (limit === 0) return [];
    const rows = await this.client.outreachActivity.findMany({
      where: activityListWhere(scope, filter),
      orderBy: ACTIVITY_ORDER,
      take: limit,
      include: ACTIVITY_INCLUDE,
    });
    return rows.map(toActivityRecord);
  }

  async findByIds(scope: Scope, ids: readonly string[]): Promise<(OutreachActivityRecord | null)[]> {
    const wanted = wantedIds(ids);
    const rows = wanted.length
      ? await this.client.outreachActivity.findMany({
          where: { id: { in: wanted }, ...activityScopeWhere(scope) },
          include: ACTIVITY_INCLUDE,
        })
      : [];
    const byId = new Map(rows.map((row) => [row.id, toActivityRecord(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * Whether the staff and partners an activity names are the district's own (the domain's
   * activityParticipantsRefusal); meant for the `db.transaction` that then writes the activity.
   */
  participantFacts(
    districtId: string,
    staffUserIds: readonly string[],
    partnerIds: readonly string[],
  ): Promise<ActivityParticipantFacts> {
    return this.write((tx) => readParticipantFacts(tx, districtId, staffUserIds, partnerIds));
  }

  /** Activity, staff and partners the rule allowed. OutOfScopeError when the district is outside the scope. */
  async create(scope: Scope, activity: NewActivity): Promise<OutreachActivityRecord> {
    if (!scopeAllowsDistrict(scope, activity.districtId)) throw new OutOfScopeError();
    return this.write((tx) => createActivity(tx, activity));
  }

  /** The activity's district at the version the caller read, before an edit. Null when missing; StaleVersionError when it moved. */
  districtAt(scope: Scope, id: string, expectedVersion: number): Promise<string | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.write((tx) => readActivityDistrict(tx, scope, id, expectedVersion));
  }

  /** Writes an edit the rule allowed (after districtAt, in one transaction); staff and partners are replaced. StaleVersionError when it moved. */
  update(id: string, expectedVersion: number, update: ActivityUpdate): Promise<OutreachActivityRecord> {
    return this.write((tx) => updateActivity(tx, id, expectedVersion, update));
  }

  /** Deletes an activity entered by mistake (outcomes go with it). False when missing; StaleVersionError when it moved. */
  remove(scope: Scope, id: string, expectedVersion: number): Promise<boolean> {
    if (!isUuid(id)) return Promise.resolve(false);
    return this.write((tx) => removeActivity(tx, scope, id, expectedVersion));
  }

  /** Totals of the activities matching the filter, computed in SQL (the same filter as `list`). */
  totals(scope: Scope, filter: ActivityListFilter): Promise<ActivityTotalsRecord> {
    return activityTotals(this.client, scope, filter);
  }

  /** Each activity's outcomes, oldest first. One query. */
  outcomesFor(scope: Scope, activityIds: readonly string[]): Promise<Map<string, ActivityOutcomeRecord[]>> {
    return outcomes.outcomesFor(this.client, scope, activityIds);
  }

  /**
   * Locks the activity and reads what the outcome rule (the domain's outcomeRefusal) needs; null
   * when the activity is missing or out of scope. `addOutcome` after it, in one transaction.
   */
  outcomeFacts(scope: Scope, outcome: NewOutcome): Promise<OutcomeFacts | null> {
    return this.write((tx) => outcomes.readOutcomeFacts(tx, scope, outcome));
  }

  /** Writes an outcome the rule allowed. UniqueViolationError when another linked the same target first. */
  addOutcome(outcome: NewOutcome): Promise<ActivityOutcomeRecord> {
    return this.write((tx) => outcomes.addOutcome(tx, outcome));
  }

  /** The activity id the outcome belonged to; null when missing or out of scope. */
  removeOutcome(scope: Scope, id: string): Promise<string | null> {
    return this.write((tx) => outcomes.removeOutcome(tx, scope, id));
  }

  /** The activities each partner took part in, newest first. One query. */
  activitiesOfPartners(scope: Scope, partnerIds: readonly string[]): Promise<Map<string, OutreachActivityRecord[]>> {
    return outcomes.activitiesOfPartners(this.client, scope, partnerIds);
  }

  /** Group ids that are GROUP_STARTED outcomes of activities each partner took part in, by group name. One query. */
  groupsStartedWithPartners(scope: Scope, partnerIds: readonly string[]): Promise<Map<string, string[]>> {
    return outcomes.groupsStartedWithPartners(this.client, scope, partnerIds);
  }

  /** The activities each group is a GROUP_STARTED outcome of, newest first. One query. */
  originActivitiesOfGroups(scope: Scope, groupIds: readonly string[]): Promise<Map<string, OutreachActivityRecord[]>> {
    return outcomes.originActivitiesOfGroups(this.client, scope, groupIds);
  }

  /** Null when the district is outside the scope. Counts in SQL (a handful of statements, whatever the size). */
  networkMap(scope: Scope, districtId: DistrictId): Promise<NetworkMapRecord | null> {
    return networkMap(this.client, scope, districtId);
  }

  private async write<T>(work: (tx: DbClient) => Promise<T>): Promise<T> {
    try {
      return await atomically(this.client, this.inTransaction, work);
    } catch (error) {
      translateWriteError(error);
    }
  }
}
