import type { ContactMoveFacts, IsoDate, Scope } from '@selvhjelp/domain';
import { todayIn } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { OutOfScopeError, StaleVersionError, UniqueViolationError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { assertPageSize, pageOf, wantedIds } from '../../sql/lists.js';
import { atomically, districtScopeSql, isUuid, scopeAllowsDistrict, translateWriteError } from '../../sql/client.js';
import { dateFromIso, isoFromDate } from '../../sql/dates.js';
import type { GroupRecord, VenueRecord } from '../groups/types.js';
import * as agreements from './agreements.js';
import * as contacts from './contacts.js';
import {
  afterPartnerCursor,
  decodePartnerCursor,
  encodePartnerCursor,
  PARTNER_ORDER,
  partnerListWhere,
} from './queries.js';
import { partnerColumns, partnerScopeWhere, toPartnerRecord } from './records.js';
import * as venues from './venues.js';
import type {
  AgreementRecord,
  AgreementUpdate,
  AttachmentContent,
  ContactAffiliationRecord,
  ContactMove,
  ContactPersonRecord,
  ContactUpdate,
  NewAgreement,
  NewContact,
  NewPartner,
  PartnerListOptions,
  PartnerPage,
  PartnerRecord,
  PartnerUpdate,
  VenueListFilter,
} from './types.js';
import { MAX_PARTNER_PAGE_SIZE } from './types.js';

/** The unique index (district_id, organisation_number) refused the write. */
function isDuplicateOrganisationNumber(error: unknown): boolean {
  // The adapters name it differently: the columns (PGlite) or the index name (adapter-pg).
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    error.code === 'P2002' &&
    /organisation_?number/i.test(JSON.stringify(error.meta ?? {}))
  );
}

/**
 * The district's partner network: partners, the people there, agreements and the venues they
 * provide. Every method takes the caller's scope first and applies it in the query; a record
 * of another district is indistinguishable from a missing one. Writes of several rows run in one
 * transaction.
 */
export class PartnerRepository {
  constructor(
    private readonly client: DbClient,
    private readonly inTransaction = false,
  ) {}

  /** By name (then id); RangeError for `first` outside 0..100; InvalidCursorError for a foreign cursor. */
  async list(scope: Scope, options: PartnerListOptions): Promise<PartnerPage> {
    const { first } = options;
    assertPageSize(first, MAX_PARTNER_PAGE_SIZE);
    const cursor = options.after ? decodePartnerCursor(options.after) : null;
    const where = partnerListWhere(scope, options.filter ?? {}, options.today ?? todayIn(new Date()));
    const [rows, totalCount] = await Promise.all([
      first === 0
        ? Promise.resolve([])
        : this.client.partner.findMany({
            where: cursor ? { AND: [where, afterPartnerCursor(cursor)] } : where,
            orderBy: PARTNER_ORDER,
            // One extra row tells whether another page follows, without a second query.
            take: first + 1,
          }),
      this.client.partner.count({ where }),
    ]);
    return pageOf(rows, first, totalCount, toPartnerRecord, encodePartnerCursor);
  }

