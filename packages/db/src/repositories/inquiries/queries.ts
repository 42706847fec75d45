import type { IsoDate, Scope } from '@selvhjelp/domain';
import type { Prisma } from '../../generated/prisma/client.js';
import { InvalidCursorError } from '../../errors.js';
import { isUuid } from '../../sql/client.js';
import { keysetAfter, readCursor } from '../../sql/cursor.js';
import { dateFromIso } from '../../sql/dates.js';
import { inquiryScopeWhere } from './records.js';
import type { InquiryListFilter } from './types.js';

/*
 * Where clause, ordering and cursor of the inquiry list. A list filter given as an empty array
 * matches nothing ("any of none"); leave the property out to not filter on it.
 */

export function inquiryListWhere(scope: Scope, filter: InquiryListFilter = {}): Prisma.InquiryWhereInput {
  const and: Prisma.InquiryWhereInput[] = [inquiryScopeWhere(scope)];
  if (filter.receivedFrom) and.push({ receivedOn: { gte: dateFromIso(filter.receivedFrom) } });
  if (filter.receivedTo) and.push({ receivedOn: { lte: dateFromIso(filter.receivedTo) } });
  if (filter.channels) and.push({ channel: { in: [...filter.channels] } });
  if (filter.inquirerTypes) and.push({ inquirerType: { in: [...filter.inquirerTypes] } });
  if (filter.themeIds) and.push({ themeIds: { hasSome: [...filter.themeIds] } });
  if (filter.hasCase !== undefined) and.push({ followUpCase: filter.hasCase ? { isNot: null } : { is: null } });
  return { AND: and };
}

/** Newest first: by the day received, then id (the (district_id, received_on, id) index). */
export const INQUIRY_ORDER: Prisma.InquiryOrderByWithRelationInput[] = [{ receivedOn: 'desc' }, { id: 'desc' }];

export function encodeInquiryCursor(node: { receivedOn: IsoDate; id: string }): string {
  return Buffer.from(JSON.stringify(['i', node.receivedOn, node.id])).toString('base64url');
}

export function decodeInquiryCursor(cursor: string): { receivedOn: Date; id: string } {
  try {
    const value: unknown = readCursor(cursor);
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      value[0] === 'i' &&
      typeof value[1] === 'string' &&
      typeof value[2] === 'string' &&
      isUuid(value[2])
    ) {
      return { receivedOn: dateFromIso(value[1]), id: value[2] };
    }
  } catch {
    // malformed base64, JSON or date: falls through to the error below
  }
  throw new InvalidCursorError();
}

export function afterInquiryCursor(cursor: { receivedOn: Date; id: string }): Prisma.InquiryWhereInput {
  return keysetAfter('receivedOn', cursor.receivedOn, cursor.id, 'desc');
}
