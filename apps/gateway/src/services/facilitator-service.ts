import type { Database, FacilitatorAssignmentRecord, FacilitatorRecord } from '@selvhjelp/db';
import type { IsoDate } from '@selvhjelp/domain';
import {
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
import { badUserInput, notFound, parseInput } from '../errors.js';
import type { Viewer } from '../policy.js';
import { districtLeadScope, districtWriteScope, readScope } from '../policy.js';
import { pageSize } from './pagination.js';
import { trainingRefused, translateTrainingErrors } from './training-errors.js';

const STALE = 'FACILITATOR_STALE';

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
    private readonly now: () => Date = () => new Date(),
  ) {}

  private today(): IsoDate {
    return todayIn(this.now());
  }

  async list(args: { filter?: unknown; first?: number | null; after?: string | null }) {
    const filter = parseInput(filterSchema, args.filter ?? {}, 'filter');
    return this.db.repositories.facilitators.list(readScope(this.viewer), {
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
  }

  /** Another district's facilitator answers exactly like a missing one. */
  async get(id: string): Promise<FacilitatorRecord> {
    const [facilitator] = await this.db.repositories.facilitators.findByIds(readScope(this.viewer), [id], { today: this.today() });
    if (!facilitator) throw notFound('FACILITATOR_NOT_FOUND');
    return facilitator;
  }

  async create(input: { facilitator: unknown; consent: unknown }): Promise<FacilitatorRecord> {
    const scope = districtWriteScope(this.viewer);
    const data = parseInput(facilitatorInputSchema, input.facilitator, 'input.facilitator');
    const consent = parseInput(facilitatorConsentSchema, input.consent, 'input.consent');
    if (consent.givenOn > this.today()) throw badUserInput('input.consent.givenOn', 'CONSENT_DATE_IN_FUTURE');
    this.assertInScope(data.districtId, 'input.facilitator.municipalityNumber');
    return this.db.repositories.facilitators.create(scope, { data, consent, now: this.now() });
  }

  async update(input: { id: string; version: number; facilitator: unknown }): Promise<FacilitatorRecord> {
    const scope = districtWriteScope(this.viewer);
    const current = await this.get(input.id);
    const data = parseInput(facilitatorInputSchema, input.facilitator, 'input.facilitator');
    this.assertInScope(data.districtId, 'input.facilitator.municipalityNumber');
    const updated = await translateTrainingErrors(
      () => this.db.repositories.facilitators.update(scope, current.id, input.version, { data, now: this.now() }),
      STALE,
    );
    if (!updated) throw notFound('FACILITATOR_NOT_FOUND');
    return updated;
  }

  /** Removes the personal fields at the facilitator's request; anonymous counts stay. */
  async forget(id: string): Promise<FacilitatorRecord> {
    const scope = districtWriteScope(this.viewer);
    const current = await this.get(id);
    const forgotten = await this.db.repositories.facilitators.forget(scope, current.id, this.now());
    if (!forgotten) throw notFound('FACILITATOR_NOT_FOUND');
    return forgotten;
  }

  async assign(input: { facilitatorId: string; groupId: string; role?: string | null; fromDate?: string | null }): Promise<FacilitatorAssignmentRecord> {
    const scope = districtWriteScope(this.viewer);
    const role = (input.role ?? '').trim() || 'igangsetter';
    if (role.length > 100) throw badUserInput('input.role', 'ROLE_TOO_LONG', { maximum: 100 });
    const fromDate = input.fromDate ?? this.today();
    if (!isIsoDate(fromDate)) throw badUserInput('input.fromDate', 'INVALID_DATE');
    await this.get(input.facilitatorId);
    const assignment = { facilitatorId: input.facilitatorId, groupId: input.groupId, role, fromDate };
    // The facts are read under the group's row lock, so the rule and the write see the same state.
    const created = await this.db.transaction(async (repos) => {
      const facts = await repos.facilitators.assignmentFacts(scope, assignment);
      if (!facts) return null;
      const refusal = facilitatorAssignmentRefusal(facts);
      if (refusal) throw trainingRefused(refusal);
      return repos.facilitators.createAssignment(assignment);
    });
    if (!created) throw notFound('GROUP_NOT_FOUND');
    return created;
  }

  async attention(districtId: string | null | undefined) {
    const scope = readScope(this.viewer);
    if (districtId && !scopeIncludes(scope, districtId)) throw notFound('DISTRICT_NOT_FOUND');
    const attention = await this.db.repositories.facilitators.needsAttention(scope, this.today());
    if (!districtId) return attention;
    return {
      lapsingSoon: attention.lapsingSoon.filter((facilitator) => facilitator.districtId === districtId),
      inactive: attention.inactive.filter((facilitator) => facilitator.districtId === districtId),
      startingTooLong: attention.startingTooLong.filter((group) => group.districtId === districtId),
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
