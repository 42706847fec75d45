import { readCursor } from '../../sql/cursor.js';
import type { GroupStatus, Scope } from '@selvhjelp/domain';
import { GROUP_STATUSES, PUBLIC_STATUSES, districtIdsInScope } from '@selvhjelp/domain';
import type { Prisma } from '../../generated/prisma/client.js';
import { InvalidCursorError } from '../../errors.js';
import { isUuid } from '../../sql/client.js';
import { dateFromIso, isoFromDate } from '../../sql/dates.js';
import type { GroupRecord, GroupListFilter, GroupOrderField, GroupListOrder, PublicGroupFilter } from './types.js';

/*
 * Where clauses, orderings and cursors of the group lists. A list filter given as an empty
 * array matches nothing ("any of none"); leave the property out to not filter on it.
 */

/** Groups visible in a scope: a district scope sees its own district only. */
export function groupScopeWhere(scope: Scope): Prisma.GroupWhereInput {
  return scope.kind === 'national' ? {} : { districtId: { in: [...districtIdsInScope(scope)] } };
}

/** The domain's isPublicGroup in SQL: starting or running, and open for new members. */
export const PUBLIC_WHERE = {
  status: { in: [...PUBLIC_STATUSES] },
  openForNewMembers: true,
} satisfies Prisma.GroupWhereInput;

function searchWhere(search: string | undefined): Prisma.GroupWhereInput {
  const text = search?.trim();
  // Prisma passes `contains` to ILIKE unescaped: "100%" would also find "1000".
  return text ? { name: { contains: text.replace(/[\\%_]/g, (char) => `\\${char}`), mode: 'insensitive' } } : {};
}

export function groupListWhere(scope: Scope, filter: GroupListFilter = {}): Prisma.GroupWhereInput {
  return {
    AND: [
      groupScopeWhere(scope),
      filter.districtId !== undefined ? { districtId: filter.districtId } : {},
      filter.statuses !== undefined ? { status: { in: [...filter.statuses] } } : {},
      filter.themeIds !== undefined ? { themeIds: { hasSome: [...filter.themeIds] } } : {},
      filter.municipalityNumber !== undefined ? { municipalityNumber: filter.municipalityNumber } : {},
      filter.openForNewMembers !== undefined ? { openForNewMembers: filter.openForNewMembers } : {},
      filter.followUpDueBefore !== undefined ? { nextFollowUpDue: { lte: dateFromIso(filter.followUpDueBefore) } } : {},
      searchWhere(filter.search),
    ],
  };
}

export function publicGroupWhere(scope: Scope, filter: PublicGroupFilter = {}): Prisma.GroupWhereInput {
  return {
    AND: [
      groupScopeWhere(scope),
      PUBLIC_WHERE,
      filter.districtId !== undefined ? { districtId: filter.districtId } : {},
      filter.countyMunicipalityNumbers !== undefined
        ? { municipalityNumber: { in: [...filter.countyMunicipalityNumbers] } }
        : {},
      filter.municipalityNumber !== undefined ? { municipalityNumber: filter.municipalityNumber } : {},
      filter.themeIds !== undefined ? { themeIds: { hasSome: [...filter.themeIds] } } : {},
      filter.formats !== undefined ? { format: { in: [...filter.formats] } } : {},
      filter.weekdays !== undefined ? { meetingWeekdays: { hasSome: [...filter.weekdays] } } : {},
      searchWhere(filter.search),
    ],
  };
}

export function groupOrderBy({ field, direction }: GroupListOrder): Prisma.GroupOrderByWithRelationInput[] {
  const sort = direction === 'ASC' ? 'asc' : 'desc';
  switch (field) {
    case 'NAME':
      return [{ name: sort }, { id: sort }];
    case 'UPDATED_AT':
      return [{ updatedAt: sort }, { id: sort }];
    case 'STATUS':
      // PostgreSQL orders an enum by declaration: the lifecycle order.
      return [{ status: sort }, { id: sort }];
    case 'NEXT_FOLLOW_UP_DUE':
      // Groups without a due date come last in both directions: nothing to do for them.
      return [{ nextFollowUpDue: { sort, nulls: 'last' } }, { id: sort }];
  }
}

/*
 * Keyset cursors: [field, direction, sort value, id], base64url JSON. Opaque to clients but not
 * a secret; one made for another ordering is refused rather than silently misread.
 */
type CursorValue = string | null;
interface GroupCursor {
  value: CursorValue;
  id: string;
}

function sortValue(group: GroupRecord, field: GroupOrderField): CursorValue {
  switch (field) {
    case 'NAME':
      return group.name;
    case 'UPDATED_AT':
      return group.updatedAt.toISOString();
    case 'STATUS':
      return group.status;
    case 'NEXT_FOLLOW_UP_DUE':
      return group.nextFollowUpDue;
  }
}

export function encodeGroupCursor(group: GroupRecord, order: GroupListOrder): string {
  return Buffer.from(JSON.stringify([order.field, order.direction, sortValue(group, order.field), group.id])).toString(
    'base64url',
  );
}

function validValue(field: GroupOrderField, value: unknown): value is CursorValue {
  switch (field) {
    case 'NAME':
      return typeof value === 'string';
    case 'UPDATED_AT':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value));
    case 'STATUS':
      return typeof value === 'string' && (GROUP_STATUSES as readonly string[]).includes(value);
    case 'NEXT_FOLLOW_UP_DUE':
      if (value === null) return true;
      try {
        return typeof value === 'string' && isoFromDate(dateFromIso(value)) === value;
      } catch {
        return false;
      }
  }
}

export function decodeGroupCursor(cursor: string, order: GroupListOrder): GroupCursor {
  try {
    const decoded: unknown = readCursor(cursor);
    if (Array.isArray(decoded) && decoded.length === 4) {
      const [field, direction, value, id] = decoded as unknown[];
      if (
        field === order.field &&
        direction === order.direction &&
        typeof id === 'string' &&
        isUuid(id) &&
        validValue(order.field, value)
      ) {
        return { value, id };
      }
    }
  } catch {
    // malformed base64 or JSON: an invalid cursor like any other
  }
  throw new InvalidCursorError();
}

/** Rows strictly after the cursor in the given ordering (the ordering of groupOrderBy). */
export function afterCursorWhere(order: GroupListOrder, cursor: GroupCursor): Prisma.GroupWhereInput {
  const asc = order.direction === 'ASC';
  const beyond = <T>(value: T) => (asc ? { gt: value } : { lt: value });
  const tie = { id: beyond(cursor.id) };
  const { value } = cursor;
  switch (order.field) {
    case 'NAME':
      return { OR: [{ name: beyond(value!) }, { name: value!, ...tie }] };
    case 'UPDATED_AT': {
      const at = new Date(value!);
      return { OR: [{ updatedAt: beyond(at) }, { updatedAt: at, ...tie }] };
    }
    case 'STATUS': {
      // Enum filters have no gt/lt in Prisma: list the statuses that sort after this one.
      const index = GROUP_STATUSES.indexOf(value as GroupStatus);
      const later = GROUP_STATUSES.filter((_, other) => (asc ? other > index : other < index));
      return { OR: [{ status: { in: later } }, { status: value as GroupStatus, ...tie }] };
    }
    case 'NEXT_FOLLOW_UP_DUE': {
      if (value === null) return { nextFollowUpDue: null, ...tie };
      const due = dateFromIso(value);
      return { OR: [{ nextFollowUpDue: beyond(due) }, { nextFollowUpDue: due, ...tie }, { nextFollowUpDue: null }] };
    }
  }
}
