import type { CaseStatus, DistrictId, IsoDate, Scope } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { StaleVersionError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { districtScopeSql } from '../../sql/client.js';
import { isoSql, peerScopeSql, selectPeers, toPeerRecord } from './queries.js';
import type { CaseMatchNeedsRecord, ConfirmedPeerMatch, PeerMatchFacts } from './types.js';
import { PEER_WORKLIST_LIMIT } from './types.js';

/*
 * Matching a follow-up case with a peer. The case's needs come from the inquiry it opened from
 * (read here directly: the case is the cases concept's, the needs are what matching asks of it).
 * Confirming locks the case, then the peer (always in that order, so two confirms never wait on
 * each other in a circle), and reads the peer's load after the lock: two staff members
 * confirming the last free place of one peer run one after the other, and the second sees the
 * place taken. PGlite runs one transaction at a time anyway; the locks make a server behave the same.
 */

interface NeedsRow {
  case_id: string;
  district_id: string;
  status: CaseStatus;
  version: number;
  peer_id: string | null;
  theme_ids: string[] | null;
  languages: string[] | null;
  municipality_number: string | null;
}

function needsSql(scope: Scope, caseId: string, lock: boolean): Prisma.Sql {
  return Prisma.sql`
    SELECT c.id::text AS case_id, c.district_id, c.status::text AS status, c.version, c.peer_id::text AS peer_id,
           i.theme_ids, i.languages, i.municipality_number
    FROM follow_up_case c JOIN inquiry i ON i.id = c.inquiry_id
    WHERE c.id = ${caseId}::uuid AND ${districtScopeSql(scope, 'c.district_id')}
    ${lock ? Prisma.sql`FOR UPDATE OF c` : Prisma.empty}`;
}

function toNeeds(row: NeedsRow): CaseMatchNeedsRecord {
  return {
    caseId: row.case_id,
    districtId: row.district_id as DistrictId,
    status: row.status,
    version: row.version,
    peerId: row.peer_id,
    themeIds: row.theme_ids ?? [],
    languages: row.languages ?? [],
    municipalityNumber: row.municipality_number,
  };
}

/** What the case needs from a peer; null when the case is not visible in the scope. */
export async function readNeeds(client: DbClient, scope: Scope, caseId: string): Promise<CaseMatchNeedsRecord | null> {
  const [row] = await client.$queryRaw<NeedsRow[]>(needsSql(scope, caseId, false));
  return row ? toNeeds(row) : null;
}

/** The district's peers who have not stopped by `today`, with their load: one statement. */
export async function readCandidates(client: DbClient, scope: Scope, districtId: string, today: IsoDate) {
  const rows = await selectPeers(
    client,
    Prisma.sql`${peerScopeSql(scope)} AND p.district_id = ${districtId} AND p.anonymised_at IS NULL
      AND (p.stopped_on IS NULL OR p.stopped_on > ${isoSql(today)})`,
    Prisma.sql`ORDER BY p.id LIMIT ${PEER_WORKLIST_LIMIT}`,
  );
  return rows.map(toPeerRecord);
}

/**
 * Locks the case (StaleVersionError when it is not at `expectedCaseVersion`) and then the peer,
 * and reads the peer with their load under the lock. `case` null: not visible; `peer` null: not
 * visible, anonymised, or of another district than the case. In the caller's transaction.
 */
export async function readMatchFacts(
  tx: DbClient,
  scope: Scope,
  caseId: string,
  peerId: string,
  expectedCaseVersion: number,
): Promise<{ case: CaseMatchNeedsRecord | null; peer: PeerMatchFacts['peer'] | null }> {
  const [caseRow] = await tx.$queryRaw<NeedsRow[]>(needsSql(scope, caseId, true));
  if (!caseRow) return { case: null, peer: null };
  const needs = toNeeds(caseRow);
  if (needs.version !== expectedCaseVersion) throw new StaleVersionError('FollowUpCase', caseId, expectedCaseVersion);
  const locked = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT p.id::text AS id FROM volunteer_peer p
    WHERE p.id = ${peerId}::uuid AND p.district_id = ${needs.districtId} AND ${peerScopeSql(scope)}
      AND p.anonymised_at IS NULL
    FOR UPDATE`);
  if (locked.length === 0) return { case: needs, peer: null };
  // Read after the lock: a confirm that held it has committed, and its case counts in the load.
  const [row] = await selectPeers(tx, Prisma.sql`p.id = ${peerId}::uuid`);
  return { case: needs, peer: row ? toPeerRecord(row) : null };
}

/**
 * Writes a match the rule allowed, in the transaction that read its facts: the case gets the
 * peer and the day (kept when the same peer is confirmed again) and a new version.
 */
export async function writeMatch(
  tx: DbClient,
  caseId: string,
  peerId: string,
  expectedCaseVersion: number,
  matchedOn: IsoDate,
  now: Date,
): Promise<ConfirmedPeerMatch> {
  const [updated] = await tx.$queryRaw<{ version: number; peer_matched_on: string }[]>(Prisma.sql`
    UPDATE follow_up_case
    SET peer_matched_on = CASE WHEN peer_id = ${peerId}::uuid THEN peer_matched_on ELSE ${isoSql(matchedOn)} END,
        peer_id = ${peerId}::uuid, version = version + 1, updated_at = ${now.toISOString()}::timestamptz
    WHERE id = ${caseId}::uuid AND version = ${expectedCaseVersion}
    RETURNING version, to_char(peer_matched_on, 'YYYY-MM-DD') AS peer_matched_on`);
  if (!updated) throw new StaleVersionError('FollowUpCase', caseId, expectedCaseVersion);
  const [row] = await selectPeers(tx, Prisma.sql`p.id = ${peerId}::uuid`);
  return { peer: toPeerRecord(row!), caseId, caseVersion: updated.version, peerMatchedOn: updated.peer_matched_on };
}
