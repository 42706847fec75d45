import type { ActivityListFilter, ActivityOutcomeRecord, Database, OutreachActivityRecord } from '@selvhjelp/db';
import type { ActivityParticipantFacts, DistrictId, IsoDate, NetworkRuleCode, Scope } from '@selvhjelp/domain';
import {
  UUID_PATTERN,
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  AUDIENCE_TYPES,
  activitiesToCsv,
  activitiesToICalendar,
  activityInputSchema,
  activityParticipantsRefusal,
  networkRefusal,
  outcomeRefusal,
  addDays,
  findDistrict,
  isDistrictId,
  isIsoDate,
  outcomeInputSchema,
  scopeIncludes,
  todayIn,
} from '@selvhjelp/domain';
import { z } from 'zod';
import { badUserInput, notFound, parseInput } from '../../kernel/errors.js';
import type { Viewer } from '../../kernel/policy.js';
import { districtWriteScope, readScope } from '../../kernel/policy.js';
import type { RefusalPlaces } from '../../kernel/data-errors.js';
import { refusedAt, withDataErrors } from '../../kernel/data-errors.js';
import { groupedLoader, recordLoader } from '../../kernel/loaders.js';
import { pageSize } from '../../kernel/pagination.js';
import type { ReadPath } from '../../kernel/read-path.js';

const STALE = 'ACTIVITY_STALE';

// Which argument each outcome refusal is about; a second link conflicts with the one there.
const OUTCOME_PLACES: RefusalPlaces<NetworkRuleCode> = {
  ACTIVITY_NOT_COMPLETED: 'input.activityId',
  OUTCOME_TARGET_NOT_FOUND: 'input.targetId',
  OUTCOME_ALREADY_LINKED: { field: 'input.targetId', code: 'CONFLICT' },
};

/** Where the staff and partner refusals of an activity form point (`prefix` is the activity argument). */
const participantPlaces = (prefix: string): RefusalPlaces<NetworkRuleCode> => ({
  STAFF_NOT_IN_DISTRICT: `${prefix}.staffUserIds`,
  PARTNER_NOT_IN_DISTRICT: `${prefix}.partnerIds`,
});
/** How far back the staff calendar reaches. */
const CALENDAR_DAYS_BACK = 30;

const filterSchema = z
  .object({
    types: z.array(z.enum(ACTIVITY_TYPES)).nullish(),
    statuses: z.array(z.enum(ACTIVITY_STATUSES)).nullish(),
    from: z.string().refine(isIsoDate, { message: 'INVALID_DATE' }).nullish(),
    to: z.string().refine(isIsoDate, { message: 'INVALID_DATE' }).nullish(),
    partnerId: z.string().regex(UUID_PATTERN, { message: 'UNKNOWN_PARTNER' }).nullish(),
    audiences: z.array(z.enum(AUDIENCE_TYPES)).nullish(),
    districtId: z.string().refine(isDistrictId, { message: 'UNKNOWN_DISTRICT' }).nullish(),
    search: z.string().trim().max(200, { message: 'SEARCH_TOO_LONG' }).nullish(),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    path: ['to'],
    message: 'DATE_RANGE_REVERSED',
  });

/** The `ActivityFilter` argument as the repository takes it; unknown values are refused. */
export function parseActivityFilter(value: unknown): ActivityListFilter {
  const parsed = parseInput(filterSchema, value ?? {}, 'filter');
  return {
    types: parsed.types?.length ? parsed.types : undefined,
    statuses: parsed.statuses?.length ? parsed.statuses : undefined,
    from: parsed.from ?? undefined,
    to: parsed.to ?? undefined,
    partnerId: parsed.partnerId?.toLowerCase() ?? undefined,
    audiences: parsed.audiences?.length ? parsed.audiences : undefined,
    districtId: parsed.districtId ?? undefined,
    search: parsed.search || undefined,
  };
}

/**
 * The outreach log: activities, what came of them, totals, the CSV export, the staff calendar and
 * the network map. List, totals and export share one filter, so their numbers agree.
 */
export class OutreachService {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly read: ReadPath,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private readonly loaders = {
    activity: recordLoader((ids) => this.repo.findByIds(readScope(this.viewer), ids)),
    outcomesOfActivity: groupedLoader((ids) => this.repo.outcomesFor(readScope(this.viewer), ids)),
    activitiesOfPartner: groupedLoader((ids) => this.repo.activitiesOfPartners(readScope(this.viewer), ids)),
    groupsStartedWithPartner: groupedLoader((ids) => this.repo.groupsStartedWithPartners(readScope(this.viewer), ids)),
    originActivitiesOfGroup: groupedLoader((ids) => this.repo.originActivitiesOfGroups(readScope(this.viewer), ids)),
  };

  /** An activity another record points to; null when out of scope. */
  async nested(id: string, via: string): Promise<OutreachActivityRecord | null> {
    return this.read.maybe('outreachActivity', await this.loaders.activity.load(id), 'nested', via);
  }

