import type { Scope } from '@selvhjelp/domain';
import { DISTRICT_IDS, isApiScope, isDistrictId } from '@selvhjelp/domain';
import type { ApiClient, ApiClientSecret, Prisma } from '../../generated/prisma/client.js';
import type { ApiClientRecord, ApiClientSecretRecord } from './types.js';

/**
 * A client is in a district's scope when every district it sees is that one: a district lead
 * manages the clients of their own district, never one that also sees another district.
 */
export function apiClientScopeWhere(scope: Scope): Prisma.ApiClientWhereInput {
  if (scope.kind === 'national') return {};
  const others = DISTRICT_IDS.filter((id) => id !== scope.districtId);
  return { NOT: { districtIds: { hasSome: others } } };
}

export function scopeCoversDistricts(scope: Scope, districtIds: readonly string[]): boolean {
  if (!districtIds.every(isDistrictId)) return false;
  return scope.kind === 'national' || districtIds.every((id) => id === scope.districtId);
}

export const SECRETS_NEWEST_FIRST = { orderBy: [{ createdAt: 'desc' as const }, { id: 'asc' as const }] };

export function toApiClientSecretRecord(row: ApiClientSecret): ApiClientSecretRecord {
  return {
    id: row.id,
    lastFour: row.lastFour,
    createdAt: row.createdAt,
    validUntil: row.validUntil,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
  };
}

export function toApiClientRecord(row: ApiClient & { secrets: ApiClientSecret[] }): ApiClientRecord {
  return {
    id: row.id,
    name: row.name,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    partnerId: row.partnerId,
    organisationNumber: row.organisationNumber,
    // Written only through the repository, which takes the domain's values only.
    scopes: row.scopes.filter(isApiScope),
    districtIds: row.districtIds.filter(isDistrictId),
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
    version: row.version,
    createdById: row.createdById,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    secrets: row.secrets.map(toApiClientSecretRecord),
  };
}
