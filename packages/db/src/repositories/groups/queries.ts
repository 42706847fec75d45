import { readCursor } from '../../sql/cursor.js';
import type { GroupStatus, Scope } from '@selvhjelp/domain';
import { GROUP_STATUSES, PUBLIC_STATUSES, districtIdsInScope } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { InvalidCursorError } from '../../errors.js';
import { districtScopeSql, isUuid } from '../../sql/client.js';
import { dateFromIso, isoFromDate } from '../../sql/dates.js';
import { escapeLike } from '../../sql/lists.js';
import type {
  GroupSummaryRecord,
  GroupListFilter,
  GroupOrderField,
  GroupListOrder,
  PublicGroupFilter,
} from './types.js';

/*
 * Where clauses, orderings and cursors of the group lists. The lists themselves are SQL
 * (list-query.ts), the single-record reads Prisma. A list filter given as an empty array
 * matches nothing ("any of none"); leave the property out to not filter on it.
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

/** PUBLIC_WHERE in SQL (constants of the domain, so the partial indexes' predicate is provably implied). */
const PUBLIC_SQL = Prisma.raw(
  `g.status IN (${PUBLIC_STATUSES.map((status) => `'${status}'`).join(', ')}) AND g.open_for_new_members`,
);

function anyOf(column: string, values: readonly string[], type: string): Prisma.Sql {
  if (values.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`${Prisma.raw(column)} IN (${Prisma.join(values.map((value) => Prisma.sql`${value}::${Prisma.raw(type)}`))})`;
}

/** `column && ARRAY[…]` (Prisma's hasSome): an empty list matches nothing. */
function overlaps(column: string, values: readonly string[], type: string): Prisma.Sql {
  if (values.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`${Prisma.raw(column)} && ARRAY[${Prisma.join([...values])}]::${Prisma.raw(type)}[]`;
}

/**
 * Case-insensitive substring of the name, `%` and `_` taken literally (a trigram index serves it):
 * what `g.name ILIKE` answers, over the kept lower(name) (`name_folded`, decision 0044). The
 * pattern is lowered by the same function, in the same collation, in the statement.
 */
function searchSql(search: string | undefined): Prisma.Sql | null {
  const text = search?.trim();
  return text ? Prisma.sql`g.name_folded LIKE lower(${`%${escapeLike(text)}%`})` : null;
}

function allOf(conditions: (Prisma.Sql | null)[]): Prisma.Sql {
  return Prisma.join(
    conditions.filter((condition) => condition !== null),
    ' AND ',
  );
}

/**
 * The staff list's filter in SQL over `self_help_group g`, without its status filter (the
 * status counts ignore it; see statusFilterSql).
 */
export function groupListSql(scope: Scope, filter: Omit<GroupListFilter, 'statuses'> = {}): Prisma.Sql {
  return allOf([
    districtScopeSql(scope, 'g.district_id'),
    filter.districtId !== undefined ? Prisma.sql`g.district_id = ${filter.districtId}` : null,
    filter.themeIds !== undefined ? overlaps('g.theme_ids', filter.themeIds, 'text') : null,
    filter.municipalityNumber !== undefined ? Prisma.sql`g.municipality_number = ${filter.municipalityNumber}` : null,
    filter.openForNewMembers !== undefined
      ? Prisma.sql`g.open_for_new_members = ${filter.openForNewMembers}::boolean`
      : null,
    // Through dateFromIso: a day that does not exist is refused here as everywhere else.
    filter.followUpDueBefore !== undefined
      ? Prisma.sql`g.next_follow_up_due <= ${isoFromDate(dateFromIso(filter.followUpDueBefore))}::date`
      : null,
    searchSql(filter.search),
  ]);
}

/** The staff list's status filter; TRUE when there is none. */
export function statusFilterSql(statuses: readonly GroupStatus[] | undefined): Prisma.Sql {
  return statuses === undefined ? Prisma.sql`TRUE` : anyOf('g.status', statuses, '"GroupStatus"');
}

/** The public finder's filter in SQL: always the public rule, whatever the caller passes. */
export function publicGroupSql(scope: Scope, filter: PublicGroupFilter = {}): Prisma.Sql {
  return allOf([
    districtScopeSql(scope, 'g.district_id'),
    PUBLIC_SQL,
    filter.districtId !== undefined ? Prisma.sql`g.district_id = ${filter.districtId}` : null,
    filter.countyMunicipalityNumbers !== undefined
      ? anyOf('g.municipality_number', filter.countyMunicipalityNumbers, 'char(4)')
      : null,
    filter.municipalityNumber !== undefined ? Prisma.sql`g.municipality_number = ${filter.municipalityNumber}` : null,
    filter.themeIds !== undefined ? overlaps('g.theme_ids', filter.themeIds, 'text') : null,
    filter.formats !== undefined ? anyOf('g.format', filter.formats, '"GroupFormat"') : null,
    filter.weekdays !== undefined ? overlaps('g.meeting_weekdays', filter.weekdays, '"Weekday"') : null,
    searchSql(filter.search),
  ]);
}

/** The column each ordering sorts on (then id, in the same direction). */
const SORT_COLUMN: Record<GroupOrderField, string> = {
  NAME: 'name',
  UPDATED_AT: 'updated_at',
  // PostgreSQL orders an enum by declaration: the lifecycle order.
  STATUS: 'status',
  // Groups without a due date come last in both directions: nothing to do for them.
  NEXT_FOLLOW_UP_DUE: 'next_follow_up_due',
};

const SORT_TYPE: Record<GroupOrderField, string> = {
  NAME: 'text',
  UPDATED_AT: 'timestamptz',
  STATUS: '"GroupStatus"',
  NEXT_FOLLOW_UP_DUE: 'date',
};

/** The sort column of an ordering, over `self_help_group g`. */
export function sortColumnSql(order: GroupListOrder): Prisma.Sql {
  return Prisma.raw(`g.${SORT_COLUMN[order.field]}`);
}

/**
 * ORDER BY for an ordering: over `g` by default, or over the columns a subquery exposed the
 * sort value and id as.
 */
export function orderSql(order: GroupListOrder, columns?: { sort: string; id: string }): Prisma.Sql {
  const { sort, id } = columns ?? { sort: `g.${SORT_COLUMN[order.field]}`, id: 'g.id' };
  const direction = order.direction === 'ASC' ? 'ASC' : 'DESC';
  const nulls = order.field === 'NEXT_FOLLOW_UP_DUE' ? ' NULLS LAST' : '';
  return Prisma.raw(`${sort} ${direction}${nulls}, ${id} ${direction}`);
}

/**
 * Rows strictly after the cursor, as a row comparison `(sort, id) > ($1, $2)` that PostgreSQL
 * turns into a range of the (district_id, sort, id) index, instead of `sort > $1 OR (sort = $1
 * AND id > $2)`, which it can only apply as a filter over every earlier row. The nullable due
 * date sorts NULLS LAST both ways: after a dated cursor come the later dates and then every
 * undated group; after an undated cursor only undated groups with a later id.
 */
export function afterCursorSql(order: GroupListOrder, cursor: GroupCursor): Prisma.Sql {
  const beyond = Prisma.raw(order.direction === 'ASC' ? '>' : '<');
  const column = sortColumnSql(order);
  const id = Prisma.sql`${cursor.id}::uuid`;
  if (cursor.value === null) return Prisma.sql`(${column} IS NULL AND g.id ${beyond} ${id})`;
  const value = Prisma.sql`${cursor.value}::${Prisma.raw(SORT_TYPE[order.field])}`;
  const row = Prisma.sql`(${column}, g.id) ${beyond} (${value}, ${id})`;
  return order.field === 'NEXT_FOLLOW_UP_DUE' ? Prisma.sql`(${row} OR ${column} IS NULL)` : row;
}

/*
 * Keyset cursors: [field, direction, sort value, id], base64url JSON. Opaque to clients but not
 * a secret; one made for another ordering is refused rather than silently misread.
 */
type CursorValue = string | null;
export interface GroupCursor {
  value: CursorValue;
  id: string;
}

function sortValue(group: GroupSummaryRecord, field: GroupOrderField): CursorValue {
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

export function encodeGroupCursor(group: GroupSummaryRecord, order: GroupListOrder): string {
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