  async outcomesOf(activityId: string): Promise<ActivityOutcomeRecord[]> {
    return this.read.pass(
      'activityOutcome',
      await this.loaders.outcomesOfActivity.load(activityId),
      'nested',
      'OutreachActivity.outcomes',
    );
  }

  async activitiesOfPartner(partnerId: string): Promise<OutreachActivityRecord[]> {
    return this.read.pass(
      'outreachActivity',
      await this.loaders.activitiesOfPartner.load(partnerId),
      'nested',
      'Partner.activities',
    );
  }

  /** Ids of the groups started together with the partner, by group name; the groups service reads them. */
  groupIdsStartedWithPartner(partnerId: string): Promise<string[]> {
    return this.loaders.groupsStartedWithPartner.load(partnerId);
  }

  async originActivitiesOfGroup(groupId: string): Promise<OutreachActivityRecord[]> {
    return this.read.pass(
      'outreachActivity',
      await this.loaders.originActivitiesOfGroup.load(groupId),
      'nested',
      'Group.originActivities',
    );
  }

  private get repo() {
    return this.db.repositories.outreach;
  }

  private today(): IsoDate {
    return todayIn(this.now());
  }

  /** A filter's districtId only narrows: district staff naming another district get nothing, as for groups. */
  private filter(value: unknown): ActivityListFilter {
    return parseActivityFilter(value);
  }

  async list(args: { filter?: unknown; first?: number | null; after?: string | null }) {
    const filter = this.filter(args.filter);
    const page = await withDataErrors(() =>
      this.repo.list(readScope(this.viewer), { filter, first: pageSize(args.first), after: args.after ?? undefined }),
    );
    return { ...page, nodes: await this.read.pass('outreachActivity', page.nodes, 'list', 'outreachActivities') };
  }

  async get(id: string): Promise<OutreachActivityRecord> {
    const [activity] = await this.repo.findByIds(readScope(this.viewer), [id]);
    if (!activity) throw notFound('ACTIVITY_NOT_FOUND');
    return this.read.one('outreachActivity', activity, 'byId', 'outreachActivity');
  }

  async totals(filter: unknown) {
    return this.repo.totals(readScope(this.viewer), this.filter(filter));
  }

  /** The activities as CSV, newest first; names of partners and staff resolved in two queries. */
  async csv(filter: unknown): Promise<string> {
    const scope = readScope(this.viewer);
    const activities = await this.read.pass(
      'outreachActivity',
      await this.repo.listAll(scope, this.filter(filter)),
      'export',
      'outreachActivitiesCsv',
    );
    const staffIds = [...new Set(activities.flatMap((activity) => activity.staffUserIds))];
    const [partnerName, staff, outcomes] = await Promise.all([
      this.partnerNames(scope, activities),
      staffIds.length ? this.db.repositories.staffUsers.findByIds({ kind: 'national' }, staffIds) : [],
      activities.length
        ? this.repo.outcomesFor(
            scope,
            activities.map((activity) => activity.id),
          )
        : new Map<string, unknown[]>(),
    ]);
    const staffName = new Map(staff.flatMap((user) => (user ? [[user.id, user.name] as const] : [])));
    const names = (ids: readonly string[], byId: Map<string, string>) =>
      ids.flatMap((id) => byId.get(id) ?? []).sort((a, b) => a.localeCompare(b, 'nb'));
    return activitiesToCsv(
      activities.map((activity) => ({
        ...activity,
        partnerNames: names(activity.partnerIds, partnerName),
        staffNames: names(activity.staffUserIds, staffName),
        outcomeCount: outcomes.get(activity.id)?.length ?? 0,
      })),
    );
  }

  /** Planned activities from 30 days back; cancelled ones too, marked, so calendars drop them. */
  async calendar(districtId: string | null | undefined, publicBaseUrl: string): Promise<string> {
    const scope = readScope(this.viewer);
    const id = this.districtOf(districtId);
    const listed = await this.repo.listAll(scope, {
      districtId: id,
      statuses: ['PLANNED', 'CANCELLED'],
      from: addDays(this.today(), -CALENDAR_DAYS_BACK),
    });
    const activities = await this.read.pass('outreachActivity', listed, 'export', 'outreachCalendar');
    const partnerName = await this.partnerNames(scope, activities);
    return activitiesToICalendar(
      `Utadrettet arbeid – ${findDistrict(id)?.name ?? id}`,
      [...activities].reverse().map((activity) => {
        const names = activity.partnerIds.flatMap((partnerId) => partnerName.get(partnerId) ?? []);
        return {
          ...activity,
          description:
            [names.length ? `Samarbeidspartnere: ${names.join(', ')}` : '', activity.notes ?? '']
              .filter(Boolean)
              .join('\n\n') || null,
          url: `${publicBaseUrl}/${activity.districtId}/aktiviteter/${activity.id}`,
        };
      }),
      { now: this.now() },
    );
  }