  /** Aligned with `ids`; null for missing, malformed or out-of-scope ids. */
  async findByIds(scope: Scope, ids: readonly string[]): Promise<(PartnerRecord | null)[]> {
    const wanted = wantedIds(ids);
    const rows = wanted.length
      ? await this.client.partner.findMany({ where: { id: { in: wanted }, ...partnerScopeWhere(scope) } })
      : [];
    const byId = new Map(rows.map((row) => [row.id, toPartnerRecord(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async findById(scope: Scope, id: string): Promise<PartnerRecord | null> {
    const [found] = await this.findByIds(scope, [id]);
    return found ?? null;
  }

  /**
   * Whether another partner of the district has the organisation number (the domain's
   * organisationNumberRefusal); meant for the `db.transaction` that then creates or updates.
   */
  organisationNumberFacts(
    districtId: string,
    organisationNumber: string | null,
    exceptId: string | null,
  ): Promise<{ takenInDistrict: boolean }> {
    return this.write(async (tx) => ({
      takenInDistrict: await organisationNumberTaken(tx, districtId, organisationNumber, exceptId),
    }));
  }

  /** The partner's district at the version the caller read, before an edit. Null when missing; StaleVersionError when it moved. */
  async districtAt(scope: Scope, id: string, expectedVersion: number): Promise<string | null> {
    if (!isUuid(id)) return null;
    const current = await this.client.partner.findFirst({
      where: { id, ...partnerScopeWhere(scope) },
      select: { districtId: true, version: true },
    });
    if (!current) return null;
    if (current.version !== expectedVersion) throw new StaleVersionError('Partner', id, expectedVersion);
    return current.districtId;
  }

  /**
   * A partner the rules allowed. OutOfScopeError when `districtId` is outside the scope;
   * UniqueViolationError('organisationNumber') when another save took the number meanwhile. The
   * owner is put first in workingDistrictIds.
   */
  async create(scope: Scope, partner: NewPartner): Promise<PartnerRecord> {
    if (!scopeAllowsDistrict(scope, partner.districtId)) throw new OutOfScopeError();
    const { districtId, data, now, actorId } = partner;
    const row = await this.write((tx) =>
      tx.partner.create({
        data: {
          districtId,
          ...partnerColumns(districtId, data),
          createdById: actorId,
          updatedById: actorId,
          createdAt: now,
          updatedAt: now,
        },
      }),
    );
    return toPartnerRecord(row);
  }

  /** Null when missing; StaleVersionError when the version moved; UniqueViolationError as create. */
  async update(
    scope: Scope,
    id: string,
    expectedVersion: number,
    update: PartnerUpdate,
  ): Promise<PartnerRecord | null> {
    if (!isUuid(id)) return null;
    const { data, now, actorId } = update;
    return this.write(async (tx) => {
      const current = await tx.partner.findFirst({
        where: { id, ...partnerScopeWhere(scope) },
        select: { districtId: true, version: true },
      });
      if (!current) return null;
      if (current.version !== expectedVersion) throw new StaleVersionError('Partner', id, expectedVersion);
      // The version again: someone may have saved between the read and this update.
      const [row] = await tx.partner.updateManyAndReturn({
        where: { id, version: expectedVersion, ...partnerScopeWhere(scope) },
        data: {
          ...partnerColumns(current.districtId, data),
          version: { increment: 1 },
          updatedAt: now,
          updatedById: actorId,
        },
      });
      if (!row) throw new StaleVersionError('Partner', id, expectedVersion);
      return toPartnerRecord(row);
    });
  }

  /** Per partner: the day of its latest activity that is not CANCELLED and not after `today`. One query. */
  async lastContactOn(scope: Scope, partnerIds: readonly string[], today: IsoDate): Promise<Map<string, IsoDate>> {
    const ids = wantedIds(partnerIds);
    if (ids.length === 0) return new Map();
    const rows = await this.client.$queryRaw<{ partner_id: string; last_on: string }[]>(Prisma.sql`
      SELECT ap.partner_id::text AS partner_id, to_char(max(a.date), 'YYYY-MM-DD') AS last_on
      FROM activity_partner ap
      JOIN partner p ON p.id = ap.partner_id
      JOIN outreach_activity a ON a.id = ap.activity_id
      WHERE ap.partner_id IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})
        AND ${districtScopeSql(scope, 'p.district_id')}
        AND a.status <> 'CANCELLED' AND a.date <= ${isoFromDate(dateFromIso(today))}::date
      GROUP BY ap.partner_id`);
    return new Map(rows.map((row) => [row.partner_id, row.last_on]));
  }

  // --- contact persons

  /** The people at each partner now, by name. One query. */
  contactsOfPartners(scope: Scope, partnerIds: readonly string[]): Promise<Map<string, ContactPersonRecord[]>> {
    return contacts.contactsOfPartners(this.client, scope, partnerIds);
  }

  /** Places people had at each partner and left, most recent (toDate) first. One query. */
  formerContactsOfPartners(
    scope: Scope,
    partnerIds: readonly string[],
  ): Promise<Map<string, ContactAffiliationRecord[]>> {
    return contacts.formerContactsOfPartners(this.client, scope, partnerIds);
  }

  contactsByIds(scope: Scope, ids: readonly string[]): Promise<(ContactPersonRecord | null)[]> {
    return contacts.contactsByIds(this.client, scope, ids);
  }

  /** Each person's earlier places, most recent first. One query. */
  contactHistory(scope: Scope, contactIds: readonly string[]): Promise<Map<string, ContactAffiliationRecord[]>> {
    return contacts.contactHistory(this.client, scope, contactIds);
  }

  /** Null when the partner is missing or out of scope. The person gets the partner's district. */
  addContact(scope: Scope, contact: NewContact): Promise<ContactPersonRecord | null> {
    return this.write((tx) => contacts.addContact(tx, scope, contact));
  }

  /** Null when missing; StaleVersionError when the version moved. The place (partner, since) stays. */
  async updateContact(
    scope: Scope,
    id: string,
    expectedVersion: number,
    update: ContactUpdate,
  ): Promise<ContactPersonRecord | null> {
    if (!isUuid(id)) return null;
    return this.write((tx) => contacts.updateContact(tx, scope, id, expectedVersion, update));
  }

  /**
   * Locks the person and reads what the move rule (the domain's contactMoveRefusal) needs; null
   * when the person is missing; StaleVersionError when the version moved. `moveContact` after it,
   * in one transaction.
   */
  async contactMoveFacts(
    scope: Scope,
    id: string,
    expectedVersion: number,
    move: ContactMove,
  ): Promise<ContactMoveFacts | null> {
    if (!isUuid(id)) return null;
    return this.write((tx) => contacts.readContactMoveFacts(tx, scope, id, expectedVersion, move));
  }

  /**
   * Writes a move the rule allowed: the current place goes into the history (since → date) and
   * the person takes up the new one from `date`. Null when the person is missing; StaleVersionError.
   */
  async moveContact(
    scope: Scope,
    id: string,
    expectedVersion: number,
    move: ContactMove,
  ): Promise<ContactPersonRecord | null> {
    if (!isUuid(id)) return null;
    return this.write((tx) => contacts.moveContact(tx, scope, id, expectedVersion, move));
  }

  /** Deletes the person and their history; false when missing. */
  removeContact(scope: Scope, id: string): Promise<boolean> {
    return this.write((tx) => contacts.removeContact(tx, scope, id));
  }

  // --- agreements

  /** Newest (startsOn) first, documents without their bytes. One query. */
  agreementsOfPartners(scope: Scope, partnerIds: readonly string[]): Promise<Map<string, AgreementRecord[]>> {
    return agreements.agreementsOfPartners(this.client, scope, partnerIds);
  }

  agreementsByIds(scope: Scope, ids: readonly string[]): Promise<(AgreementRecord | null)[]> {
    return agreements.agreementsByIds(this.client, scope, ids);
  }

  /** Null when the partner is missing or out of scope. Agreement and document in one transaction. */
  createAgreement(scope: Scope, agreement: NewAgreement): Promise<AgreementRecord | null> {
    return this.write((tx) => agreements.createAgreement(tx, scope, agreement));
  }

  /** Null when missing; StaleVersionError when the version moved. */
  async updateAgreement(
    scope: Scope,
    id: string,
    expectedVersion: number,
    update: AgreementUpdate,
  ): Promise<AgreementRecord | null> {
    if (!isUuid(id)) return null;
    return this.write((tx) => agreements.updateAgreement(tx, scope, id, expectedVersion, update));
  }

  /** Deletes the agreement and its document row; the storage key it had (FOLDER), so the caller can delete the file. */
  removeAgreement(scope: Scope, id: string): Promise<{ removed: boolean; storageKey: string | null }> {
    return this.write((tx) => agreements.removeAgreement(tx, scope, id));
  }

  /** The document of an agreement with its bytes (DATABASE); null when there is none or it is out of scope. */
  attachmentContent(scope: Scope, agreementId: string): Promise<AttachmentContent | null> {
    return agreements.attachmentContent(this.client, scope, agreementId);
  }

  /** Storage keys still referenced; lets the folder store tell orphans from files in use. */
  attachmentStorageKeysInUse(keys: readonly string[]): Promise<Set<string>> {
    return agreements.attachmentStorageKeysInUse(this.client, keys);
  }

  // --- venues

  /** The district's venues by name, at most MAX_VENUE_LIST. */
  venues(scope: Scope, filter?: VenueListFilter): Promise<VenueRecord[]> {
    return venues.listVenues(this.client, scope, filter);
  }

  venuesByIds(scope: Scope, ids: readonly string[]): Promise<(VenueRecord | null)[]> {
    return venues.venuesByIds(this.client, scope, ids);
  }

  /** The venues each partner provides, by name. One query. */
  venuesOfPartners(scope: Scope, partnerIds: readonly string[]): Promise<Map<string, VenueRecord[]>> {
    return venues.venuesOfPartners(this.client, scope, partnerIds);
  }

  /** The groups meeting at each venue (every row of its place, see venues.ts), by name. Two queries. */
  groupsAtVenues(scope: Scope, venueIds: readonly string[]): Promise<Map<string, GroupRecord[]>> {
    return venues.groupsAtVenues(this.client, scope, venueIds);
  }

  /** Whether the partner is one of the venue's district (the domain's venuePartnerRefusal); null when the venue is missing or out of scope. */
  venuePartnerFacts(
    scope: Scope,
    venueId: string,
    partnerId: string | null,
  ): Promise<{ partnerId: string | null; partnerInDistrict: boolean } | null> {
    return this.write((tx) => venues.readVenuePartnerFacts(tx, scope, venueId, partnerId));
  }

  /** Links the venue to a partner the rule allowed (null unlinks). Null when the venue is missing or out of scope. */
  setVenuePartner(scope: Scope, venueId: string, partnerId: string | null, now: Date): Promise<VenueRecord | null> {
    return this.write((tx) => venues.setVenuePartner(tx, scope, venueId, partnerId, now));
  }

  private async write<T>(work: (tx: DbClient) => Promise<T>): Promise<T> {
    try {
      return await atomically(this.client, this.inTransaction, work);
    } catch (error) {
      // Two saves of the same number at once: the rule passed for both, the index did not.
      if (isDuplicateOrganisationNumber(error)) throw new UniqueViolationError('organisationNumber', { cause: error });
      translateWriteError(error);
    }
  }
}

/** Read first so a caller's transaction is not aborted; the unique index decides under concurrency. */
async function organisationNumberTaken(
  tx: DbClient,
  districtId: string,
  organisationNumber: string | null,
  exceptId: string | null,
): Promise<boolean> {
  if (organisationNumber === null) return false;
  const taken = await tx.partner.count({
    where: { districtId, organisationNumber, ...(exceptId && isUuid(exceptId) ? { id: { not: exceptId } } : {}) },
  });
  return taken > 0;
}
