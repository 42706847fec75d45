import type { DistrictId, IsoDate, Scope } from '@selvhjelp/domain';
import { isIsoDate } from '@selvhjelp/domain';
import type { DbClient } from '../../sql/client.js';
import { atomically, isUuid, translateWriteError } from '../../sql/client.js';
import { dateFromIso, isoFromDate, optionalIsoFromDate } from '../../sql/dates.js';
import { assertPageSize, pageOf, wantedIds } from '../../sql/lists.js';
import * as children from './children.js';
import { afterCaseCursor, CASE_ORDER, caseListWhere, decodeCaseCursor, encodeCaseCursor } from './queries.js';
import { caseScopeWhere, inquiryScopeWhere, toCaseRecord } from './records.js';
import type {
  CaseInquiryExport,
  CaseNoteGrantRecord,
  CaseNoteRecord,
  CaseOpeningFacts,
  CaseReferralRecord,
  CaseStatusChangeRecord,
  CaseStatusWrite,
  CaseUpdate,
  CaseWriteFacts,
  FollowUpCaseListOptions,
  FollowUpCasePage,
  FollowUpCaseRecord,
  NewCaseNote,
  NewCaseNoteGrant,
  NewCaseReferral,
  NewFollowUpCase,
} from './types.js';
import { MAX_CASE_DUE_LIST, MAX_CASE_PAGE_SIZE } from './types.js';
import * as writes from './writes.js';

/**
 * Follow-up cases (oppfølgingssaker): a case opened from an inquiry, its status changes, notes,
 * referrals and the lead's grants to read its notes. Every method takes the caller's scope first
 * and applies it in the query; another district's case is indistinguishable from a missing one.
 * The rules are the domain's: the gateway's service reads the facts here (under the row's lock,
 * in its transaction), asks the rule, then writes. Writes of several rows run in one transaction.
 */
export class FollowUpCaseRepository {
  constructor(
    private readonly client: DbClient,
    private readonly inTransaction = false,
  ) {}

  /** Newest opened first; RangeError for `first` outside 0..100; InvalidCursorError for a foreign cursor. */
  async list(scope: Scope, options: FollowUpCaseListOptions): Promise<FollowUpCasePage> {
    const { first } = options;
    assertPageSize(first, MAX_CASE_PAGE_SIZE);
    const cursor = options.after ? decodeCaseCursor(options.after) : null;
    const where = caseListWhere(scope, options.filter ?? {});
    const [rows, totalCount] = await Promise.all([
      first === 0
        ? Promise.resolve([])
        : this.client.followUpCase.findMany({
            where: cursor ? { AND: [where, afterCaseCursor(cursor)] } : where,
            orderBy: CASE_ORDER,
            // One extra row tells whether another page follows, without a second query.
            take: first + 1,
          }),
      this.client.followUpCase.count({ where }),
    ]);
    return pageOf(rows, first, totalCount, toCaseRecord, encodeCaseCursor);
  }

