import type { Database, FacilitatorAssignmentRecord, FacilitatorRecord } from '@selvhjelp/db';
import type { IsoDate, TrainingRuleCode } from '@selvhjelp/domain';
import {
  addDays,
  FACILITATOR_AVAILABILITIES,
  QUALIFICATION_STATUSES,
  facilitatorAssignmentRefusal,
  facilitatorConsentSchema,
  facilitatorInputSchema,
  findMunicipality,
  isIsoDate,
  isThemeId,
  scopeIncludes,
  todayIn,
} from '@selvhjelp/domain';
import { z } from 'zod';
import { badUserInput, notFound, parseInput } from '../../kernel/errors.js';
import type { Viewer } from '../../kernel/policy.js';
import { districtLeadScope, districtWriteScope, readScope } from '../../kernel/policy.js';
import { loaded, groupedLoader, recordLoader } from '../../kernel/loaders.js';
import { pageSize } from '../../kernel/pagination.js';
import type { ReadPath } from '../../kernel/read-path.js';
import type { RefusalPlaces } from '../../kernel/data-errors.js';
import { refusedAt, withDataErrors } from '../../kernel/data-errors.js';

const STALE = 'FACILITATOR_STALE';

// Which argument each refusal of the assignment rule is about; a second assignment conflicts with what is there.
const PLACES: RefusalPlaces<TrainingRuleCode> = {
  FACILITATOR_FORGOTTEN: 'input.facilitatorId',
  FACILITATOR_OTHER_DISTRICT: 'input.facilitatorId',
  FACILITATOR_NOT_QUALIFIED: 'input.facilitatorId',
  ALREADY_ASSIGNED: { field: 'input.facilitatorId', code: 'CONFLICT' },
  GROUP_NOT_STARTING: 'input.groupId',
  GROUP_HAS_ENOUGH_FACILITATORS: 'input.groupId',
};

const filterSchema = z.object({
  statuses: z.array(z.enum(QUALIFICATION_STATUSES)).nullish(),
  municipalityNumbers: z
    .array(z.string().refine((number) => Boolean(findMunicipality(number)), { message: 'UNKNOWN_MUNICIPALITY_NUMBER' }))
    .nullish(),
  availabilities: z.array(z.enum(FACILITATOR_AVAILABILITIES)).nullish(),
  themeIds: z.array(z.string().refine(isThemeId, { message: 'UNKNOWN_THEME' })).nullish(),
  search: z.string().trim().max(200, { message: 'SEARCH_TOO_LONG' }).nullish(),
});

/** The district's network of facilitators (igangsettere). */
export class FacilitatorService {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly read: ReadPath,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private readonly loaders = {
    facilitator: recordLoader((ids) =>
      this.db.repositories.facilitators.findByIds(readScope(this.viewer), ids, { today: this.today() }),
    ),
    assignmentsOfFacilitator: groupedLoader((ids) =>
      this.db.repositories.facilitators.assignmentsFor(readScope(this.viewer), ids),
    ),
    assignmentsOfGroup: groupedLoader((ids) =>
      this.db.repositories.facilitators.assignmentsForGroups(readScope(this.viewer), ids),
    ),
    trainingHistory: groupedLoader((ids) =>
      this.db.repositories.facilitators.trainingHistoryFor(readScope(this.viewer), ids),
    ),
  };

  private today(): IsoDate {
    return todayIn(this.now());
  }

  async list(args: { filter?: unknown; first?: number | null; after?: string | null }) {
    const filter = parseInput(filterSchema, args.filter ?? {}, 'filter');
    const page = await this.db.repositories.facilitators.list(readScope(this.viewer), {
      filter: {
        statuses: filter.statuses?.length ? filter.statuses : undefined,
        municipalityNumbers: filter.municipalityNumbers?.length ? filter.municipalityNumbers : undefined,
        availabilities: filter.availabilities?.length ? filter.availabilities : undefined,
        themeIds: filter.themeIds?.length ? filter.themeIds : undefined,
        search: filter.search || undefined,
      },
      first: pageSize(args.first),
      after: args.after ?? undefined,
      today: this.today(),
    });
    return { ...page, nodes: await this.read.pass('facilitator', page.nodes, 'list', 'facilitators') };
  }

