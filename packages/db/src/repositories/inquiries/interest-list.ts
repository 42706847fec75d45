import type { DistrictId, IsoDate, Scope } from '@selvhjelp/domain';
import { MIXED_THEME_ID } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { StaleVersionError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { districtScopeSql, isUuid } from '../../sql/client.js';
import { dateFromIso } from '../../sql/dates.js';
import { groupedBy, wantedIds } from '../../sql/lists.js';
import { groupScopeWhere } from '../groups/queries.js';
import {
  inquiryScopeWhere,
  interestContactInclude,
  interestScopeWhere,
  toInterestContactRecord,
  toInterestListEntryRecord,
} from './records.js';
import type {
  InterestCandidates,
  InterestDemandFilter,
  InterestDemandRecord,
  InterestListEntryClosing,
  InterestListEntryRecord,
  NewInterestListEntry,
} from './types.js';

/*
 * Interest lists: places people take on a theme and municipality (or a starting group), demand
 * counted in SQL, and the open entries a starting group's staff may contact. The entry takes its
 * inquiry's district; contact details stay on the inquiry.
 */

export async function entriesOfInquiries(
  client: DbClient,
  scope: Scope,
  inquiryIds: readonly string[],
): Promise<Map<string, InterestListEntryRecord[]>> {
  const ids = wantedIds(inquiryIds);
  const rows = ids.length
    ? await client.interestListEntry.findMany({
        where: { inquiryId: { in: ids }, ...interestScopeWhere(scope) },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      })
    : [];
  return groupedBy(inquiryIds, rows.map(toInterestListEntryRecord), (entry) => entry.inquiryId);
}

export async function entriesByIds(
  client: DbClient,
  scope: Scope,
  ids: readonly string[],
): Promise<(InterestListEntryRecord | null)[]> {
  const wanted = wantedIds(ids);
  const rows = wanted.length
    ? await client.interestListEntry.findMany({ where: { id: { in: wanted }, ...interestScopeWhere(scope) } })
    : [];
  const byId = new Map(rows.map((row) => [row.id, toInterestListEntryRecord(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Null when the inquiry is missing or out of scope. */
export async function addEntry(
  tx: DbClient,
  scope: Scope,
  entry: NewInterestListEntry,
): Promise<InterestListEntryRecord | null> {
  if (!isUuid(entry.inquiryId)) return null;
  const inquiry = await tx.inquiry.findFirst({
    where: { id: entry.inquiryId, ...inquiryScopeWhere(scope) },
    select: { districtId: true },
  });
  if (!inquiry) return null;
  const row = await tx.interestListEntry.create({
    data: {
      districtId: inquiry.districtId,
      inquiryId: entry.inquiryId,
      themeId: entry.data.themeId,
      municipalityNumber: entry.data.municipalityNumber,
      groupId: entry.data.groupId,
      createdAt: entry.now,
      updatedAt: entry.now,
    },
  });
  return toInterestListEntryRecord(row);
}

/** Null when missing; StaleVersionError when the version moved. Closing a closed entry keeps its first day. */
export async function closeEntry(
  tx: DbClient,
  scope: Scope,
  id: string,
  expectedVersion: number,
  closing: InterestListEntryClosing,
): Promise<InterestListEntryRecord | null> {
  if (!isUuid(id)) return null;
  const current = await tx.interestListEntry.findFirst({
    where: { id, ...interestScopeWhere(scope) },
    select: { version: true, closedOn: true },
  });
  if (!current) return null;
  if (current.version !== expectedVersion) throw new StaleVersionError('InterestListEntry', id, expectedVersion);
  const [row] = await tx.interestListEntry.updateManyAndReturn({
    where: { id, version: expectedVersion },
    data: {
      closedOn: current.closedOn ?? dateFromIso(closing.closedOn),
      version: { increment: 1 },
      updatedAt: closing.now,
    },
  });
  if (!row) throw new StaleVersionError('InterestListEntry', id, expectedVersion);
  return toInterestListEntryRecord(row);
}

function anyOf(column: string, values: readonly string[]): Prisma.Sql {
  return values.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`${Prisma.raw(column)} IN (${Prisma.join([...values])})`;
}

/** Open entries per theme and municipality, largest first, then by theme and municipality (the domain's interestDemand, in SQL). */
export async function demand(
  client: DbClient,
  scope: Scope,
  filter: InterestDemandFilter = {},
): Promise<InterestDemandRecord[]> {
  const and: Prisma.Sql[] = [districtScopeSql(scope, 'e.district_id'), Prisma.sql`e.closed_on IS NULL`];
  if (filter.themeIds) and.push(anyOf('e.theme_id', filter.themeIds));
  if (filter.municipalityNumbers) and.push(anyOf('e.municipality_number::text', filter.municipalityNumbers));
  const rows = await client.$queryRaw<{ theme_id: string; municipality_number: string; count: number }[]>(Prisma.sql`
    SELECT e.theme_id, e.municipality_number::text AS municipality_number, count(*)::int AS count
    FROM interest_list_entry e
    WHERE ${Prisma.join(and, ' AND ')}
    GROUP BY e.theme_id, e.municipality_number
    ORDER BY count DESC, e.theme_id COLLATE "C", e.municipality_number COLLATE "C"`);
  return rows.map((row) => ({
    themeId: row.theme_id,
    municipalityNumber: row.municipality_number,
    count: Number(row.count),
  }));
}

/**
 * The group and the open entries of its district on one of its themes (every theme when the
 * group is across themes), first come first, each with the inquiry's consents and contact. The
 * domain's interestContactsForGroup then keeps those near enough and with consent. Null when the
 * group is missing or out of scope.
 */
export async function candidatesForGroup(
  client: DbClient,
  scope: Scope,
  groupId: string,
  today: IsoDate,
): Promise<InterestCandidates | null> {
  if (!isUuid(groupId)) return null;
  const group = await client.group.findFirst({
    where: { id: groupId, ...groupScopeWhere(scope) },
    select: { id: true, districtId: true, themeIds: true, municipalityNumber: true },
  });
  if (!group) return null;
  const rows = await client.interestListEntry.findMany({
    where: {
      ...interestScopeWhere(scope),
      districtId: group.districtId,
      closedOn: null,
      ...(group.themeIds.includes(MIXED_THEME_ID) ? {} : { themeId: { in: group.themeIds } }),
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: interestContactInclude(today),
  });
  return {
    group: { ...group, districtId: group.districtId as DistrictId },
    entries: rows.map(toInterestContactRecord),
  };
}
