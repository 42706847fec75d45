import type { Scope } from '@selvhjelp/domain';
import { districtIdOfMunicipality, districtIdsInScope } from '@selvhjelp/domain';
import type { Prisma, ReferralResource } from '../../generated/prisma/client.js';
import { InvalidCursorError } from '../../errors.js';
import { isUuid } from '../../sql/client.js';
import { keysetAfter, readCursor } from '../../sql/cursor.js';
import { escapeLike } from '../../sql/lists.js';
import type { ReferralResourceListFilter, ReferralResourceRecord } from './types.js';
import type { DistrictId, ReferralResourceData } from '@selvhjelp/domain';

/*
 * Scope, list filter, ordering, cursor and row mapping of the referral directory. A list filter
 * given as an empty array matches nothing; leave the property out to not filter on it.
 */

export function referralScopeWhere(scope: Scope): Prisma.ReferralResourceWhereInput {
  return scope.kind === 'national' ? {} : { districtId: { in: [...districtIdsInScope(scope)] } };
}

/** Who takes people from a municipality: national resources, the district's own, and those naming it. */
function coveringMunicipality(number: string): Prisma.ReferralResourceWhereInput {
  const districtId = districtIdOfMunicipality(number);
  return {
    OR: [
      { areaKind: 'NATIONAL' },
      ...(districtId ? [{ areaKind: 'DISTRICT' as const, districtId }] : []),
      { areaKind: 'MUNICIPALITIES', municipalityNumbers: { has: number } },
    ],
  };
}

export function referralListWhere(
  scope: Scope,
  filter: ReferralResourceListFilter = {},
): Prisma.ReferralResourceWhereInput {
  const and: Prisma.ReferralResourceWhereInput[] = [referralScopeWhere(scope)];
  if (!filter.includeArchived) and.push({ archivedAt: null });
  if (filter.types) and.push({ type: { in: [...filter.types] } });
  if (filter.areaKinds) and.push({ areaKind: { in: [...filter.areaKinds] } });
  if (filter.municipalityNumber !== undefined) and.push(coveringMunicipality(filter.municipalityNumber));
  const search = filter.search?.trim();
  if (search) and.push({ name: { contains: escapeLike(search), mode: 'insensitive' } });
  return { AND: and };
}

export const REFERRAL_ORDER: Prisma.ReferralResourceOrderByWithRelationInput[] = [{ name: 'asc' }, { id: 'asc' }];

export function encodeReferralCursor(node: { name: string; id: string }): string {
  return Buffer.from(JSON.stringify(['r', node.name, node.id])).toString('base64url');
}

export function decodeReferralCursor(cursor: string): { name: string; id: string } {
  try {
    const value: unknown = readCursor(cursor);
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      value[0] === 'r' &&
      typeof value[1] === 'string' &&
      typeof value[2] === 'string' &&
      isUuid(value[2])
    ) {
      return { name: value[1], id: value[2] };
    }
  } catch {
    // falls through to the error below
  }
  throw new InvalidCursorError();
}

export function afterReferralCursor(cursor: { name: string; id: string }): Prisma.ReferralResourceWhereInput {
  return keysetAfter('name', cursor.name, cursor.id, 'asc');
}

export function referralColumns(data: ReferralResourceData) {
  return {
    name: data.name,
    type: data.type,
    offers: data.offers,
    areaKind: data.areaKind,
    municipalityNumbers: data.areaKind === 'MUNICIPALITIES' ? [...new Set(data.municipalityNumbers)].sort() : [],
    howToRefer: data.howToRefer,
    phone: data.phone,
    website: data.website,
    partnerId: data.partnerId,
  } satisfies Partial<Prisma.ReferralResourceUncheckedCreateInput>;
}

export function toReferralResourceRecord(row: ReferralResource): ReferralResourceRecord {
  return {
    id: row.id,
    // Written only through the repository, which accepts known district ids only.
    districtId: row.districtId as DistrictId,
    name: row.name,
    type: row.type,
    offers: row.offers,
    areaKind: row.areaKind,
    municipalityNumbers: row.municipalityNumbers,
    howToRefer: row.howToRefer,
    phone: row.phone,
    website: row.website,
    partnerId: row.partnerId,
    archivedAt: row.archivedAt,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
