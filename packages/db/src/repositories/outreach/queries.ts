import { keysetAfter, readCursor } from '../../sql/cursor.js';
import type { DistrictId, IsoDate, Scope } from '@selvhjelp/domain';
import { districtIdsInScope } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import type { ActivityOutcome, OutreachActivity } from '../../generated/prisma/client.js';
import { InvalidCursorError } from '../../errors.js';
import { districtScopeSql, isUuid } from '../../sql/client.js';
import { dateFromIso, isoFromDate } from '../../sql/dates.js';
import type { ActivityListFilter, ActivityOutcomeRecord, OutreachActivityRecord } from './types.js';
import { escapeLike } from '../../sql/lists.js';

/*
 * Where clauses, ordering, cursors and row mapping of the activity log. The list filter exists
 * twice: as a Prisma where (lists) and as SQL (totals); outreach.test.ts checks that both select
 * the same activities for every filter. An empty array matches nothing ("any of none").
 */

export function activityScopeWhere(scope: Scope): Prisma.OutreachActivityWhereInput {
  return scope.kind === 'national' ? {} : { districtId: { in: [...districtIdsInScope(scope)] } };
}

export function activityListWhere(scope: Scope, filter: ActivityListFilter = {}): Prisma.OutreachActivityWhereInput {
  const and: Prisma.OutreachActivityWhereInput[] = [activityScopeWhere(scope)];
  if (filter.types) and.push({ type: { in: [...filter.types] } });
  if (filter.statuses) and.push({ status: { in: [...filter.statuses] } });
  if (filter.from) and.push({ date: { gte: dateFromIso(filter.from) } });
  if (filter.to) and.push({ date: { lte: dateFromIso(filter.to) } });
  if (filter.partnerId !== undefined) {
    and.push(isUuid(filter.partnerId) ? { partners: { some: { partnerId: filter.partnerId } } } : { id: { in: [] } });
  }
  if (filter.audiences) and.push({ audiences: { hasSome: [...filter.audiences] } });
  if (filter.districtId !== undefined) and.push({ districtId: filter.districtId });
  const search = filter.search?.trim();
  if (search) and.push({ title: { contains: escapeLike(search), mode: 'insensitive' } });
  return { AND: and };
}

function anyOf(column: string, values: readonly string[]): Prisma.Sql {
  return values.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`${Prisma.raw(column)} IN (${Prisma.join([...values])})`;
}

/** activityListWhere in SQL, for the aggregates; `a` is the outreach_activity alias. */
export function activityFilterSql(scope: Scope, filter: ActivityListFilter = {}): Prisma.Sql {
  const and: Prisma.Sql[] = [districtScopeSql(scope, 'a.district_id')];
  if (filter.types) and.push(anyOf('a.type::text', filter.types));
  if (filter.statuses) and.push(anyOf('a.status::text', filter.statuses));
  // Through dateFromIso: a day that does not exist fails here as it does in the list.
  if (filter.from) and.push(Prisma.sql`a.date >= ${isoFromDate(dateFromIso(filter.from))}::date`);
  if (filter.to) and.push(Prisma.sql`a.date <= ${isoFromDate(dateFromIso(filter.to))}::date`);
  if (filter.partnerId !== undefined) {
    and.push(
      isUuid(filter.partnerId)
        ? Prisma.sql`EXISTS (SELECT 1 FROM activity_partner ap WHERE ap.activity_id = a.id AND ap.partner_id = ${filter.partnerId}::uuid)`
        : Prisma.sql`FALSE`,
    );
  }
  if (filter.audiences) {
    and.push(
      Prisma.sql`EXISTS (SELECT 1 FROM unnest(a.audiences) AS audience WHERE ${anyOf('audience::text', filter.audiences)})`,
    );
  }
  if (filter.districtId !== undefined) and.push(Prisma.sql`a.district_id = ${filter.districtId}`);
  const search = filter.search?.trim();
  if (search) and.push(Prisma.sql`a.title ILIKE ${`%${escapeLike(search)}%`}`);
  return Prisma.join(and, ' AND ');
}

/** Newest first. */
export const ACTIVITY_ORDER: Prisma.OutreachActivityOrderByWithRelationInput[] = [{ date: 'desc' }, { id: 'desc' }];

export function encodeActivityCursor(node: { date: IsoDate; id: string }): string {
  return Buffer.from(JSON.stringify(['a', node.date, node.id])).toString('base64url');
}

export function decodeActivityCursor(cursor: string): { date: Date; id: string } {
  try {
    const value: unknown = readCursor(cursor);
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      value[0] === 'a' &&
      typeof value[1] === 'string' &&
      typeof value[2] === 'string' &&
      isUuid(value[2])
    ) {
      return { date: dateFromIso(value[1]), id: value[2] };
    }
  } catch {
    // malformed base64, JSON or date: falls through to the error below
  }
  throw new InvalidCursorError();
}

export function afterActivityCursor(cursor: { date: Date; id: string }): Prisma.OutreachActivityWhereInput {
  return keysetAfter('date', cursor.date, cursor.id, 'desc');
}

export const ACTIVITY_INCLUDE = {
  staff: { select: { staffUserId: true } },
  partners: { select: { partnerId: true } },
} satisfies Prisma.OutreachActivityInclude;

export type ActivityRow = OutreachActivity & { staff: { staffUserId: string }[]; partners: { partnerId: string }[] };

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function toActivityRecord(row: ActivityRow): OutreachActivityRecord {
  return {
    id: row.id,
    // Written only through the repository, which accepts known district ids only.
    districtId: row.districtId as DistrictId,
    type: row.type,
    title: row.title,
    status: row.status,
    date: isoFromDate(row.date),
    startTime: row.startTime,
    endTime: row.endTime,
    online: row.online,
    place: row.place,
    municipalityNumber: row.municipalityNumber,
    staffUserIds: row.staff.map((staff) => staff.staffUserId).sort(byId),
    partnerIds: row.partners.map((partner) => partner.partnerId).sort(byId),
    audiences: row.audiences,
    participantCount: row.participantCount,
    themeIds: row.themeIds,
    notes: row.notes,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdById: row.createdById,
    updatedById: row.updatedById,
  };
}

export type OutcomeRow = ActivityOutcome & { activity: { districtId: string } };

export const OUTCOME_INCLUDE = { activity: { select: { districtId: true } } } satisfies Prisma.ActivityOutcomeInclude;

export function toOutcomeRecord(row: OutcomeRow): ActivityOutcomeRecord {
  return {
    id: row.id,
    activityId: row.activityId,
    districtId: row.activity.districtId as DistrictId,
    kind: row.kind,
    groupId: row.groupId,
    facilitatorId: row.facilitatorId,
    partnerId: row.partnerId,
    note: row.note,
    createdAt: row.createdAt,
  };
}
