import type { ApiClientData, Scope } from '@selvhjelp/domain';
import { OutOfScopeError, StaleVersionError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { atomically, isUuid, translateWriteError } from '../../sql/client.js';
import {
  SECRETS_NEWEST_FIRST,
  apiClientScopeWhere,
  scopeCoversDistricts,
  toApiClientRecord,
  toApiClientSecretRecord,
} from './queries.js';
import type { ApiClientRecord, ApiClientRotation, ApiKeyMatch, NewApiClient } from './types.js';
import { MAX_API_CLIENTS_LISTED } from './types.js';

const WITH_SECRETS = { secrets: SECRETS_NEWEST_FIRST };

function columns(data: ApiClientData) {
  return {
    name: data.name,
    contactName: data.contactName,
    contactEmail: data.contactEmail,
    partnerId: data.partnerId,
    organisationNumber: data.organisationNumber,
    scopes: [...data.scopes],
    districtIds: [...data.districtIds],
    expiresAt: data.expiresAt,
  };
}

/** A partner link must name a partner that exists (OutOfScopeError otherwise, like a foreign id). */
async function assertPartnerExists(tx: DbClient, partnerId: string | null): Promise<void> {
  if (partnerId === null) return;
  const found = isUuid(partnerId) && (await tx.partner.count({ where: { id: partnerId } })) > 0;
  if (!found) throw new OutOfScopeError('The partner does not exist.');
}

/**
 * API clients and their keys (decision 0032). Scope first in every method: a district scope sees
 * the clients that see that district only. Authentication runs before a scope is known and
 * passes NATIONAL_SCOPE. Rules (who may, expiry, revocation) are the domain's, asked by the
 * gateway; this stores and reads.
 */
export class ApiClientRepository {
  constructor(
    private readonly client: DbClient,
    private readonly inTransaction = false,
  ) {}

  /** By name; the number of clients is small (organisations), so no pages. */
  async list(scope: Scope): Promise<ApiClientRecord[]> {
    const rows = await this.client.apiClient.findMany({
      where: apiClientScopeWhere(scope),
      include: WITH_SECRETS,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: MAX_API_CLIENTS_LISTED,
    });
    return rows.map(toApiClientRecord);
  }

  async findById(scope: Scope, id: string): Promise<ApiClientRecord | null> {
    if (!isUuid(id)) return null;
    const row = await this.client.apiClient.findFirst({
      where: { id, ...apiClientScopeWhere(scope) },
      include: WITH_SECRETS,
    });
    return row && toApiClientRecord(row);
  }

  /** The client and key for a key's SHA-256, whatever their state (the caller judges it). */
  async findByKeyHash(scope: Scope, secretHash: string): Promise<ApiKeyMatch | null> {
    const row = await this.client.apiClientSecret.findFirst({
      where: { secretHash, client: apiClientScopeWhere(scope) },
      include: { client: { include: WITH_SECRETS } },
    });
    return row && { client: toApiClientRecord(row.client), secret: toApiClientSecretRecord(row) };
  }

  /**
   * The client an OAuth2 access token's organisation names (decision 0035), whatever its state
   * (the caller judges it): the one not revoked, else the last one revoked.
   */
  async findByOrganisationNumber(scope: Scope, organisationNumber: string): Promise<ApiClientRecord | null> {
    const row = await this.client.apiClient.findFirst({
      where: { organisationNumber, ...apiClientScopeWhere(scope) },
      include: WITH_SECRETS,
      orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { id: 'asc' }],
    });
    return row && toApiClientRecord(row);
  }

  /** OutOfScopeError when the client would see a district outside the scope. */
  async create(scope: Scope, input: NewApiClient): Promise<ApiClientRecord> {
    if (!scopeCoversDistricts(scope, input.data.districtIds)) throw new OutOfScopeError();
    const row = await this.write(async (tx) => {
      await assertPartnerExists(tx, input.data.partnerId);
      return tx.apiClient.create({
        data: {
          ...columns(input.data),
          createdById: input.createdById,
          createdAt: input.now,
          updatedAt: input.now,
          secrets: { create: { ...input.secret, createdAt: input.now } },
        },
        include: WITH_SECRETS,
      });
    });
    return toApiClientRecord(row);
  }

  /** Null when missing; StaleVersionError when the version moved; OutOfScopeError for districts outside the scope. */
  async update(
    scope: Scope,
    id: string,
    expectedVersion: number,
    data: ApiClientData,
    now: Date,
  ): Promise<ApiClientRecord | null> {
    if (!scopeCoversDistricts(scope, data.districtIds)) throw new OutOfScopeError();
    return this.versioned(scope, id, expectedVersion, async (tx) => {
      await assertPartnerExists(tx, data.partnerId);
      await tx.apiClient.update({ where: { id }, data: { ...columns(data), updatedAt: now } });
    });
  }

  /**
   * A new key; the keys in use so far work until `previousValidUntil` (or their own earlier end).
   * Null when missing; StaleVersionError when the version moved.
   */
  rotate(
    scope: Scope,
    id: string,
    expectedVersion: number,
    rotation: ApiClientRotation,
  ): Promise<ApiClientRecord | null> {
    const { now, previousValidUntil, secret } = rotation;
    return this.versioned(scope, id, expectedVersion, async (tx) => {
      await tx.apiClientSecret.updateMany({
        where: {
          clientId: id,
          revokedAt: null,
          OR: [{ validUntil: null }, { validUntil: { gt: previousValidUntil } }],
        },
        data: { validUntil: previousValidUntil },
      });
      await tx.apiClientSecret.create({ data: { clientId: id, ...secret, createdAt: now } });
      await tx.apiClient.update({ where: { id }, data: { updatedAt: now } });
    });
  }

  /** Ends the client and every key of it; revoking twice keeps the first moment. Null when missing. */
  async revoke(scope: Scope, id: string, now: Date): Promise<ApiClientRecord | null> {
    if (!isUuid(id)) return null;
    return this.write(async (tx) => {
      const current = await tx.apiClient.findFirst({
        where: { id, ...apiClientScopeWhere(scope) },
        select: { revokedAt: true },
      });
      if (!current) return null;
      if (!current.revokedAt) {
        await tx.apiClientSecret.updateMany({ where: { clientId: id, revokedAt: null }, data: { revokedAt: now } });
        await tx.apiClient.update({
          where: { id },
          data: { revokedAt: now, updatedAt: now, version: { increment: 1 } },
        });
      }
      const row = await tx.apiClient.findUniqueOrThrow({ where: { id }, include: WITH_SECRETS });
      return toApiClientRecord(row);
    });
  }

  /**
   * Last use of the client and the key (no key: an access token from the OAuth2 issuer); false
   * when not visible. Fires no auth-epoch trigger.
   */
  async touch(scope: Scope, clientId: string, secretId: string | null, now: Date): Promise<boolean> {
    if (!isUuid(clientId) || (secretId !== null && !isUuid(secretId))) return false;
    const [clients] = await Promise.all([
      this.client.apiClient.updateMany({
        where: { id: clientId, ...apiClientScopeWhere(scope) },
        data: { lastUsedAt: now },
      }),
      secretId === null
        ? null
        : this.client.apiClientSecret.updateMany({
            where: { id: secretId, clientId, client: apiClientScopeWhere(scope) },
            data: { lastUsedAt: now },
          }),
    ]);
    return clients.count > 0;
  }

  private async versioned(
    scope: Scope,
    id: string,
    expectedVersion: number,
    change: (tx: DbClient) => Promise<void>,
  ): Promise<ApiClientRecord | null> {
    if (!isUuid(id)) return null;
    return this.write(async (tx) => {
      const current = await tx.apiClient.findFirst({
        where: { id, ...apiClientScopeWhere(scope) },
        select: { version: true },
      });
      if (!current) return null;
      // The version is checked and moved in one statement: someone may have saved since the read.
      const { count } = await tx.apiClient.updateMany({
        where: { id, version: expectedVersion },
        data: { version: { increment: 1 } },
      });
      if (count === 0) throw new StaleVersionError('ApiClient', id, expectedVersion);
      await change(tx);
      const row = await tx.apiClient.findUniqueOrThrow({ where: { id }, include: WITH_SECRETS });
      return toApiClientRecord(row);
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
