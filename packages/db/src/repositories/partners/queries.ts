import { keysetAfter, readCursor } from '../../sql/cursor.js';
import type { IsoDate, Scope } from '@selvhjelp/domain';
import { normaliseOrganisationNumber } from '@selvhjelp/domain';
import type { Prisma } from '../../generated/prisma/client.js';
import { InvalidCursorError } from '../../errors.js';
import { isUuid } from '../../sql/client.js';
import { dateFromIso } from '../../sql/dates.js';
import { partnerScopeWhere } from './records.js';
import type { PartnerListFilter } from './types.js';
import { escapeLike } from '../../sql/lists.js';

/*
 * Where clause, ordering and cursor of the partner list. A list filter given as an empty array
 * matches nothing ("any of none"); leave the property out to not filter on it.
 */

/** Activities that count as contact: anything not CANCELLED, from `since` up to `today`. */
function contactBetween(since: IsoDate, today: IsoDate): Prisma.OutreachActivityWhereInput {
  return { status: { not: 'CANCELLED' }, date: { gte: dateFromIso(since), lte: dateFromIso(today) } };
}

export function partnerListWhere(scope: Scope, filter: PartnerListFilter, today: IsoDate): Prisma.PartnerWhereInput {
  const and: Prisma.PartnerWhereInput[] = [partnerScopeWhere(scope)];
  if (filter.types) and.push({ type: { in: [...filter.types] } });
  if (filter.statuses) and.push({ status: { in: [...filter.statuses] } });
  if (filter.municipalityNumbers) and.push({ municipalityNumber: { in: [...filter.municipalityNumbers] } });
  if (filter.districtId !== undefined) and.push({ districtId: filter.districtId });
  // NOT EXISTS in the same statement: never contacted partners match too.
  if (filter.noContactSince)
    and.push({ activities: { none: { activity: contactBetween(filter.noContactSince, today) } } });
  const search = filter.search?.trim();
  if (search) {
    const digits = normaliseOrganisationNumber(search);
    const byName: Prisma.PartnerWhereInput = { name: { contains: escapeLike(search), mode: 'insensitive' } };
    and.push(/^\d{9}$/.test(digits) ? { OR: [byName, { organisationNumber: digits }] } : byName);
  }
  return { AND: and };
}

export const PARTNER_ORDER: Prisma.PartnerOrderByWithRelationInput[] = [{ name: 'asc' }, { id: 'asc' }];

export function encodePartnerCursor(node: { name: string; id: string }): string {
  return Buffer.from(JSON.stringify(['p', node.name, node.id])).toString('base64url');
}

export function decodePartnerCursor(cursor: string): { name: string; id: string } {
  try {
    const value: unknown = readCursor(cursor);
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      value[0] === 'p' &&
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

export function afterPartnerCursor(cursor: { name: string; id: string }): Prisma.PartnerWhereInput {
  return keysetAfter('name', cursor.name, cursor.id, 'asc');
}
