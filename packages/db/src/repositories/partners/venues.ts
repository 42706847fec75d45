import type { Scope } from '@selvhjelp/domain';
import type { Prisma } from '../../generated/prisma/client.js';
import type { DbClient } from '../../sql/client.js';
import { isUuid } from '../../sql/client.js';
import type { GroupRecord, VenueRecord } from '../groups/types.js';
import { toGroupRecord, toVenueRecord } from '../groups/records.js';
import { groupScopeWhere } from '../groups/queries.js';
import { escapeLike, groupedBy, wantedIds } from '../../sql/lists.js';
import { venueScopeWhere } from './records.js';
import type { VenueListFilter } from './types.js';
import { MAX_VENUE_LIST } from './types.js';

/*
 * The venues partners provide. Venues belong to the group registry (venue.district_id is the
 * scope column); the partner network only links them to a partner of the same district.
 */

const BY_NAME = [{ name: 'asc' }, { id: 'asc' }] satisfies Prisma.VenueOrderByWithRelationInput[];

/*
 * Each group has its own venue row (a group's venue is edited in place), so three groups in one
 * room are three rows. A venue as the partner network knows it is the place: the rows with the
 * same district, name, address and provider. Lists return one row per place (the first by
 * name and id stands for it); its groups and a link or unlink cover every row of the place.
 */
const PLACE = [
  'districtId',
  'name',
  'streetAddress',
  'postalCode',
  'partnerId',
] satisfies Prisma.VenueScalarFieldEnum[];

interface Place {
  id: string;
  districtId: string;
  name: string;
  streetAddress: string;
  postalCode: string;
  partnerId: string | null;
}
const PLACE_SELECT = {
  id: true,
  districtId: true,
  name: true,
  streetAddress: true,
  postalCode: true,
  partnerId: true,
} as const;

const placeKey = (venue: Omit<Place, 'id'>): string =>
  JSON.stringify([venue.districtId, venue.name, venue.streetAddress, venue.postalCode, venue.partnerId]);

const placeWhere = (venue: Place): Prisma.VenueWhereInput => ({
  districtId: venue.districtId,
  name: venue.name,
  streetAddress: venue.streetAddress,
  postalCode: venue.postalCode,
  partnerId: venue.partnerId,
});

export async function listVenues(client: DbClient, scope: Scope, filter: VenueListFilter = {}): Promise<VenueRecord[]> {
  const and: Prisma.VenueWhereInput[] = [venueScopeWhere(scope)];
  if (filter.unlinked) and.push({ partnerId: null });
  const search = filter.search?.trim();
  if (search) {
    const text = escapeLike(search);
    and.push({
      OR: [
        { name: { contains: text, mode: 'insensitive' } },
        { streetAddress: { contains: text, mode: 'insensitive' } },
      ],
    });
  }
  const rows = await client.venue.findMany({
    where: { AND: and },
    orderBy: BY_NAME,
    distinct: PLACE,
    take: MAX_VENUE_LIST,
  });
  return rows.map(toVenueRecord);
}

export async function venuesByIds(
  client: DbClient,
  scope: Scope,
  ids: readonly string[],
): Promise<(VenueRecord | null)[]> {
  const wanted = wantedIds(ids);
  const rows = wanted.length
    ? await client.venue.findMany({ where: { id: { in: wanted }, ...venueScopeWhere(scope) } })
    : [];
  const byId = new Map(rows.map((row) => [row.id, toVenueRecord(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function venuesOfPartners(
  client: DbClient,
  scope: Scope,
  partnerIds: readonly string[],
): Promise<Map<string, VenueRecord[]>> {
  const ids = wantedIds(partnerIds);
  const rows = ids.length
    ? await client.venue.findMany({
        where: { partnerId: { in: ids }, ...venueScopeWhere(scope) },
        orderBy: BY_NAME,
        distinct: PLACE,
      })
    : [];
  return groupedBy(partnerIds, rows.map(toVenueRecord), (row) => row.partnerId!);
}

/** The groups meeting at each venue's place (every row of it), by name. */
export async function groupsAtVenues(
  client: DbClient,
  scope: Scope,
  venueIds: readonly string[],
): Promise<Map<string, GroupRecord[]>> {
  const ids = wantedIds(venueIds);
  const places = ids.length
    ? await client.venue.findMany({ where: { id: { in: ids }, ...venueScopeWhere(scope) }, select: PLACE_SELECT })
    : [];
  const rows = places.length
    ? await client.group.findMany({
        where: { venue: { OR: places.map(placeWhere) }, ...groupScopeWhere(scope) },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        include: { venue: true },
      })
    : [];
  const groups = rows.map(toGroupRecord);
  const result = new Map(venueIds.map((id) => [id, [] as GroupRecord[]]));
  for (const place of places) {
    const key = placeKey(place);
    result.set(
      place.id,
      groups.filter((group) => placeKey(group.venue!) === key),
    );
  }
  return result;
}

/** Whether the partner is one of the venue's district; null when the venue is missing or out of scope. */
export async function readVenuePartnerFacts(
  tx: DbClient,
  scope: Scope,
  venueId: string,
  partnerId: string | null,
): Promise<{ partnerId: string | null; partnerInDistrict: boolean } | null> {
  if (!isUuid(venueId)) return null;
  const venue = await tx.venue.findFirst({ where: { id: venueId, ...venueScopeWhere(scope) }, select: PLACE_SELECT });
  if (!venue) return null;
  const partner =
    partnerId !== null && isUuid(partnerId)
      ? await tx.partner.count({ where: { id: partnerId, districtId: venue.districtId } })
      : 0;
  return { partnerId, partnerInDistrict: partner > 0 };
}

/**
 * Links a venue to a partner the rule allowed (null unlinks); null when the venue is missing or out
 * of scope. The whole place goes with it: the other groups' rows of the same room.
 */
export async function setVenuePartner(
  tx: DbClient,
  scope: Scope,
  venueId: string,
  partnerId: string | null,
  now: Date,
): Promise<VenueRecord | null> {
  if (!isUuid(venueId)) return null;
  const venue = await tx.venue.findFirst({ where: { id: venueId, ...venueScopeWhere(scope) }, select: PLACE_SELECT });
  if (!venue) return null;
  await tx.venue.updateMany({ where: placeWhere(venue), data: { partnerId, updatedAt: now } });
  return toVenueRecord(await tx.venue.findUniqueOrThrow({ where: { id: venueId } }));
}
