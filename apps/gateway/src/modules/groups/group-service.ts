import { randomBytes } from 'node:crypto';
import type { Database, GroupProjection, GroupRecord } from '@selvhjelp/db';
import type { GroupData, GroupStatus, IsoDate } from '@selvhjelp/domain';
import {
  FOLLOW_UP_SOON_DAYS,
  addDays,
  diffGroupData,
  findMunicipality,
  followUpDueAfter,
  followUpDueOnStatusChange,
  groupDataSnapshot,
  groupInputSchema,
  groupSlug,
  initialFollowUpDue,
  makeFollowUpSchema,
  makeStatusChangeSchema,
  scopeIncludes,
  todayIn,
} from '@selvhjelp/domain';
import { withDataErrors } from '../../kernel/data-errors.js';
import { badUserInput, conflict, notFound, parseInput } from '../../kernel/errors.js';
import type { Viewer } from '../../kernel/policy.js';
import { districtWriteScope, readScope } from '../../kernel/policy.js';
import type { GroupFilterArgs } from './group-filter.js';
import { parseGroupFilter, parseGroupOrder } from './group-filter.js';
import { groupedLoader, loaded, recordLoader } from '../../kernel/loaders.js';
import { pageSize } from '../../kernel/pagination.js';
import type { ReadPath } from '../../kernel/read-path.js';

const STALE = 'GROUP_STALE';

/** Extracts the editable fields of a stored group, for diffs and exports. */
export function groupDataOf(record: GroupRecord): GroupData {
  const { venue } = record;
  return {
    name: record.name,
    description: record.description,
    themeIds: record.themeIds,
    targetGroup: record.targetGroup,
    municipalityNumber: record.municipalityNumber,
    districtId: record.districtId,
    format: record.format,
    venue: venue
      ? {
          name: venue.name,
          streetAddress: venue.streetAddress,
          postalCode: venue.postalCode,
          postalPlace: venue.postalPlace,
          stepFreeAccess: venue.stepFreeAccess,
          hearingLoop: venue.hearingLoop,
          accessibilityNotes: venue.accessibilityNotes,
        }
      : null,
    meetingUrl: record.meetingUrl,
    languages: record.languages,
    openForNewMembers: record.openForNewMembers,
    maxSize: record.maxSize,
    schedule: record.schedule,
  };
}

export function newGroupSlug(data: Pick<GroupData, 'name' | 'municipalityNumber'>): string {
  const municipality = findMunicipality(data.municipalityNumber)?.name ?? '';
  return groupSlug(data.name, municipality, randomBytes(3).toString('hex'));
}

/** The district's registry of self-help groups: reading for everyone in scope, writing for district staff. */
export class GroupService {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly read: ReadPath,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private readonly loaders = {
    group: recordLoader((ids) => this.db.repositories.groups.findByIds(readScope(this.viewer), ids)),
    statusHistory: groupedLoader((ids) => this.db.repositories.groups.statusHistoryFor(readScope(this.viewer), ids)),
    followUps: groupedLoader((ids) => this.db.repositories.groups.followUpsFor(readScope(this.viewer), ids)),
    changes: groupedLoader((ids) => this.db.repositories.groups.changesFor(readScope(this.viewer), ids)),
  };

  private today(): IsoDate {
    return todayIn(this.now());
  }

  /**
   * One page of the registry, its total and the per-status counts, in one statement: the groups
   * as full records, or as summaries when the caller shows no more (`projection`, decision 0043).
   */
  async list(
    args: {
      filter?: GroupFilterArgs | null;
      orderBy?: unknown;
      first?: number | null;
      after?: string | null;
    },
    projection: GroupProjection = 'record',
  ) {
    const scope = readScope(this.viewer);
    const options = {
      filter: parseGroupFilter(args.filter),
      order: parseGroupOrder(args.orderBy),
      first: pageSize(args.first),
      after: args.after ?? undefined,
    };
    if (projection === 'summary') {
      const { statusCounts, ...page } = await this.db.repositories.groups.listWithStatusCounts(
        scope,
        options,
        'summary',
      );
      return { ...page, nodes: await this.read.pass('groupSummary', page.nodes, 'list', 'groups'), statusCounts };
    }
    const { statusCounts, ...page } = await this.db.repositories.groups.listWithStatusCounts(scope, options);
    return { ...page, nodes: await this.read.pass('group', page.nodes, 'list', 'groups'), statusCounts };
  }

  /** A group of another district answers exactly like a missing one. */
  async get(id: string): Promise<GroupRecord> {
    return this.read.one('group', await this.find(id), 'byId', 'group');
  }

  /** A group another record points to; null when out of scope. */
  async nested(id: string, via: string): Promise<GroupRecord | null> {
    return this.read.maybe('group', await this.loaders.group.load(id), 'nested', via);
  }

  async nestedMany(ids: readonly string[], via: string): Promise<GroupRecord[]> {
    return this.read.pass('group', loaded(await this.loaders.group.loadMany(ids)), 'nested', via);
  }

