import type { DistrictId, IsoDate, PeerCheckInDue, Scope, VolunteerPeerData } from '@selvhjelp/domain';
import { districtIdOfMunicipality, peerCheckInsDue, todayIn } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { OutOfScopeError, StaleVersionError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { atomically, isUuid, scopeAllowsDistrict, translateWriteError } from '../../sql/client.js';
import { dateFromIso, optionalDateFromIso } from '../../sql/dates.js';
import { assertPageSize, pageOf, wantedIds } from '../../sql/lists.js';
import { checkInsFor, insertCheckIn } from './check-ins.js';
import { readCandidates, readMatchFacts, readNeeds, writeMatch } from './matching.js';
import {
  afterPeerCursorSql,
  decodePeerCursor,
  encodePeerCursor,
  PEER_ORDER_SQL,
  peerListWhere,
  peerScopeSql,
  selectPeers,
  toPeerRecord,
  uuidList,
} from './queries.js';
import type {
  CaseMatchNeedsRecord,
  ConfirmedPeerMatch,
  NewPeerCheckIn,
  NewVolunteerPeer,
  PeerCheckInRecord,
  PeerMatchFacts,
  VolunteerPeerListOptions,
  VolunteerPeerPage,
  VolunteerPeerRecord,
  VolunteerPeerUpdate,
} from './types.js';
import { MAX_VOLUNTEER_PEER_PAGE_SIZE, PEER_WORKLIST_LIMIT } from './types.js';

/** The peer's own columns; a peer who is a facilitator keeps no name or contact of their own. */
function dataColumns(data: VolunteerPeerData, linked: boolean) {
  return {
    districtId: data.districtId,
    name: linked ? null : data.name,
    email: linked ? null : data.email,
    phone: linked ? null : data.phone,
    municipalityNumber: data.municipalityNumber,
    languages: data.languages,
    themeIds: data.themeIds,
    experience: data.experience,
    gender: data.gender,
    availability: data.availability,
    availabilityNote: data.availabilityNote,
    capacity: data.capacity,
    confidentialityDeclaredOn: optionalDateFromIso(data.confidentialityDeclaredOn),
    followUpStaffUserId: data.followUpStaffUserId,
    notes: data.notes,
  };
}

/** The district must be in the scope and be the municipality's district. */
function assertPeerWritable(scope: Scope, data: VolunteerPeerData): void {
  if (
    !scopeAllowsDistrict(scope, data.districtId) ||
    districtIdOfMunicipality(data.municipalityNumber) !== data.districtId
  )
    throw new OutOfScopeError('The volunteer peer must live in a municipality of a district in your scope.');
}

/**
 * Volunteer peers (likepersoner), their check-ins and matching with follow-up cases. Every
 * method takes the caller's scope first and applies it in the query; a peer of another district
 * is indistinguishable from a missing one. Each record carries its load (active follow-ups,
 * since when, last check-in), computed in the same statement.
 */
export class VolunteerPeerRepository {
  constructor(
    private readonly client: DbClient,
    private readonly inTransaction = false,
  ) {}

  /** By name (the facilitator's when linked), then id; RangeError for `first` outside 0..100. */
  async list(scope: Scope, options: VolunteerPeerListOptions): Promise<VolunteerPeerPage> {
    const { first } = options;
    assertPageSize(first, MAX_VOLUNTEER_PEER_PAGE_SIZE);
    const cursor = options.after ? decodePeerCursor(options.after) : null;
    const where = peerListWhere(scope, options.filter ?? {}, options.today ?? todayIn(new Date()));
    const [rows, [count]] = await Promise.all([
      first === 0
        ? Promise.resolve([])
        : selectPeers(
            this.client,
            cursor ? Prisma.sql`${where} AND ${afterPeerCursorSql(cursor)}` : where,
            // One extra row tells whether another page follows, without a second query.
            Prisma.sql`${PEER_ORDER_SQL} LIMIT ${first + 1}`,
          ),
      this.client.$queryRaw<{ total: number }[]>(Prisma.sql`
        SELECT count(*)::int AS total FROM volunteer_peer p LEFT JOIN facilitator f ON f.id = p.facilitator_id
        WHERE ${where}`),
    ]);
    return pageOf(rows, first, count?.total ?? 0, toPeerRecord, encodePeerCursor);
  }

  /** Aligned with `ids`; null for missing, malformed or out-of-scope ids (anonymised ones are found). One query. */
  async findByIds(scope: Scope, ids: readonly string[]): Promise<(VolunteerPeerRecord | null)[]> {
    const wanted = wantedIds(ids);
    const rows = wanted.length
      ? await selectPeers(this.client, Prisma.sql`p.id IN (${uuidList(wanted)}) AND ${peerScopeSql(scope)}`)
      : [];
    const byId = new Map(rows.map((row) => [row.id, toPeerRecord(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async findById(scope: Scope, id: string): Promise<VolunteerPeerRecord | null> {
    const [found] = await this.findByIds(scope, [id]);
    return found ?? null;
  }

  /**
   * The peer's district whoever asks (meant for NATIONAL_SCOPE): a denied attempt is logged with
   * the district whose lead must see it. Null when there is no such peer.
   */
  async districtOf(scope: Scope, id: string): Promise<DistrictId | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.client.$queryRaw<{ district_id: string }[]>(Prisma.sql`
      SELECT p.district_id FROM volunteer_peer p WHERE p.id = ${id}::uuid AND ${peerScopeSql(scope)}`);
    return (row?.district_id as DistrictId | undefined) ?? null;
  }

  /**
   * OutOfScopeError when the district is outside the scope or not the municipality's, or when
   * `facilitatorId` is not a facilitator of that district (forgotten ones neither);
   * UniqueViolationError('facilitatorId') when the facilitator is a peer already.
   */
  async create(scope: Scope, peer: NewVolunteerPeer): Promise<VolunteerPeerRecord> {
    assertPeerWritable(scope, peer.data);
    const linked = peer.facilitatorId !== null;
    const id = await this.write(async (tx) => {
      if (linked) {
        const facilitatorId = peer.facilitatorId ?? '';
        const facilitator = isUuid(facilitatorId)
          ? await tx.facilitator.findFirst({
              where: { id: facilitatorId, districtId: peer.data.districtId, forgottenAt: null },
              select: { id: true },
            })
          : null;
        if (!facilitator) throw new OutOfScopeError('The facilitator must be one of the district’s.');
      }
      const row = await tx.volunteerPeer.create({
        data: {
          ...dataColumns(peer.data, linked),
          facilitatorId: peer.facilitatorId,
          consentGivenOn: dateFromIso(peer.consent.givenOn),
          consentText: peer.consent.text,
          startedOn: dateFromIso(peer.startedOn),
          createdAt: peer.now,
          updatedAt: peer.now,
        },
        select: { id: true },
      });
      return row.id;
    });
    return (await this.findById(scope, id))!;
  }

  /** Null when not visible or anonymised; StaleVersionError at another version; OutOfScopeError as create. */
  async update(
    scope: Scope,
    id: string,
    expectedVersion: number,
    update: VolunteerPeerUpdate,
  ): Promise<VolunteerPeerRecord | null> {
    if (!isUuid(id)) return null;
    assertPeerWritable(scope, update.data);
    const updated = await this.write(async (tx) => {
      const current = await this.lockCurrent(tx, scope, id);
      if (!current) return false;
      if (current.version !== expectedVersion) throw new StaleVersionError('VolunteerPeer', id, expectedVersion);
      await tx.volunteerPeer.update({
        where: { id },
        data: {
          ...dataColumns(update.data, current.facilitator_id !== null),
          version: { increment: 1 },
          updatedAt: update.now,
        },
      });
      return true;
    });
    return updated ? this.findById(scope, id) : null;
  }

  /** The peer stops as a volunteer on `stoppedOn` (their retention clock starts). Null/StaleVersionError as update. */
  async stop(
    scope: Scope,
    id: string,
    expectedVersion: number,
    stoppedOn: IsoDate,
    now: Date,
  ): Promise<VolunteerPeerRecord | null> {
    if (!isUuid(id)) return null;
    const stopped = await this.write(async (tx) => {
      const current = await this.lockCurrent(tx, scope, id);
      if (!current) return false;
      if (current.version !== expectedVersion) throw new StaleVersionError('VolunteerPeer', id, expectedVersion);
      await tx.volunteerPeer.update({
        where: { id },
        data: { stoppedOn: dateFromIso(stoppedOn), version: { increment: 1 }, updatedAt: now },
      });
      return true;
    });
    return stopped ? this.findById(scope, id) : null;
  }

  // --- check-ins

  /** Registers a check-in (and the next day set by hand); null when the peer is not visible or anonymised. */
  registerCheckIn(scope: Scope, checkIn: NewPeerCheckIn): Promise<PeerCheckInRecord | null> {
    if (!isUuid(checkIn.peerId)) return Promise.resolve(null);
    return this.write((tx) => insertCheckIn(tx, scope, checkIn));
  }

  /** Check-ins per peer, newest first; batched for DataLoaders. */
  checkInsFor(scope: Scope, peerIds: readonly string[]): Promise<Map<string, PeerCheckInRecord[]>> {
    return checkInsFor(this.client, scope, peerIds);
  }

  /** The due list on `today` (the domain's peerCheckInsDue) of the peers who follow someone now. */
  async checkInsDue(scope: Scope, today: IsoDate): Promise<PeerCheckInDue<VolunteerPeerRecord>[]> {
    const rows = await selectPeers(
      this.client,
      Prisma.sql`${peerScopeSql(scope)} AND p.anonymised_at IS NULL
        AND EXISTS (SELECT 1 FROM follow_up_case c WHERE c.peer_id = p.id AND c.status IN ('OPEN', 'PAUSED'))`,
      Prisma.sql`ORDER BY p.id LIMIT ${PEER_WORKLIST_LIMIT}`,
    );
    return peerCheckInsDue(rows.map(toPeerRecord), today);
  }

  // --- matching

  /** What a follow-up case needs from a peer (from its inquiry); null when the case is not visible. */
  matchNeeds(scope: Scope, caseId: string): Promise<CaseMatchNeedsRecord | null> {
    if (!isUuid(caseId)) return Promise.resolve(null);
    return readNeeds(this.client, scope, caseId);
  }

  /** The district's peers who have not stopped by `today`, with their load, in one statement (for rankPeerMatches). */
  matchCandidates(scope: Scope, districtId: string, today: IsoDate): Promise<VolunteerPeerRecord[]> {
    return readCandidates(this.client, scope, districtId, today);
  }

  /**
   * Locks the case (StaleVersionError unless at `expectedCaseVersion`) and the peer, and reads
   * them for the domain's peerMatchRefusal; meant for a `db.transaction`, with `confirmMatch` after it.
   */
  matchFacts(
    scope: Scope,
    caseId: string,
    peerId: string,
    expectedCaseVersion: number,
  ): Promise<{ case: CaseMatchNeedsRecord | null; peer: PeerMatchFacts['peer'] | null }> {
    if (!isUuid(caseId)) return Promise.resolve({ case: null, peer: null });
    if (!isUuid(peerId)) return this.matchNeeds(scope, caseId).then((found) => ({ case: found, peer: null }));
    return this.write((tx) => readMatchFacts(tx, scope, caseId, peerId, expectedCaseVersion));
  }

  /** Writes a match the rule allowed, in the transaction that read its facts. */
  confirmMatch(
    caseId: string,
    peerId: string,
    expectedCaseVersion: number,
    matchedOn: IsoDate,
    now: Date,
  ): Promise<ConfirmedPeerMatch> {
    return this.write((tx) => writeMatch(tx, caseId, peerId, expectedCaseVersion, matchedOn, now));
  }

  private async lockCurrent(tx: DbClient, scope: Scope, id: string) {
    const [row] = await tx.$queryRaw<{ version: number; facilitator_id: string | null }[]>(Prisma.sql`
      SELECT p.version, p.facilitator_id::text AS facilitator_id FROM volunteer_peer p
      WHERE p.id = ${id}::uuid AND ${peerScopeSql(scope)} AND p.anonymised_at IS NULL
      FOR UPDATE`);
    return row ?? null;
  }

  private async write<T>(work: (tx: DbClient) => Promise<T>): Promise<T> {
    try {
      return await atomically(this.client, this.inTransaction, work);
    } catch (error) {
      translateWriteError(error);
    }
  }
}
