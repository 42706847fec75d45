import type { Database, ReferralResourceListFilter, ReferralResourceRecord, Repositories } from '@selvhjelp/db';
import type { DistrictId, ReferralResourceData } from '@selvhjelp/domain';
import {
  REFERRAL_AREA_KINDS,
  REFERRAL_RESOURCE_TYPES,
  districtScope,
  referralResourceInputSchema,
} from '@selvhjelp/domain';
import { z } from 'zod';
import { withDataErrors } from '../../kernel/data-errors.js';
import { badUserInput, notFound, parseInput } from '../../kernel/errors.js';
import { recordLoader } from '../../kernel/loaders.js';
import { pageSize } from '../../kernel/pagination.js';
import type { Viewer } from '../../kernel/policy.js';
import { districtWriteScope, readScope } from '../../kernel/policy.js';
import type { ReadPath } from '../../kernel/read-path.js';

const STALE = 'REFERRAL_RESOURCE_STALE';

const filterSchema = z.object({
  types: z.array(z.enum(REFERRAL_RESOURCE_TYPES)).nullish(),
  areaKinds: z.array(z.enum(REFERRAL_AREA_KINDS)).nullish(),
  municipalityNumber: z.string().trim().nullish(),
  includeArchived: z.boolean().nullish(),
  search: z.string().trim().max(200, { message: 'SEARCH_TOO_LONG' }).nullish(),
});

/**
 * The referral directory (hjelpetilbud): professional help each district recommends. Written by
 * the district's staff; read by them and the national office (it holds no personal data).
 */
export class ReferralResourceService {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly read: ReadPath,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private readonly loaders = {
    resource: recordLoader((ids) => this.repo.findByIds(readScope(this.viewer), ids)),
  };

  private get repo() {
    return this.db.repositories.referralResources;
  }

  /** A resource another record points to (a case's referral); null when out of scope. */
  async nested(id: string, via: string): Promise<ReferralResourceRecord | null> {
    return this.read.maybe('referralResource', await this.loaders.resource.load(id), 'nested', via);
  }

  async list(args: { filter?: unknown; first?: number | null; after?: string | null }) {
    const parsed = parseInput(filterSchema, args.filter ?? {}, 'filter');
    const filter: ReferralResourceListFilter = {
      types: parsed.types?.length ? parsed.types : undefined,
      areaKinds: parsed.areaKinds?.length ? parsed.areaKinds : undefined,
      municipalityNumber: parsed.municipalityNumber || undefined,
      includeArchived: parsed.includeArchived ?? false,
      search: parsed.search || undefined,
    };
    const page = await withDataErrors(() =>
      this.repo.list(readScope(this.viewer), { filter, first: pageSize(args.first), after: args.after ?? undefined }),
    );
    return { ...page, nodes: await this.read.pass('referralResource', page.nodes, 'list', 'referralResources') };
  }

  async get(id: string): Promise<ReferralResourceRecord> {
    const found = await this.repo.findById(readScope(this.viewer), id);
    if (!found) throw notFound('REFERRAL_RESOURCE_NOT_FOUND');
    return this.read.one('referralResource', found, 'byId', 'referralResource');
  }

  async create(input: unknown): Promise<ReferralResourceRecord> {
    const scope = districtWriteScope(this.viewer);
    const data = parseInput(referralResourceInputSchema, input, 'resource');
    const districtId = this.viewer.user.districtId as DistrictId;
    const created = await this.db.transaction(async (repos) => {
      await checkPartner(repos, districtId, data, 'resource.partnerId');
      return repos.referralResources.create(scope, { districtId, data, now: this.now() });
    });
    return this.read.one('referralResource', created, 'byId', 'createReferralResource');
  }

  async update(input: { id: string; version: number; resource: unknown }): Promise<ReferralResourceRecord> {
    const scope = districtWriteScope(this.viewer);
    const data = parseInput(referralResourceInputSchema, input.resource, 'input.resource');
    const updated = await withDataErrors(
      () =>
        this.db.transaction(async (repos) => {
          const districtId = await repos.referralResources.districtAt(scope, input.id, input.version);
          if (!districtId) return null;
          await checkPartner(repos, districtId as DistrictId, data, 'input.resource.partnerId');
          return repos.referralResources.update(scope, input.id, input.version, { data, now: this.now() });
        }),
      { stale: STALE },
    );
    if (!updated) throw notFound('REFERRAL_RESOURCE_NOT_FOUND');
    return this.read.one('referralResource', updated, 'byId', 'updateReferralResource');
  }

  async archive(id: string, version: number): Promise<ReferralResourceRecord> {
    const scope = districtWriteScope(this.viewer);
    const archived = await withDataErrors(() => this.repo.setArchived(scope, id, version, true, this.now()), {
      stale: STALE,
      staleField: 'version',
    });
    if (!archived) throw notFound('REFERRAL_RESOURCE_NOT_FOUND');
    return this.read.one('referralResource', archived, 'byId', 'archiveReferralResource');
  }
}

/** A resource that is a partner names one of the district's own partners. */
async function checkPartner(
  repos: Repositories,
  districtId: DistrictId,
  data: ReferralResourceData,
  field: string,
): Promise<void> {
  if (!data.partnerId) return;
  const [partner] = await repos.partners.findByIds(districtScope(districtId), [data.partnerId]);
  if (partner?.districtId !== districtId) throw badUserInput(field, 'UNKNOWN_PARTNER');
}