  /** Aligned with `ids`; null for missing, malformed or out-of-scope ids. */
  async findByIds(scope: Scope, ids: readonly string[]): Promise<(FollowUpCaseRecord | null)[]> {
    const wanted = wantedIds(ids);
    const rows = wanted.length
      ? await this.client.followUpCase.findMany({ where: { id: { in: wanted }, ...caseScopeWhere(scope) } })
      : [];
    const byId = new Map(rows.map((row) => [row.id, toCaseRecord(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async findById(scope: Scope, id: string): Promise<FollowUpCaseRecord | null> {
    const [found] = await this.findByIds(scope, [id]);
    return found ?? null;
  }

  /** The case of each inquiry (at most one), aligned with `inquiryIds`. */
  async findByInquiryIds(scope: Scope, inquiryIds: readonly string[]): Promise<(FollowUpCaseRecord | null)[]> {
    const wanted = wantedIds(inquiryIds);
    const rows = wanted.length
      ? await this.client.followUpCase.findMany({ where: { inquiryId: { in: wanted }, ...caseScopeWhere(scope) } })
      : [];
    const byInquiry = new Map(rows.map((row) => [row.inquiryId, toCaseRecord(row)]));
    return inquiryIds.map((id) => byInquiry.get(id) ?? null);
  }

  /**
   * The case's district whatever the viewer's scope (pass NATIONAL_SCOPE): for the access-log
   * entry of a denied attempt, so the case's own district sees it. Null when there is no case.
   */
  async districtOf(scope: Scope, id: string): Promise<DistrictId | null> {
    if (!isUuid(id)) return null;
    const row = await this.client.followUpCase.findFirst({
      where: { id, ...caseScopeWhere(scope) },
      select: { districtId: true },
    });
    return (row?.districtId as DistrictId | undefined) ?? null;
  }

  /**
   * Open cases whose next follow-up is on or before `cutoff`, soonest first (ties by id), at
   * most MAX_CASE_DUE_LIST: what the domain's caseFollowUpsDue sorts into overdue and soon.
   */
  async dueBy(
    scope: Scope,
    cutoff: IsoDate,
    options: { responsibleStaffUserId?: string } = {},
  ): Promise<FollowUpCaseRecord[]> {
    if (!isIsoDate(cutoff)) throw new RangeError('cutoff is not a calendar day.');
    const responsible = options.responsibleStaffUserId;
    if (responsible !== undefined && !isUuid(responsible)) return [];
    const rows = await this.client.followUpCase.findMany({
      where: {
        ...caseScopeWhere(scope),
        status: 'OPEN',
        nextFollowUpOn: { lte: dateFromIso(cutoff) },
        ...(responsible ? { responsibleStaffUserId: responsible } : {}),
      },
      orderBy: [{ nextFollowUpOn: 'asc' }, { id: 'asc' }],
      take: MAX_CASE_DUE_LIST,
    });
    return rows.map(toCaseRecord);
  }

  // --- opening and changing a case

  /**
   * Locks the inquiry and reads what opening a case from it needs (the domain's
   * caseOpeningRefusal); null when the inquiry is missing or out of scope. `open` after it, in
   * one transaction.
   */
  openingFacts(scope: Scope, inquiryId: string, responsibleStaffUserId: string): Promise<CaseOpeningFacts | null> {
    return this.write((tx) => writes.readOpeningFacts(tx, scope, inquiryId, responsibleStaffUserId));
  }

  /**
   * A case the rules allowed, with a random reference (drawn again on a clash) and its first
   * status change, in one transaction. Null when the inquiry is missing or out of scope;
   * UniqueViolationError('inquiryId') when the inquiry got a case meanwhile.
   */
  open(scope: Scope, open: NewFollowUpCase): Promise<FollowUpCaseRecord | null> {
    return this.write((tx) => writes.openCase(tx, scope, open));
  }

  /** Locks the case; null when missing; StaleVersionError when `expectedVersion` (if not null) moved. */
  writeFacts(scope: Scope, id: string, expectedVersion: number | null): Promise<CaseWriteFacts | null> {
    return this.write((tx) => writes.readWriteFacts(tx, scope, id, expectedVersion));
  }

  /** A change the domain's lifecycle allowed, with its history row. Null when missing; StaleVersionError. */
  changeStatus(
    scope: Scope,
    id: string,
    expectedVersion: number,
    change: CaseStatusWrite,
  ): Promise<FollowUpCaseRecord | null> {
    return this.write((tx) => writes.changeStatus(tx, scope, id, expectedVersion, change));
  }

  /** The responsible staff member and next follow-up. Null when missing; StaleVersionError. */
  update(scope: Scope, id: string, expectedVersion: number, update: CaseUpdate): Promise<FollowUpCaseRecord | null> {
    return this.write((tx) => writes.updateCase(tx, scope, id, expectedVersion, update));
  }

  /** Which of the ids are active staff (staff or lead) of the district. One query. */
  activeDistrictStaff(districtId: string, staffUserIds: readonly string[]): Promise<Set<string>> {
    return writes.activeDistrictStaff(this.client, districtId, staffUserIds);
  }

  // --- status changes, notes, referrals

  /** Oldest first. One query. */
  statusChangesOfCases(scope: Scope, caseIds: readonly string[]): Promise<Map<string, CaseStatusChangeRecord[]>> {
    return children.statusChangesOfCases(this.client, scope, caseIds);
  }

  /** Newest first. One query. */
  notesOfCases(scope: Scope, caseIds: readonly string[]): Promise<Map<string, CaseNoteRecord[]>> {
    return children.notesOfCases(this.client, scope, caseIds);
  }

  /** The note and the case after it; null when the case is missing or out of scope. */
  addNote(
    scope: Scope,
    caseId: string,
    note: NewCaseNote,
  ): Promise<{ note: CaseNoteRecord; followUpCase: FollowUpCaseRecord } | null> {
    return this.write((tx) => children.addNote(tx, scope, caseId, note));
  }

  /** What the domain's caseReferralRefusal needs; null when the case is missing or out of scope. */
  referralFacts(
    scope: Scope,
    caseId: string,
    referralResourceId: string,
  ): Promise<{ resourceInDistrict: boolean; resourceArchived: boolean } | null> {
    return this.write((tx) => children.readReferralFacts(tx, scope, caseId, referralResourceId));
  }

  /** Null when the case is missing or out of scope, or the resource is not of its district. */
  addReferral(scope: Scope, caseId: string, referral: NewCaseReferral): Promise<CaseReferralRecord | null> {
    return this.write((tx) => children.addReferral(tx, scope, caseId, referral));
  }

  /** Newest first. One query. */
  referralsOfCases(scope: Scope, caseIds: readonly string[]): Promise<Map<string, CaseReferralRecord[]>> {
    return children.referralsOfCases(this.client, scope, caseIds);
  }

  // --- note grants

  /** What the domain's caseNoteGrantRefusal needs; null when the case is missing or out of scope. */
  grantFacts(
    scope: Scope,
    caseId: string,
    staffUserId: string,
  ): Promise<{ granteeIsDistrictStaff: boolean; anonymised: boolean } | null> {
    return this.write((tx) => children.readGrantFacts(tx, scope, caseId, staffUserId));
  }

  /** Null when the case is missing or out of scope. */
  grantNotes(scope: Scope, caseId: string, grant: NewCaseNoteGrant): Promise<CaseNoteGrantRecord | null> {
    return this.write((tx) => children.grantNotes(tx, scope, caseId, grant));
  }

  /** Ends the grant at `now` (the first revocation stands). Null when missing or out of scope. */
  revokeGrant(scope: Scope, grantId: string, now: Date): Promise<CaseNoteGrantRecord | null> {
    return this.write((tx) => children.revokeGrant(tx, scope, grantId, now));
  }

  grantsByIds(scope: Scope, ids: readonly string[]): Promise<(CaseNoteGrantRecord | null)[]> {
    return children.grantsByIds(this.client, scope, ids);
  }

  /** Every grant of each case, newest first. One query. */
  grantsOfCases(scope: Scope, caseIds: readonly string[]): Promise<Map<string, CaseNoteGrantRecord[]>> {
    return children.grantsOfCases(this.client, scope, caseIds);
  }

  /** Until when `staffUserId` may read each case's notes by a running grant (absent: no grant). One query. */
  noteGrantsUntil(
    scope: Scope,
    caseIds: readonly string[],
    staffUserId: string,
    now: Date,
  ): Promise<Map<string, Date>> {
    return children.noteGrantsUntil(this.client, scope, caseIds, staffUserId, now);
  }

  // --- the art. 15 export

  /** The inquiry behind a case with every field and its consents; null when missing or out of scope. */
  async inquiryForExport(scope: Scope, inquiryId: string): Promise<CaseInquiryExport | null> {
    if (!isUuid(inquiryId)) return null;
    const row = await this.client.inquiry.findFirst({
      where: { id: inquiryId, ...inquiryScopeWhere(scope) },
      include: { consents: { orderBy: [{ givenOn: 'asc' }, { purpose: 'asc' }] } },
    });
    if (!row) return null;
    return {
      id: row.id,
      districtId: row.districtId as DistrictId,
      receivedOn: isoFromDate(row.receivedOn),
      receivedTime: row.receivedTime,
      channel: row.channel,
      inquirerType: row.inquirerType,
      publicServiceType: row.publicServiceType,
      partnerId: row.partnerId,
      themeIds: row.themeIds,
      languages: row.languages,
      municipalityNumber: row.municipalityNumber,
      minutesSpent: row.minutesSpent,
      actions: row.actions,
      note: row.note,
      personAlias: row.personAlias,
      contactMethod: row.contactMethod,
      contactValue: row.contactValue,
      anonymisedAt: row.anonymisedAt,
      createdAt: row.createdAt,
      consents: row.consents.map((consent) => ({
        purpose: consent.purpose,
        givenOn: isoFromDate(consent.givenOn),
        wording: consent.wording,
        withdrawnOn: optionalIsoFromDate(consent.withdrawnOn),
      })),
    };
  }

  private async write<T>(work: (tx: DbClient) => Promise<T>): Promise<T> {
    try {
      return await atomically(this.client, this.inTransaction, work);
    } catch (error) {
      translateWriteError(error);
    }
  }
}