  async statusHistory(groupId: string) {
    return this.read.pass(
      'groupStatusChange',
      await this.loaders.statusHistory.load(groupId),
      'nested',
      'Group.statusHistory',
    );
  }

  async followUps(groupId: string) {
    return this.read.pass('groupFollowUp', await this.loaders.followUps.load(groupId), 'nested', 'Group.followUps');
  }

  async history(groupId: string) {
    return this.read.pass('groupChange', await this.loaders.changes.load(groupId), 'nested', 'Group.history');
  }

  private async find(id: string): Promise<GroupRecord> {
    const [group] = await this.db.repositories.groups.findByIds(readScope(this.viewer), [id]);
    if (!group) throw notFound('GROUP_NOT_FOUND');
    return group;
  }

  async followUpsDue(
    before: IsoDate | null | undefined,
    districtId: string | null | undefined,
  ): Promise<GroupRecord[]> {
    const scope = readScope(this.viewer);
    const due = await this.db.repositories.groups.followUpsDue(scope, {
      before: before ?? addDays(this.today(), FOLLOW_UP_SOON_DAYS),
      districtId: districtId ?? undefined,
    });
    return this.read.pass('group', due, 'list', 'groupFollowUpsDue');
  }

  async create(input: { group: unknown }): Promise<GroupRecord> {
    const scope = districtWriteScope(this.viewer);
    const data = parseInput(groupInputSchema, input.group, 'input.group');
    this.assertInScope(data);
    const today = this.today();
    const created = await this.db.repositories.groups.create(scope, {
      data,
      slug: newGroupSlug(data),
      status: 'IDEA',
      nextFollowUpDue: initialFollowUpDue(data.schedule.startDate),
      statusReason: 'Registrert',
      changeKind: 'CREATED',
      fields: groupDataSnapshot(data),
      actorId: this.viewer.user.id,
      now: this.now(),
      today,
    });
    return this.read.one('group', created, 'byId', 'createGroup');
  }

  async update(input: { id: string; version: number; group: unknown }): Promise<GroupRecord> {
    const scope = districtWriteScope(this.viewer);
    const current = await this.find(input.id);
    const data = parseInput(groupInputSchema, input.group, 'input.group');
    this.assertInScope(data);
    const fields = diffGroupData(groupDataOf(current), data);
    const updated = await withDataErrors(
      () =>
        this.db.repositories.groups.update(scope, current.id, input.version, {
          data,
          fields,
          actorId: this.viewer.user.id,
          now: this.now(),
        }),
      { stale: STALE },
    );
    if (!updated) throw notFound('GROUP_NOT_FOUND');
    return this.read.one('group', updated, 'byId', 'updateGroup');
  }

  async changeStatus(input: {
    id: string;
    version: number;
    status: GroupStatus;
    reason: string;
    effectiveDate?: IsoDate | null;
  }) {
    const scope = districtWriteScope(this.viewer);
    const current = await this.find(input.id);
    const today = this.today();
    const change = parseInput(makeStatusChangeSchema(today, current.status), input, 'input');
    const changed = await withDataErrors(
      () =>
        this.db.transaction(async (tx) => {
          const updated = await tx.groups.changeStatus(scope, current.id, input.version, {
            to: change.status,
            reason: change.reason,
            effectiveDate: change.effectiveDate,
            nextFollowUpDue: followUpDueOnStatusChange(current.nextFollowUpDue, change.status, today),
            actorId: this.viewer.user.id,
            now: this.now(),
          });
          // A running group is on its own: its facilitators withdraw (kept as history), as when it closes.
          if (updated && (change.status === 'RUNNING' || change.status === 'CLOSED')) {
            await tx.facilitators.endAssignmentsForGroup(scope, updated.id, change.effectiveDate);
          }
          return updated;
        }),
      { stale: STALE },
    );
    if (!changed) throw notFound('GROUP_NOT_FOUND');
    return this.read.one('group', changed, 'byId', 'changeGroupStatus');
  }

  async registerFollowUp(input: { id: string; date: IsoDate; note: string; nextFollowUpDue?: IsoDate | null }) {
    const scope = districtWriteScope(this.viewer);
    const current = await this.find(input.id);
    if (current.status === 'CLOSED') throw conflict('GROUP_CLOSED', 'input.id');
    const followUp = parseInput(makeFollowUpSchema(this.today()), input, 'input');
    const updated = await this.db.repositories.groups.registerFollowUp(scope, current.id, {
      date: followUp.date,
      note: followUp.note,
      nextFollowUpDue: followUp.nextFollowUpDue ?? followUpDueAfter(followUp.date, current.status),
      actorId: this.viewer.user.id,
      now: this.now(),
    });
    if (!updated) throw notFound('GROUP_NOT_FOUND');
    return this.read.one('group', updated, 'byId', 'registerGroupFollowUp');
  }

  private assertInScope(data: GroupData): void {
    if (!scopeIncludes(readScope(this.viewer), data.districtId)) {
      throw badUserInput('input.group.municipalityNumber', 'MUNICIPALITY_OTHER_DISTRICT');
    }
  }
}