  /** The names of the partners of these activities, by id, in one query. */
  private async partnerNames(
    scope: Scope,
    activities: readonly OutreachActivityRecord[],
  ): Promise<Map<string, string>> {
    const ids = [...new Set(activities.flatMap((activity) => activity.partnerIds))];
    const partners = ids.length ? await this.db.repositories.partners.findByIds(scope, ids) : [];
    return new Map(partners.flatMap((partner) => (partner ? [[partner.id, partner.name] as const] : [])));
  }

  async networkMap(districtId: string | null | undefined) {
    const id = this.districtOf(districtId);
    const map = await this.repo.networkMap(readScope(this.viewer), id);
    if (!map) throw notFound('DISTRICT_NOT_FOUND');
    return map;
  }

  async create(input: unknown): Promise<OutreachActivityRecord> {
    const scope = districtWriteScope(this.viewer);
    const data = this.parseActivity(input, 'activity');
    const districtId = this.viewer.user.districtId!;
    // Staff and partners are checked in the write's transaction, so one deactivated meanwhile cannot slip in.
    const created = await this.db.transaction(async (repos) => {
      this.checkParticipants(
        await repos.outreach.participantFacts(districtId, data.staffUserIds, data.partnerIds),
        'activity',
      );
      return repos.outreach.create(scope, { districtId, data, now: this.now(), actorId: this.viewer.user.id });
    });
    return this.read.one('outreachActivity', created, 'byId', 'createOutreachActivity');
  }

  async update(input: { id: string; version: number; activity: unknown }): Promise<OutreachActivityRecord> {
    const scope = districtWriteScope(this.viewer);
    const data = this.parseActivity(input.activity, 'input.activity');
    const updated = await withDataErrors(
      () =>
        this.db.transaction(async (repos) => {
          const districtId = await repos.outreach.districtAt(scope, input.id, input.version);
          if (!districtId) return null;
          this.checkParticipants(
            await repos.outreach.participantFacts(districtId, data.staffUserIds, data.partnerIds),
            'input.activity',
          );
          return repos.outreach.update(input.id, input.version, {
            data,
            now: this.now(),
            actorId: this.viewer.user.id,
          });
        }),
      { stale: STALE },
    );
    if (!updated) throw notFound('ACTIVITY_NOT_FOUND');
    return this.read.one('outreachActivity', updated, 'byId', 'updateOutreachActivity');
  }

  /** An activity entered by mistake; its outcomes go with it. */
  async remove(id: string, version: number): Promise<string> {
    const scope = districtWriteScope(this.viewer);
    const removed = await withDataErrors(() => this.repo.remove(scope, id, version), {
      stale: STALE,
      staleField: 'version',
    });
    if (!removed) throw notFound('ACTIVITY_NOT_FOUND');
    return id;
  }

  async addOutcome(input: { activityId: string; kind: string; targetId: string; note?: string | null }) {
    const scope = districtWriteScope(this.viewer);
    const data = parseInput(
      outcomeInputSchema,
      { kind: input.kind, targetId: input.targetId, note: input.note },
      'input',
    );
    const wanted = { activityId: input.activityId, data, now: this.now() };
    const outcome = await withDataErrors(
      () =>
        this.db.transaction(async (repos) => {
          const facts = await repos.outreach.outcomeFacts(scope, wanted);
          if (!facts) return null;
          const refusal = outcomeRefusal(facts);
          if (refusal) throw refusedAt(refusal, OUTCOME_PLACES);
          return repos.outreach.addOutcome(wanted);
        }),
      // The activity's lock makes this rare; the unique indexes still have the last word.
      { taken: () => refusedAt(networkRefusal('OUTCOME_ALREADY_LINKED'), OUTCOME_PLACES) },
    );
    if (!outcome) throw notFound('ACTIVITY_NOT_FOUND');
    return this.read.one('activityOutcome', outcome, 'byId', 'addActivityOutcome');
  }

  /** Returns the activity the outcome belonged to. */
  async removeOutcome(id: string): Promise<OutreachActivityRecord> {
    const scope = districtWriteScope(this.viewer);
    const activityId = await this.repo.removeOutcome(scope, id);
    if (!activityId) throw notFound('OUTCOME_NOT_FOUND');
    return this.get(activityId);
  }

  private checkParticipants(facts: ActivityParticipantFacts, prefix: string): void {
    const refusal = activityParticipantsRefusal(facts);
    if (refusal) throw refusedAt(refusal, participantPlaces(prefix));
  }

  private parseActivity(input: unknown, prefix: string) {
    const data = parseInput(activityInputSchema, input, prefix);
    if (data.status === 'COMPLETED' && data.date > this.today()) {
      throw badUserInput(`${prefix}.date`, 'COMPLETED_ACTIVITY_IN_FUTURE');
    }
    return data;
  }

  /** National roles name the district; district staff get their own, and another one is NOT_FOUND. */
  private districtOf(districtId: string | null | undefined): DistrictId {
    const id = districtId ?? this.viewer.user.districtId;
    if (!id) throw badUserInput('districtId', 'DISTRICT_REQUIRED');
    if (!isDistrictId(id) || !scopeIncludes(readScope(this.viewer), id)) throw notFound('DISTRICT_NOT_FOUND');
    return id;
  }
}
