import type { IsoDate, Scope } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { StaleVersionError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import type { Page } from '../../sql/lists.js';
import { assertPageSize, pageOf } from '../../sql/lists.js';
import { atomically, isUuid, translateWriteError } from '../../sql/client.js';
import { dateFromIso } from '../../sql/dates.js';
import type { SqlExecutor } from '../../sql/executor.js';
import { prismaExecutor } from '../../sql/executor.js';
import { changesFor, followUpsFor, statusHistoryFor } from './history.js';
import type {
  GroupChangeRecord,
  GroupFollowUpInput,
  GroupFollowUpRecord,
  GroupListFilter,
  GroupListOptions,
  GroupListOrder,
  GroupPage,
  GroupProjection,
  GroupProjections,
  GroupRecord,
  GroupSummaryRecord,
  GroupStatusChangeInput,
  GroupStatusChangeRecord,
  GroupStatusCount,
  GroupUpdate,
  NewGroup,
  PublicGroupFilter,
  PublicGroupListOptions,
} from './types.js';
import { toGroupRecord } from './records.js';
import {
  decodeGroupCursor,
  encodeGroupCursor,
  groupListSql,
  groupScopeWhere,
  PUBLIC_WHERE,
  publicGroupSql,
  statusFilterSql,
} from './queries.js';
import { listGroups } from './list-query.js';
import { assertWritable, changeGroupStatus, insertGroups, registerGroupFollowUp, updateGroup } from './writes.js';
import { MAX_GROUP_PAGE_SIZE, FOLLOW_UPS_DUE_LIMIT, PUBLIC_FEED_LIMIT } from './types.js';

type PageOptions = { first: number; after?: string | null; filter?: { search?: string } };

/**
 * Whether a list's filter reads only columns group_status_total keeps (district, status,
 * openness), so that its counts can be summed there (list-query.ts). An allowlist: a filter
 * added later counts the rows until it is known here.
 */
function countsFromTotals(filter: object, keys: readonly string[]): boolean {
  return Object.entries(filter).every(([key, value]) => value === undefined || keys.includes(key));
}
const STAFF_TOTALS_FILTERS = ['districtId', 'openForNewMembers'] as const satisfies readonly (keyof GroupListFilter)[];
const PUBLIC_TOTALS_FILTERS = ['districtId'] as const satisfies readonly (keyof PublicGroupFilter)[];

const BY_NAME: GroupListOrder = { field: 'NAME', direction: 'ASC' };
const WITH_VENUE = { venue: true } as const;

/**
 * The self-help group registry. Every method takes the caller's scope first and applies it in
 * the query: a group of another district is indistinguishable from a missing one. The public
 * finder's methods also apply the public rule (STARTING or RUNNING, open for new members) in
 * the query, for every caller.
 */
export class GroupRepository {
  constructor(
    private readonly client: DbClient,
    /** True when `client` is an interactive transaction (see atomically). */
    private readonly inTransaction = false,
    /** Where the list statements run: the driver outside a transaction (sql/executor.ts). */
    private readonly sql: SqlExecutor = prismaExecutor(client),
  ) {}

  /** Keyset pagination: one statement for the page (venue joined) and its total. */
  async list(scope: Scope, options: GroupListOptions): Promise<GroupPage> {
    const { statuses, ...filter } = options.filter ?? {};
    const { page } = await this.page(
      groupListSql(scope, filter),
      statusFilterSql(statuses),
      options.order ?? BY_NAME,
      options,
      { totals: countsFromTotals(filter, STAFF_TOTALS_FILTERS), statusCounts: false, projection: 'record' },
    );
    return page;
  }

  /**
   * The staff list: the page, its total and the groups per status for the same filter with its
   * status filter ignored (all five, zeros included), in one statement. The page's groups as full
   * records, or as summaries (`projection: 'summary'`) when the caller shows no more.
   */
  listWithStatusCounts(
    scope: Scope,
    options: GroupListOptions,
  ): Promise<GroupPage & { statusCounts: GroupStatusCount[] }>;
  listWithStatusCounts<P extends GroupProjection>(
    scope: Scope,
    options: GroupListOptions,
    projection: P,
  ): Promise<Page<GroupProjections[P]> & { statusCounts: GroupStatusCount[] }>;
  async listWithStatusCounts(
    scope: Scope,
    options: GroupListOptions,
    projection: GroupProjection = 'record',
  ): Promise<Page<GroupRecord | GroupSummaryRecord> & { statusCounts: GroupStatusCount[] }> {
    const { statuses, ...filter } = options.filter ?? {};
    const { page, statusCounts } = await this.page(
      groupListSql(scope, filter),
      statusFilterSql(statuses),
      options.order ?? BY_NAME,
      options,
      { totals: countsFromTotals(filter, STAFF_TOTALS_FILTERS), statusCounts: true, projection },
    );
    return { ...page, statusCounts };
  }

  /** Groups per status for a filter (its status filter, if any, ignored): all five, zeros included. */
  async statusCounts(scope: Scope, filter: Omit<GroupListFilter, 'statuses'> = {}): Promise<GroupStatusCount[]> {
    const { statuses: _ignored, ...withoutStatuses } = filter as GroupListFilter;
    const result = await listGroups(this.sql, {
      where: groupListSql(scope, withoutStatuses),
      statusWhere: Prisma.sql`TRUE`,
      order: BY_NAME,
      limit: 0,
      cursor: null,
      statusCounts: true,
      countsFromTotals: countsFromTotals(withoutStatuses, STAFF_TOTALS_FILTERS),
      search: false,
      projection: 'summary',
    });
    return result.statusCounts;
  }

  async findById(scope: Scope, id: string): Promise<GroupRecord | null> {
    if (!isUuid(id)) return null;
    const row = await this.client.group.findFirst({ where: { id, ...groupScopeWhere(scope) }, include: WITH_VENUE });
    return row && toGroupRecord(row);
  }

  /** One query for many ids (DataLoader); aligned with `ids`, null where missing or not visible. */
  async findByIds(scope: Scope, ids: readonly string[]): Promise<(GroupRecord | null)[]> {
    const wanted = [...new Set(ids.filter(isUuid))];
    const rows = wanted.length
      ? await this.client.group.findMany({
          where: { id: { in: wanted }, ...groupScopeWhere(scope) },
          include: WITH_VENUE,
        })
      : [];
    const byId = new Map(rows.map((row) => [row.id, toGroupRecord(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Groups in scope named any of `names` (case aside), for telling an import's duplicates. */
  async findByNames(scope: Scope, names: readonly string[]): Promise<GroupRecord[]> {
    const wanted = [...new Set(names.map((name) => name.trim()).filter(Boolean))];
    if (wanted.length === 0) return [];
    const rows = await this.client.group.findMany({
      where: {
        ...groupScopeWhere(scope),
        OR: wanted.map((name) => ({ name: { equals: name, mode: 'insensitive' as const } })),
      },
      include: WITH_VENUE,
    });
    return rows.map(toGroupRecord);
  }

  /** Not CLOSED, due on or before `before`, soonest first; at most FOLLOW_UPS_DUE_LIMIT. */
  async followUpsDue(scope: Scope, options: { before: IsoDate; districtId?: string }): Promise<GroupRecord[]> {
    const rows = await this.client.group.findMany({
      where: {
        AND: [
          groupScopeWhere(scope),
          options.districtId !== undefined ? { districtId: options.districtId } : {},
          { status: { not: 'CLOSED' }, nextFollowUpDue: { lte: dateFromIso(options.before) } },
        ],
      },
      orderBy: [{ nextFollowUpDue: 'asc' }, { name: 'asc' }, { id: 'asc' }],
      take: FOLLOW_UPS_DUE_LIMIT,
      include: WITH_VENUE,
    });
    return rows.map(toGroupRecord);
  }

  // --- The public finder (no login). NATIONAL_SCOPE, or a district scope for a district portal.

  /** Public groups ordered by name, then id; one statement for the page and its total. */
  async listPublic(scope: Scope, options: PublicGroupListOptions): Promise<GroupPage> {
    const { page } = await this.page(publicGroupSql(scope, options.filter), Prisma.sql`TRUE`, BY_NAME, options, {
      totals: countsFromTotals(options.filter ?? {}, PUBLIC_TOTALS_FILTERS),
      statusCounts: false,
      projection: 'record',
    });
    return page;
  }

  async findPublicBySlug(scope: Scope, slug: string): Promise<GroupRecord | null> {
    const row = await this.client.group.findFirst({
      where: { slug, ...groupScopeWhere(scope), ...PUBLIC_WHERE },
      include: WITH_VENUE,
    });
    return row && toGroupRecord(row);
  }

  /** Every public group (for feeds), ordered by name; at most PUBLIC_FEED_LIMIT. */
  async allPublic(scope: Scope): Promise<GroupRecord[]> {
    const { rows } = await listGroups(this.sql, {
      where: publicGroupSql(scope),
      statusWhere: Prisma.sql`TRUE`,
      order: BY_NAME,
      limit: PUBLIC_FEED_LIMIT,
      cursor: null,
      statusCounts: false,
      countsFromTotals: true,
      search: false,
      projection: 'record',
    });
    return rows;
  }

  // --- Writes: each one transaction (or part of the caller's db.transaction).

  /**
   * Registers a group with its venue, first status-history row and audit entry.
   * OutOfScopeError when its district is outside the scope; UniqueViolationError('slug').
   */
  async create(scope: Scope, group: NewGroup): Promise<GroupRecord> {
    assertWritable(scope, group.data);
    return this.write(async (tx) => {
      const [id] = await insertGroups(tx, [group]);
      const row = await tx.group.findUniqueOrThrow({ where: { id: id! }, include: WITH_VENUE });
      return toGroupRecord(row);
    });
  }

  /**
   * CSV import: all the groups or none, in a handful of statements whatever their number.
   * Returns how many were created. Errors as for `create`, for any one of them.
   */
  async createMany(scope: Scope, groups: readonly NewGroup[]): Promise<number> {
    for (const group of groups) assertWritable(scope, group.data);
    if (groups.length === 0) return 0;
    await this.write((tx) => insertGroups(tx, groups));
    return groups.length;
  }

  /**
   * Replaces the editable fields. Null when the group is not visible in the scope;
   * StaleVersionError when it is at another version than `expectedVersion` (nothing written);
   * OutOfScopeError when the new district is outside the scope. Empty `fields` = no change:
   * the stored group is returned as it is, without a version bump.
   */
  async update(scope: Scope, id: string, expectedVersion: number, update: GroupUpdate): Promise<GroupRecord | null> {
    if (!isUuid(id)) return null;
    assertWritable(scope, update.data);
    if (update.fields.length === 0) {
      const current = await this.findById(scope, id);
      if (current && current.version !== expectedVersion) throw new StaleVersionError('Group', id, expectedVersion);
      return current;
    }
    return this.write((tx) => updateGroup(tx, scope, id, expectedVersion, update));
  }

  /** A lifecycle step (the caller has checked the transition). Null / StaleVersionError as for update. */
  async changeStatus(
    scope: Scope,
    id: string,
    expectedVersion: number,
    change: GroupStatusChangeInput,
  ): Promise<GroupRecord | null> {
    if (!isUuid(id)) return null;
    return this.write((tx) => changeGroupStatus(tx, scope, id, expectedVersion, change));
  }

  /** Records a check-in and sets the next due date. Null when the group is not visible. */
  async registerFollowUp(scope: Scope, id: string, followUp: GroupFollowUpInput): Promise<GroupRecord | null> {
    if (!isUuid(id)) return null;
    return this.write((tx) => registerGroupFollowUp(tx, scope, id, followUp));
  }

  // --- History, batched for DataLoaders.

  statusHistoryFor(scope: Scope, groupIds: readonly string[]): Promise<Map<string, GroupStatusChangeRecord[]>> {
    return statusHistoryFor(this.client, scope, groupIds);
  }

  followUpsFor(scope: Scope, groupIds: readonly string[]): Promise<Map<string, GroupFollowUpRecord[]>> {
    return followUpsFor(this.client, scope, groupIds);
  }

  changesFor(scope: Scope, groupIds: readonly string[]): Promise<Map<string, GroupChangeRecord[]>> {
    return changesFor(this.client, scope, groupIds);
  }

  private async write<T>(work: (tx: DbClient) => Promise<T>): Promise<T> {
    try {
      return await atomically(this.client, this.inTransaction, work);
    } catch (error) {
      translateWriteError(error);
    }
  }

  /** Keyset pagination: one statement for the page, its total and, if asked, the counts per status. */
  private async page<P extends GroupProjection>(
    where: Prisma.Sql,
    statusWhere: Prisma.Sql,
    order: GroupListOrder,
    { first, after, filter }: PageOptions,
    { totals, statusCounts, projection }: { totals: boolean; statusCounts: boolean; projection: P },
  ): Promise<{ page: Page<GroupProjections[P]>; statusCounts: GroupStatusCount[] }> {
    assertPageSize(first, MAX_GROUP_PAGE_SIZE);
    const cursor = after ? decodeGroupCursor(after, order) : null;
    const result = await listGroups(this.sql, {
      where,
      statusWhere,
      order,
      // One extra row tells whether another page follows, without a second query.
      limit: first === 0 ? 0 : first + 1,
      cursor,
      statusCounts,
      countsFromTotals: totals,
      search: Boolean(filter?.search?.trim()),
      projection,
    });
    const page = pageOf(
      result.rows,
      first,
      result.totalCount,
      (row) => row,
      (node) => encodeGroupCursor(node, order),
    );
    return { page, statusCounts: result.statusCounts };
  }
}
