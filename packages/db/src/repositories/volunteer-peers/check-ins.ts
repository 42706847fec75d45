import type { DistrictId, IsoDate, Scope } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import type { DbClient } from '../../sql/client.js';
import { groupedBy, wantedIds } from '../../sql/lists.js';
import { isoSql, peerScopeSql, uuidList } from './queries.js';
import type { NewPeerCheckIn, PeerCheckInRecord } from './types.js';

/*
 * Staff's check-ins with a peer. A next day set by hand is kept on the peer row
 * (next_check_in_override) as well as on the check-in, so reading the next due day stays one
 * lateral aggregate; a check-in registered for a day before the latest one does not move it.
 */

interface CheckInRow {
  id: string;
  peer_id: string;
  district_id: string;
  date: string;
  note: string | null;
  next_check_in_on: string | null;
  staff_user_id: string | null;
  created_at: string;
}

const CHECK_IN_COLUMNS = Prisma.sql`
  ci.id::text AS id, ci.peer_id::text AS peer_id, p.district_id, to_char(ci.date, 'YYYY-MM-DD') AS date, ci.note,
  to_char(ci.next_check_in_on, 'YYYY-MM-DD') AS next_check_in_on, ci.staff_user_id::text AS staff_user_id,
  to_jsonb(ci.created_at) #>> '{}' AS created_at`;

function toCheckInRecord(row: CheckInRow): PeerCheckInRecord {
  return {
    id: row.id,
    peerId: row.peer_id,
    districtId: row.district_id as DistrictId,
    date: row.date,
    note: row.note,
    nextCheckInOn: row.next_check_in_on,
    staffUserId: row.staff_user_id,
    createdAt: new Date(row.created_at),
  };
}

/** Per peer, newest first (date, then when it was written). One query. */
export async function checkInsFor(
  client: DbClient,
  scope: Scope,
  peerIds: readonly string[],
): Promise<Map<string, PeerCheckInRecord[]>> {
  const ids = wantedIds(peerIds);
  if (ids.length === 0) return groupedBy(peerIds, [], () => '');
  const rows = await client.$queryRaw<CheckInRow[]>(Prisma.sql`
    SELECT ${CHECK_IN_COLUMNS}
    FROM peer_check_in ci JOIN volunteer_peer p ON p.id = ci.peer_id
    WHERE ci.peer_id IN (${uuidList(ids)}) AND ${peerScopeSql(scope)}
    ORDER BY ci.date DESC, ci.created_at DESC, ci.id DESC`);
  return groupedBy(peerIds, rows.map(toCheckInRecord), (record) => record.peerId);
}

/** Null when the peer is not visible in the scope or anonymised. In the caller's transaction. */
export async function insertCheckIn(
  tx: DbClient,
  scope: Scope,
  checkIn: NewPeerCheckIn,
): Promise<PeerCheckInRecord | null> {
  const [peer] = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT p.id::text AS id FROM volunteer_peer p
    WHERE p.id = ${checkIn.peerId}::uuid AND ${peerScopeSql(scope)} AND p.anonymised_at IS NULL
    FOR UPDATE`);
  if (!peer) return null;
  const day: IsoDate = checkIn.date;
  const [row] = await tx.$queryRaw<CheckInRow[]>(Prisma.sql`
    WITH inserted AS (
      INSERT INTO peer_check_in (id, peer_id, date, note, next_check_in_on, staff_user_id, created_at)
      VALUES (gen_random_uuid(), ${checkIn.peerId}::uuid, ${isoSql(day)}, ${checkIn.note},
              ${checkIn.nextCheckInOn === null ? null : isoSql(checkIn.nextCheckInOn)},
              ${checkIn.staffUserId}::uuid, ${checkIn.now.toISOString()}::timestamptz)
      RETURNING *
    )
    SELECT ${CHECK_IN_COLUMNS} FROM inserted ci JOIN volunteer_peer p ON p.id = ci.peer_id`);
  await tx.$executeRaw(Prisma.sql`
    UPDATE volunteer_peer SET next_check_in_override = ${
      checkIn.nextCheckInOn === null ? null : isoSql(checkIn.nextCheckInOn)
    }
    WHERE id = ${checkIn.peerId}::uuid
      AND NOT EXISTS (SELECT 1 FROM peer_check_in ci WHERE ci.peer_id = ${checkIn.peerId}::uuid AND ci.date > ${isoSql(day)})`);
  return toCheckInRecord(row!);
}
