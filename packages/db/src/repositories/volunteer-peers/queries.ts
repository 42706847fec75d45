import type { DistrictId, IsoDate, PeerAvailability, PeerGender, Scope } from '@selvhjelp/domain';
import { nextPeerCheckInDue } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { InvalidCursorError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { districtScopeSql, isUuid } from '../../sql/client.js';
import { readCursor } from '../../sql/cursor.js';
import { dateFromIso, isoFromDate } from '../../sql/dates.js';
import { escapeLike } from '../../sql/lists.js';
import type { VolunteerPeerListFilter, VolunteerPeerRecord } from './types.js';

/*
 * One SELECT for every read of peers (a page, by ids, matching candidates, the due list): the
 * peer, the linked facilitator's name and contact (one person, two roles), and the load — active
 * follow-ups and since when, the last check-in — from two lateral aggregates on the
 * (peer_id, status) and (peer_id, date) indexes, so a page of 50 is one statement, not 101.
 */

export interface PeerRow {
  id: string;
  district_id: string;
  facilitator_id: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  municipality_number: string;
  languages: string[] | null;
  theme_ids: string[] | null;
  experience: string | null;
  gender: PeerGender | null;
  availability: PeerAvailability;
  availability_note: string | null;
  capacity: number;
  confidentiality_declared_on: string | null;
  follow_up_staff_user_id: string | null;
  notes: string | null;
  consent_given_on: string;
  consent_text: string | null;
  started_on: string;
  stopped_on: string | null;
  next_check_in_override: string | null;
  anonymised_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  active_follow_ups: number;
  following_since: string | null;
  last_check_in_on: string | null;
  sort_name: string;
}

const day = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY-MM-DD')`);
// jsonb renders an instant as ISO 8601 with its offset, whatever the adapter makes of timestamptz.
const instant = (column: string) => Prisma.raw(`to_jsonb(${column}) #>> '{}'`);

/** The name a peer is listed and searched by: the facilitator's when linked. */
export const PEER_NAME_SQL = Prisma.raw(`COALESCE(f.name, p.name, '')`);

/** `volunteer_peer p` with its facilitator `f` and load; `where` may use p, f. */
export function peerSelect(where: Prisma.Sql, tail: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`
    SELECT p.id::text AS id, p.district_id, p.facilitator_id::text AS facilitator_id,
      CASE WHEN p.facilitator_id IS NULL THEN p.name ELSE f.name END AS name,
      CASE WHEN p.facilitator_id IS NULL THEN p.email ELSE f.email END AS email,
      CASE WHEN p.facilitator_id IS NULL THEN p.phone ELSE f.phone END AS phone,
      p.municipality_number, p.languages, p.theme_ids, p.experience, p.gender::text AS gender,
      p.availability::text AS availability, p.availability_note, p.capacity,
      ${day('p.confidentiality_declared_on')} AS confidentiality_declared_on,
      p.follow_up_staff_user_id::text AS follow_up_staff_user_id, p.notes,
      ${day('p.consent_given_on')} AS consent_given_on, p.consent_text,
      ${day('p.started_on')} AS started_on, ${day('p.stopped_on')} AS stopped_on,
      ${day('p.next_check_in_override')} AS next_check_in_override,
      ${instant('p.anonymised_at')} AS anonymised_at, p.version,
      ${instant('p.created_at')} AS created_at, ${instant('p.updated_at')} AS updated_at,
      load.active AS active_follow_ups, ${day('load.since')} AS following_since,
      ${day('checkin.last_on')} AS last_check_in_on,
      ${PEER_NAME_SQL} AS sort_name
    FROM volunteer_peer p
    LEFT JOIN facilitator f ON f.id = p.facilitator_id
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS active, min(c.peer_matched_on) AS since
      FROM follow_up_case c WHERE c.peer_id = p.id AND c.status IN ('OPEN', 'PAUSED')
    ) load
    CROSS JOIN LATERAL (SELECT max(ci.date) AS last_on FROM peer_check_in ci WHERE ci.peer_id = p.id) checkin
    WHERE ${where}
    ${tail}`;
}

export async function selectPeers(client: DbClient, where: Prisma.Sql, tail?: Prisma.Sql): Promise<PeerRow[]> {
  return client.$queryRaw<PeerRow[]>(peerSelect(where, tail));
}

export const uuidList = (ids: readonly string[]) => Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`));

export const isoSql = (date: IsoDate) => Prisma.sql`${isoFromDate(dateFromIso(date))}::date`;

export function peerScopeSql(scope: Scope): Prisma.Sql {
  return districtScopeSql(scope, 'p.district_id');
}

function anyOf(column: string, values: readonly string[]): Prisma.Sql {
  return values.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`${Prisma.raw(column)} IN (${Prisma.join([...values])})`;
}

/** The list's filter; anonymised peers are never listed. */
export function peerListWhere(scope: Scope, filter: VolunteerPeerListFilter, today: IsoDate): Prisma.Sql {
  const and: Prisma.Sql[] = [peerScopeSql(scope), Prisma.sql`p.anonymised_at IS NULL`];
  if (filter.themeIds) and.push(Prisma.sql`p.theme_ids && ${[...filter.themeIds]}::text[]`);
  if (filter.municipalityNumbers) and.push(anyOf('p.municipality_number', filter.municipalityNumbers));
  if (filter.availabilities) and.push(anyOf('p.availability::text', filter.availabilities));
  if (filter.stopped !== undefined) {
    const stopped = Prisma.sql`(p.stopped_on IS NOT NULL AND p.stopped_on <= ${isoSql(today)})`;
    and.push(filter.stopped ? stopped : Prisma.sql`NOT ${stopped}`);
  }
  const search = filter.search?.trim();
  if (search) and.push(Prisma.sql`${PEER_NAME_SQL} ILIKE ${`%${escapeLike(search)}%`}`);
  return Prisma.join(and, ' AND ');
}

export interface PeerCursor {
  name: string;
  id: string;
}

export function encodePeerCursor(node: { name: string | null; id: string }): string {
  return Buffer.from(JSON.stringify(['vp', node.name ?? '', node.id])).toString('base64url');
}

export function decodePeerCursor(cursor: string): PeerCursor {
  const value = readCursor(cursor);
  if (value.length === 3 && value[0] === 'vp' && typeof value[1] === 'string' && typeof value[2] === 'string') {
    if (isUuid(value[2])) return { name: value[1], id: value[2] };
  }
  throw new InvalidCursorError();
}

export function afterPeerCursorSql(cursor: PeerCursor): Prisma.Sql {
  return Prisma.sql`(${PEER_NAME_SQL}, p.id) > (${cursor.name}, ${cursor.id}::uuid)`;
}

export const PEER_ORDER_SQL = Prisma.sql`ORDER BY sort_name, p.id`;

export function toPeerRecord(row: PeerRow): VolunteerPeerRecord {
  const facts = {
    activeFollowUps: row.active_follow_ups,
    followingSince: row.following_since,
    lastCheckInOn: row.last_check_in_on,
    nextCheckInOverride: row.next_check_in_override,
  };
  return {
    id: row.id,
    // Written only through the repository, which accepts known district ids only.
    districtId: row.district_id as DistrictId,
    facilitatorId: row.facilitator_id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    municipalityNumber: row.municipality_number,
    languages: row.languages ?? [],
    themeIds: row.theme_ids ?? [],
    experience: row.experience,
    gender: row.gender,
    availability: row.availability,
    availabilityNote: row.availability_note,
    capacity: row.capacity,
    confidentialityDeclaredOn: row.confidentiality_declared_on,
    followUpStaffUserId: row.follow_up_staff_user_id,
    notes: row.notes,
    consentGivenOn: row.consent_given_on,
    consentText: row.consent_text,
    startedOn: row.started_on,
    stoppedOn: row.stopped_on,
    anonymisedAt: row.anonymised_at === null ? null : new Date(row.anonymised_at),
    ...facts,
    nextCheckInDue: nextPeerCheckInDue(facts),
    version: row.version,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}