  /** Another district's facilitator answers exactly like a missing one. */
  async get(id: string): Promise<FacilitatorRecord> {
    return this.read.one('facilitator', await this.find(id), 'byId', 'facilitator');
  }

  /** A facilitator another record points to (an enrolment, an assignment, an outcome); null when out of scope. */
  async nested(id: string, via: string): Promise<FacilitatorRecord | null> {
    return this.read.maybe('facilitator', await this.loaders.facilitator.load(id), 'nested', via);
  }

  async nestedMany(ids: readonly string[], via: string): Promise<FacilitatorRecord[]> {
    return this.read.pass('facilitator', loaded(await this.loaders.facilitator.loadMany(ids)), 'nested', via);
  }

  async assignmentsOfFacilitator(facilitatorId: string): Promise<FacilitatorAssignmentRecord[]> {
    return this.read.pass(
      'facilitatorAssignment',
      await this.loaders.assignmentsOfFacilitator.load(facilitatorId),
      'nested',
      'Facilitator.assignments',
    );
  }

  async assignmentsOfGroup(groupId: string): Promise<FacilitatorAssignmentRecord[]> {
    return this.read.pass(
      'facilitatorAssignment',
      await this.loaders.assignmentsOfGroup.load(groupId),
      'nested',
      'Group.facilitatorAssignments',
    );
  }

  /** The facilitator's own course summary: an edge of a facilitator that passed the read path, and passing it too. */
  async trainingHistory(facilitatorId: string) {
    return this.read.pass(
      'trainingHistoryEntry',
      await this.loaders.trainingHistory.load(facilitatorId),
      'nested',
      'Facilitator.trainingHistory',
    );
  }

  private async find(id: string): Promise<FacilitatorRecord> {
    const [facilitator] = await this.db.repositories.facilitators.findByIds(readScope(this.viewer), [id], {
      today: this.today(),
    });
    if (!facilitator) throw notFound('FACILITATOR_NOT_FOUND');
    return facilitator;
  }

  async create(input: { facilitator: unknown; consent: unknown }): Promise<FacilitatorRecord> {
    const scope = districtWriteScope(this.viewer);
    const data = parseInput(facilitatorInputSchema, input.facilitator, 'input.facilitator');
    const consent = parseInput(facilitatorConsentSchema, input.consent, 'input.consent');
    if (consent.givenOn > this.today()) throw badUserInput('input.consent.givenOn', 'CONSENT_DATE_IN_FUTURE');
    this.assertInScope(data.districtId, 'input.facilitator.municipalityNumber');
    return this.read.one(
      'facilitator',
      await this.db.repositories.facilitators.create(scope, { data, consent, now: this.now() }),
      'byId',
      'createFacilitator',
    );
  }

  async update(input: { id: string; version: number; facilitator: unknown }): Promise<FacilitatorRecord> {
    const scope = districtWriteScope(this.viewer);
    const current = await this.find(input.id);
    const data = parseInput(facilitatorInputSchema, input.facilitator, 'input.facilitator');
    this.assertInScope(data.districtId, 'input.facilitator.municipalityNumber');
    const updated = await withDataErrors(
      () => this.db.repositories.facilitators.update(scope, current.id, input.version, { data, now: this.now() }),
      { stale: STALE },
    );
    if (!updated) throw notFound('FACILITATOR_NOT_FOUND');
    return this.read.one('facilitator', updated, 'byId', 'updateFacilitator');
  }

  /** Removes the personal fields at the facilitator's request; anonymous counts stay. */
  async forget(id: string): Promise<FacilitatorRecord> {
    const scope = districtWriteScope(this.viewer);
    const current = await this.find(id);
    const forgotten = await this.db.repositories.facilitators.forget(scope, current.id, this.now());
    if (!forgotten) throw notFound('FACILITATOR_NOT_FOUND');
    return this.read.one('facilitator', forgotten, 'byId', 'forgetFacilitator');
  }

