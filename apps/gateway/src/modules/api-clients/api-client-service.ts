import type { ApiClientRecord, ApiUsageCounts, ApiUsageSummary, Database } from '@selvhjelp/db';
import { MAX_USAGE_DAYS, OutOfScopeError } from '@selvhjelp/db';
import DataLoader from 'dataloader';
import {
  DEFAULT_ROTATION_OVERLAP_DAYS,
  apiClientChangeRefusal,
  apiClientExpiryRefusal,
  apiClientInputSchema,
  apiScopeFromEnum,
  rotationOverlapDaysSchema,
  rotationOverlapEnd,
} from '@selvhjelp/domain';
import { z } from 'zod';
import { withDataErrors } from '../../kernel/data-errors.js';
import { badUserInput, conflict, forbidden, notFound, parseInput, refused } from '../../kernel/errors.js';
import type { Viewer } from '../../kernel/policy.js';
import { apiClientAdministrationScope } from '../../kernel/policy.js';
import type { ReadPath } from '../../kernel/read-path.js';
import { generateApiKey, storedSecret } from './api-keys.js';

/** A client with a key that was just made; the key is in no other answer, ever. */
export interface ApiClientKeyModel {
  client: ApiClientRecord;
  key: string;
}

const idSchema = z.string().uuid({ message: 'INVALID_ID' });
const usageDaysSchema = z.number().int().min(1, { message: 'API_USAGE_DAYS_RANGE' }).max(MAX_USAGE_DAYS, {
  message: 'API_USAGE_DAYS_RANGE',
});

/** The usage of a client as the API answers it (`ApiClientUsage`). */
export interface ApiClientUsageModel {
  days: number;
  totals: ApiUsageCounts;
  perDay: { day: string; counts: ApiUsageCounts }[];
  perOperation: { operationName: string | null; counts: ApiUsageCounts }[];
}

const countsOf = ({ requests, rateLimited, errors, pointsSpent }: ApiUsageCounts): ApiUsageCounts => ({
  requests,
  rateLimited,
  errors,
  pointsSpent,
});
const versionSchema = z.number({ message: 'INVALID_VALUE' }).int().min(1);

/** GraphQL's enum values (GROUPS_READ) → the scope strings (groups:read) the domain knows. */
function withScopeStrings(input: Record<string, unknown>): Record<string, unknown> {
  const given: unknown = input.scopes;
  const scopes = Array.isArray(given)
    ? given.map((value: unknown) => (typeof value === 'string' ? (apiScopeFromEnum(value) ?? value) : value))
    : given;
  return { ...input, scopes };
}

/**
 * API clients as staff manage them (issue 14): administrators every client, district leads the
 * clients of their own district. Rules are the domain's; the policy module says who.
 */
export class ApiClientService {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly read: ReadPath,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get scope() {
    return apiClientAdministrationScope(this.viewer);
  }

  // One statement for every client of a list that asks for the same number of days (no N+1).
  private readonly usageLoaders = new Map<number, DataLoader<string, ApiUsageSummary | null>>();

  /**
   * A client's use over the last `days` days (decision 0034), aggregated in SQL. Only for a client
   * the viewer manages (the same scope as the client itself).
   */
  async usage(clientId: string, days: number | null | undefined): Promise<ApiClientUsageModel> {
    const span = parseInput(usageDaysSchema, days ?? 30, 'days');
    let loader = this.usageLoaders.get(span);
    if (!loader) {
      const since = new Date(this.now().getTime() - span * 24 * 3600_000);
      const scope = this.scope;
      loader = new DataLoader(async (ids: readonly string[]) => {
        const found = await this.db.repositories.apiUsage.summaries(scope, ids, since);
        return ids.map((id) => found.get(id) ?? null);
      });
      this.usageLoaders.set(span, loader);
    }
    const summary = await loader.load(clientId);
    if (!summary) throw notFound('API_CLIENT_NOT_FOUND');
    return {
      days: span,
      totals: countsOf(summary),
      perDay: summary.perDay.map((entry) => ({ day: entry.day, counts: countsOf(entry) })),
      perOperation: summary.perOperation.map((entry) => ({
        operationName: entry.operationName,
        counts: countsOf(entry),
      })),
    };
  }

  async list(): Promise<ApiClientRecord[]> {
    return this.read.pass('apiClient', await this.db.repositories.apiClients.list(this.scope), 'list', 'apiClients');
  }

