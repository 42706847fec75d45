import type { IsoDate, Scope } from '@selvhjelp/domain';
import { isIsoDate } from '@selvhjelp/domain';
import type { Prisma } from '../../generated/prisma/client.js';
import { InvalidCursorError } from '../../errors.js';
import { isUuid } from '../../sql/client.js';
import { keysetAfter, readCursor } from '../../sql/cursor.js';
import { dateFromIso } from '../../sql/dates.js';
import { wantedIds } from '../../sql/lists.js';
import { caseScopeWhere } from './records.js';
import type { FollowUpCaseListFilter } from './types.js';

/*
 * Where clause, ordering and cursor of the case list: newest opened first, on the
 * (district_id, opened_on, id) index. A list filter given as an empty array matches nothing
 * ("any of none"); leave the property out to not filter on it.
 */

export function caseListWhere(scope: Scope, filter: FollowUpCaseListFilter): Prisma.FollowUpCaseWhereInput {
  const and: Prisma.FollowUpCaseWhereInput[] = [caseScopeWhere(scope)];
  if (filter.statuses) and.push({ status: { in: [...filter.statuses] } });
  if (filter.responsibleStaffUserIds)
    and.push({ responsibleStaffUserId: { in: wantedIds(filter.responsibleStaffUserIds) } });
  if (filter.dueBy !== undefined) {
    if (!isIsoDate(filter.dueBy)) throw new RangeError('dueBy is not a calendar day.');
    and.push({ nextFollowUpOn: { lte: dateFromIso(filter.dueBy) } });
  }
  return { AND: and };
}

export const CASE_ORDER: Prisma.FollowUpCaseOrderByWithRelationInput[] = [{ openedOn: 'desc' }, { id: 'desc' }];

export function encodeCaseCursor(node: { openedOn: IsoDate; id: string }): string {
  return Buffer.from(JSON.stringify(['fc', node.openedOn, node.id])).toString('base64url');
}

export function decodeCaseCursor(cursor: string): { openedOn: IsoDate; id: string } {
  const value = readCursor(cursor);
  if (
    value.length === 3 &&
    value[0] === 'fc' &&
    isIsoDate(value[1]) &&
    typeof value[2] === 'string' &&
    isUuid(value[2])
  ) {
    return { openedOn: value[1], id: value[2] };
  }
  throw new InvalidCursorError();
}

export function afterCaseCursor(cursor: { openedOn: IsoDate; id: string }): Prisma.FollowUpCaseWhereInput {
  return keysetAfter('openedOn', dateFromIso(cursor.openedOn), cursor.id, 'desc');
}