  async assign(input: {
    facilitatorId: string;
    groupId: string;
    role?: string | null;
    fromDate?: string | null;
  }): Promise<FacilitatorAssignmentRecord> {
    const scope = districtWriteScope(this.viewer);
    const role = (input.role ?? '').trim() || 'igangsetter';
    if (role.length > 100) throw badUserInput('input.role', 'ROLE_TOO_LONG', { maximum: 100 });
    const fromDate = input.fromDate ?? this.today();
    if (!isIsoDate(fromDate)) throw badUserInput('input.fromDate', 'INVALID_DATE');
    await this.find(input.facilitatorId);
    const assignment = { facilitatorId: input.facilitatorId, groupId: input.groupId, role, fromDate };
    // The facts are read under the group's row lock, so the rule and the write see the same state.
    const created = await this.db.transaction(async (repos) => {
      const facts = await repos.facilitators.assignmentFacts(scope, assignment);
      if (!facts) return null;
      const refusal = facilitatorAssignmentRefusal(facts);
      if (refusal) throw refusedAt(refusal, PLACES);
      return repos.facilitators.createAssignment(assignment);
    });
    if (!created) throw notFound('GROUP_NOT_FOUND');
    return this.read.one('facilitatorAssignment', created, 'byId', 'assignFacilitator');
  }

  async attention(districtId: string | null | undefined) {
    const scope = readScope(this.viewer);
    if (districtId && !scopeIncludes(scope, districtId)) throw notFound('DISTRICT_NOT_FOUND');
    const attention = await this.db.repositories.facilitators.needsAttention(scope, this.today());
    const inDistrict = <T extends { districtId: string }>(rows: T[]) =>
      districtId ? rows.filter((row) => row.districtId === districtId) : rows;
    return {
      lapsingSoon: await this.read.pass(
        'facilitator',
        inDistrict(attention.lapsingSoon),
        'list',
        'FacilitatorAttention.lapsingSoon',
      ),
      inactive: await this.read.pass(
        'facilitator',
        inDistrict(attention.inactive),
        'list',
        'FacilitatorAttention.inactive',
      ),
      startingTooLong: inDistrict(attention.startingTooLong),
    };
  }

  /**
   * The district home's short list: facilitators qualified today whose qualification lapses
   * within `days`, soonest first; the first `first` of them, with the count of all.
   */
  async lapsingShortList(districtId: string, days: number, first: number, via: string) {
    const scope = readScope(this.viewer);
    if (!scopeIncludes(scope, districtId)) throw notFound('DISTRICT_NOT_FOUND');
    const today = this.today();
    const lapsing = await this.db.repositories.facilitators.lapsingBy(scope, districtId, today, addDays(today, days));
    return {
      totalCount: lapsing.length,
      items: await this.read.pass('facilitator', lapsing.slice(0, first), 'list', via),
    };
  }

  async settings(districtId: string | null | undefined) {
    const scope = readScope(this.viewer);
    const id = districtId ?? this.viewer.user.districtId;
    if (!id || !scopeIncludes(scope, id)) throw notFound('DISTRICT_NOT_FOUND');
    const setting = await this.db.repositories.districtSettings.get(scope, id);
    if (!setting) throw notFound('DISTRICT_NOT_FOUND');
    return setting;
  }

  async setRefresherInterval(months: number) {
    const scope = districtLeadScope(this.viewer);
    if (!Number.isInteger(months) || months < 1 || months > 120) {
      throw badUserInput('months', 'INTERVAL_MONTHS_RANGE');
    }
    return this.db.repositories.districtSettings.setRefresherInterval(scope, this.viewer.user.districtId!, months);
  }

  private assertInScope(districtId: string, field: string): void {
    if (!scopeIncludes(readScope(this.viewer), districtId)) {
      throw badUserInput(field, 'MUNICIPALITY_OTHER_DISTRICT');
    }
  }
}