  async get(id: string): Promise<ApiClientRecord> {
    return this.read.one('apiClient', await this.find(id), 'byId', 'apiClient');
  }

  async create(input: Record<string, unknown>): Promise<ApiClientKeyModel> {
    const scope = this.scope;
    const data = parseInput(apiClientInputSchema, withScopeStrings(input), 'input');
    this.assertDistricts(data.districtIds);
    const now = this.now();
    const expiry = apiClientExpiryRefusal(data.expiresAt, now);
    if (expiry) throw refused({ ...expiry, field: `input.${expiry.field}` });
    const key = generateApiKey();
    const client = await this.writing(() =>
      this.db.repositories.apiClients.create(scope, {
        data,
        secret: storedSecret(key),
        createdById: this.viewer.user.id,
        now,
      }),
    );
    return { client: await this.read.one('apiClient', client, 'byId', 'createApiClient'), key };
  }

  async update(input: Record<string, unknown>): Promise<ApiClientRecord> {
    const scope = this.scope;
    const id = parseInput(idSchema, input.id, 'input.id');
    const version = parseInput(versionSchema, input.version, 'input.version');
    const current = await this.find(id);
    // Left out, the organisation number stays (forms that do not show it keep it); null removes it.
    const given =
      input.organisationNumber === undefined ? { ...input, organisationNumber: current.organisationNumber } : input;
    const data = parseInput(apiClientInputSchema, withScopeStrings(given), 'input');
    this.assertDistricts(data.districtIds);
    const now = this.now();
    const change = apiClientChangeRefusal(current);
    if (change) throw conflict(change.reason);
    const expiry = apiClientExpiryRefusal(data.expiresAt, now);
    if (expiry) throw refused({ ...expiry, field: `input.${expiry.field}` });
    const updated = await this.writing(() => this.db.repositories.apiClients.update(scope, id, version, data, now));
    if (!updated) throw notFound('API_CLIENT_NOT_FOUND');
    return this.read.one('apiClient', updated, 'byId', 'updateApiClient');
  }

  async rotate(input: { id: string; version: number; overlapDays?: number | null }): Promise<ApiClientKeyModel> {
    const scope = this.scope;
    const id = parseInput(idSchema, input.id, 'input.id');
    const overlapDays = parseInput(
      rotationOverlapDaysSchema,
      input.overlapDays ?? DEFAULT_ROTATION_OVERLAP_DAYS,
      'input.overlapDays',
    );
    const current = await this.find(id);
    const change = apiClientChangeRefusal(current);
    if (change) throw conflict(change.reason);
    const now = this.now();
    const key = generateApiKey();
    const rotated = await this.writing(() =>
      this.db.repositories.apiClients.rotate(scope, id, input.version, {
        secret: storedSecret(key),
        previousValidUntil: rotationOverlapEnd(now, overlapDays),
        now,
      }),
    );
    if (!rotated) throw notFound('API_CLIENT_NOT_FOUND');
    return { client: await this.read.one('apiClient', rotated, 'byId', 'rotateApiClientSecret'), key };
  }

  async revoke(id: string): Promise<ApiClientRecord> {
    const revoked = await this.db.repositories.apiClients.revoke(this.scope, id, this.now());
    if (!revoked) throw notFound('API_CLIENT_NOT_FOUND');
    return this.read.one('apiClient', revoked, 'byId', 'revokeApiClient');
  }

  private async find(id: string): Promise<ApiClientRecord> {
    const found = await this.db.repositories.apiClients.findById(this.scope, id);
    if (!found) throw notFound('API_CLIENT_NOT_FOUND');
    return found;
  }

  /** A district lead gives their own district only. */
  private assertDistricts(districtIds: readonly string[]): void {
    const scope = this.scope;
    if (scope.kind === 'district' && districtIds.some((id) => id !== scope.districtId))
      throw forbidden('API_CLIENT_OWN_DISTRICT_ONLY');
  }

  /** The districts were checked before; what the repository still finds out of scope is the partner link. */
  private async writing<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await withDataErrors(write, {
        stale: 'API_CLIENT_CHANGED',
        taken: (field) =>
          field === 'organisationNumber'
            ? conflict('API_CLIENT_ORGANISATION_TAKEN', 'input.organisationNumber')
            : undefined,
      });
    } catch (error) {
      if (error instanceof OutOfScopeError) throw badUserInput('input.partnerId', 'UNKNOWN_PARTNER');
      throw error;
    }
  }
}
