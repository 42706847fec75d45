import type { Scope } from '@selvhjelp/domain';
import { OutOfScopeError, StaleVersionError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { atomically, isUuid, scopeAllowsDistrict, translateWriteError } from '../../sql/client.js';
import { assertPageSize, pageOf, wantedIds } from '../../sql/lists.js';
import {
  afterReferralCursor,
  decodeReferralCursor,
  encodeReferralCursor,
  REFERRAL_ORDER,
  referralColumns,
  referralListWhere,
  referralScopeWhere,
  toReferralResourceRecord,
} from './queries.js';
import type {
  NewReferralResource,
  ReferralResourceListOptions,
  ReferralResourcePage,
  ReferralResourceRecord,
  ReferralResourceUpdate,
} from './types.js';
import { MAX_REFERRAL_RESOURCE_PAGE_SIZE } from './types.js';

/**
 * The referral directory (hjelpetilbud): professional help each district recommends. Scope first
 * in every method; archiving keeps a resource for the referrals that link to it.
 */
export class ReferralResourceRepository {
  constructor(
    private readonly client: DbClient,
    private readonly inTransaction = false,
  ) {}

  /** By name (then id); RangeError for `first` outside 0..100; InvalidCursorError for a foreign cursor. */
  async list(scope: Scope, options: ReferralResourceListOptions): Promise<ReferralResourcePage> {
    const { first } = options;
    assertPageSize(first, MAX_REFERRAL_RESOURCE_PAGE_SIZE);
    const cursor = options.after ? decodeReferralCursor(options.after) : null;
    const where = referralListWhere(scope, options.filter);
    const [rows, totalCount] = await Promise.all([
      first === 0
        ? Promise.resolve([])
        : this.client.referralResource.findMany({
            where: cursor ? { AND: [where, afterReferralCursor(cursor)] } : where,
            orderBy: REFERRAL_ORDER,
            take: first + 1,
          }),
      this.client.referralResource.count({ where }),
    ]);
    return pageOf(rows, first, totalCount, toReferralResourceRecord, encodeReferralCursor);
  }

  /** Aligned with `ids`; null for missing, malformed or out-of-scope ids. Archived ones included. */
  async findByIds(scope: Scope, ids: readonly string[]): Promise<(ReferralResourceRecord | null)[]> {
    const wanted = wantedIds(ids);
    const rows = wanted.length
      ? await this.client.referralResource.findMany({ where: { id: { in: wanted }, ...referralScopeWhere(scope) } })
      : [];
    const byId = new Map(rows.map((row) => [row.id, toReferralResourceRecord(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async findById(scope: Scope, id: string): Promise<ReferralResourceRecord | null> {
    const [found] = await this.findByIds(scope, [id]);
    return found ?? null;
  }

  /** The resource's district at the version the caller read, before an edit. Null when missing; StaleVersionError when it moved. */
  async districtAt(scope: Scope, id: string, expectedVersion: number): Promise<string | null> {
    if (!isUuid(id)) return null;
    const current = await this.client.referralResource.findFirst({
      where: { id, ...referralScopeWhere(scope) },
      select: { districtId: true, version: true },
    });
    if (!current) return null;
    if (current.version !== expectedVersion) throw new StaleVersionError('ReferralResource', id, expectedVersion);
    return current.districtId;
  }

  /** OutOfScopeError when the district is outside the scope. */
  async create(scope: Scope, resource: NewReferralResource): Promise<ReferralResourceRecord> {
    if (!scopeAllowsDistrict(scope, resource.districtId)) throw new OutOfScopeError();
    const { districtId, data, now } = resource;
    const row = await this.write((tx) =>
      tx.referralResource.create({
        data: { districtId, ...referralColumns(data), createdAt: now, updatedAt: now },
      }),
    );
    return toReferralResourceRecord(row);
  }

  /** Null when missing; StaleVersionError when the version moved. */
  update(
    scope: Scope,
    id: string,
    expectedVersion: number,
    update: ReferralResourceUpdate,
  ): Promise<ReferralResourceRecord | null> {
    return this.versioned(scope, id, expectedVersion, { ...referralColumns(update.data), updatedAt: update.now });
  }

  /** Archives (true) or brings back (false); archiving twice keeps the first moment. Null when missing; StaleVersionError. */
  async setArchived(
    scope: Scope,
    id: string,
    expectedVersion: number,
    archived: boolean,
    now: Date,
  ): Promise<ReferralResourceRecord | null> {
    if (!isUuid(id)) return null;
    const current = await this.client.referralResource.findFirst({
      where: { id, ...referralScopeWhere(scope) },
      select: { archivedAt: true },
    });
    if (!current) return null;
    return this.versioned(scope, id, expectedVersion, {
      archivedAt: archived ? (current.archivedAt ?? now) : null,
      updatedAt: now,
    });
  }

  private async versioned(
    scope: Scope,
    id: string,
    expectedVersion: number,
    data: Parameters<DbClient['referralResource']['updateManyAndReturn']>[0]['data'],
  ): Promise<ReferralResourceRecord | null> {
    if (!isUuid(id)) return null;
    return this.write(async (tx) => {
      const current = await tx.referralResource.findFirst({
        where: { id, ...referralScopeWhere(scope) },
        select: { version: true },
      });
      if (!current) return null;
      if (current.version !== expectedVersion) throw new StaleVersionError('ReferralResource', id, expectedVersion);
      // The version again: someone may have saved between the read and this update.
      const [row] = await tx.referralResource.updateManyAndReturn({
        where: { id, version: expectedVersion, ...referralScopeWhere(scope) },
        data: { ...data, version: { increment: 1 } },
      });
      if (!row) throw new StaleVersionError('ReferralResource', id, expectedVersion);
      return toReferralResourceRecord(row);
    });
  }

  private async write<T>(work: (tx: DbClient) => Promise<T>): Promise<T> {
    try {
      return await atomically(this.client, this.inTransaction, work);
    } catch (error) {
      translateWriteError(error);
    }
  }
}
