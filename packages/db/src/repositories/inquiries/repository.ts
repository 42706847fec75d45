import type { IsoDate, Scope } from '@selvhjelp/domain';
import { todayIn } from '@selvhjelp/domain';
import { OutOfScopeError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { atomically, isUuid, scopeAllowsDistrict, translateWriteError } from '../../sql/client.js';
import { assertPageSize, pageOf, wantedIds } from '../../sql/lists.js';
import * as interest from './interest-list.js';
import {
  afterInquiryCursor,
  decodeInquiryCursor,
  encodeInquiryCursor,
  INQUIRY_ORDER,
  inquiryListWhere,
} from './queries.js';
import { inquiryInclude, inquiryScopeWhere, toInquiryRecord } from './records.js';
import { createInquiry, linkActivity, lockInquiry, updateInquiry, withdrawConsent } from './writes.js';
import type {
  ConsentWithdrawal,
  InquiryListOptions,
  InquiryPage,
  InquiryRecord,
  InquiryUpdate,
  InterestCandidates,
  InterestDemandFilter,
  InterestDemandRecord,
  InterestListEntryClosing,
  InterestListEntryRecord,
  NewActivity,
  NewInquiry,
  NewInterestListEntry,
  PlannedActivityResult,
} from './types.js';
import { MAX_INQUIRY_PAGE_SIZE } from './types.js';

const today = () => todayIn(new Date());

/**
 * Inquiries (henvendelser), the consents given with them and the interest lists they feed.
 * Health data: every method takes the caller's scope first and applies it in the query, a
 * record of another district is indistinguishable from a missing one, and nothing here decides
 * who may see what (the gateway's policy and read path do). Writes of several rows run in one
 * transaction; rule-guarded writes go lock → domain rule → write in the caller's transaction.
 */
export class InquiryRepository {
  constructor(
    private readonly client: DbClient,
    private readonly inTransaction = false,
  ) {}

  /** Newest first (receivedOn desc, id desc); RangeError for `first` outside 0..100; InvalidCursorError for a foreign cursor. */
  async list(scope: Scope, options: InquiryListOptions): Promise<InquiryPage> {
    const { first } = options;
    assertPageSize(first, MAX_INQUIRY_PAGE_SIZE);
    const cursor = options.after ? decodeInquiryCursor(options.after) : null;
    const where = inquiryListWhere(scope, options.filter);
    const [rows, totalCount] = await Promise.all([
      first === 0
        ? Promise.resolve([])
        : this.client.inquiry.findMany({
            where: cursor ? { AND: [where, afterInquiryCursor(cursor)] } : where,
            orderBy: INQUIRY_ORDER,
            // One extra row tells whether another page follows, without a second query.
            take: first + 1,
            include: inquiryInclude(options.today ?? today()),
          }),
      this.client.inquiry.count({ where }),
    ]);
    return pageOf(rows, first, totalCount, toInquiryRecord, encodeInquiryCursor);
  }

  /** Aligned with `ids`; null for missing, malformed or out-of-scope ids. Consents judged on `on` (default today). */
  async findByIds(scope: Scope, ids: readonly string[], on?: IsoDate): Promise<(InquiryRecord | null)[]> {
    const wanted = wantedIds(ids);
    const rows = wanted.length
      ? await this.client.inquiry.findMany({
          where: { id: { in: wanted }, ...inquiryScopeWhere(scope) },
          include: inquiryInclude(on ?? today()),
        })
      : [];
    const byId = new Map(rows.map((row) => [row.id, toInquiryRecord(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async findById(scope: Scope, id: string, on?: IsoDate): Promise<InquiryRecord | null> {
    const [found] = await this.findByIds(scope, [id], on);
    return found ?? null;
  }

  /**
   * The district of an inquiry, for logging a denied attempt where that district's lead sees
   * it; the gateway calls it with NATIONAL_SCOPE after a scoped read found nothing. Null when
   * missing or malformed.
   */
  async districtOf(scope: Scope, id: string): Promise<string | null> {
    if (!isUuid(id)) return null;
    const row = await this.client.inquiry.findFirst({
      where: { id, ...inquiryScopeWhere(scope) },
      select: { districtId: true },
    });
    return row?.districtId ?? null;
  }

  /** The inquiry each activity was planned from (the other end of the link), for the activities that have one. One query. */
  async inquiryIdsOfActivities(scope: Scope, activityIds: readonly string[]): Promise<Map<string, string>> {
    const wanted = wantedIds(activityIds);
    const rows = wanted.length
      ? await this.client.inquiry.findMany({
          where: { activityId: { in: wanted }, ...inquiryScopeWhere(scope) },
          select: { id: true, activityId: true },
        })
      : [];
    return new Map(rows.map((row) => [row.activityId!, row.id]));
  }

  /** The inquiry with its consents and interest-list places, in one transaction. OutOfScopeError when the district is outside the scope. */
  async create(scope: Scope, inquiry: NewInquiry): Promise<InquiryRecord> {
    if (!scopeAllowsDistrict(scope, inquiry.districtId)) throw new OutOfScopeError();
    return this.write((tx) => createInquiry(tx, inquiry, today()));
  }

  /**
   * Locks the inquiry for the rest of the caller's transaction and reads it (the facts of the
   * rules before an edit, a withdrawal or planning an activity). Null when missing or out of
   * scope; StaleVersionError when `expectedVersion` is given and moved.
   */
  async lock(scope: Scope, id: string, expectedVersion?: number): Promise<InquiryRecord | null> {
    if (!isUuid(id)) return null;
    return this.write((tx) => lockInquiry(tx, scope, id, expectedVersion, today()));
  }

  /** Null when missing; StaleVersionError when the version moved. Consents: see InquiryUpdate. */
  async update(
    scope: Scope,
    id: string,
    expectedVersion: number,
    update: InquiryUpdate,
  ): Promise<InquiryRecord | null> {
    if (!isUuid(id)) return null;
    return this.write(async (tx) => {
      if (!(await lockInquiry(tx, scope, id, expectedVersion, today()))) return null;
      return updateInquiry(tx, id, expectedVersion, update, today());
    });
  }

  /**
   * Withdraws the consent for a purpose; withdrawing again keeps the first day. Null when the
   * inquiry is missing or has no consent for the purpose. The domain's consentWithdrawalRefusal
   * runs before, on the locked record.
   */
  async withdrawConsent(scope: Scope, inquiryId: string, withdrawal: ConsentWithdrawal): Promise<InquiryRecord | null> {
    if (!isUuid(inquiryId)) return null;
    return this.write(async (tx) => {
      if (!(await lockInquiry(tx, scope, inquiryId, undefined, today()))) return null;
      return withdrawConsent(tx, inquiryId, withdrawal, today());
    });
  }

  /**
   * Creates the planned activity and links the inquiry to it, both ways, in one transaction;
   * after `lock` and the rule (outreachDraftOfInquiry, not linked yet) in the caller's
   * transaction. Null when the inquiry is missing or out of scope; OutOfScopeError when the
   * activity's district is outside the scope; StaleVersionError when it is linked already.
   */
  async planActivity(scope: Scope, inquiryId: string, activity: NewActivity): Promise<PlannedActivityResult | null> {
    if (!isUuid(inquiryId)) return null;
    if (!scopeAllowsDistrict(scope, activity.districtId)) throw new OutOfScopeError();
    return this.write(async (tx) => {
      if (!(await lockInquiry(tx, scope, inquiryId, undefined, today()))) return null;
      return linkActivity(tx, inquiryId, activity, today());
    });
  }

  // --- interest lists

  /** Each inquiry's places on interest lists, first taken first. One query. */
  interestListEntriesOfInquiries(
    scope: Scope,
    inquiryIds: readonly string[],
  ): Promise<Map<string, InterestListEntryRecord[]>> {
    return interest.entriesOfInquiries(this.client, scope, inquiryIds);
  }

  interestListEntriesByIds(scope: Scope, ids: readonly string[]): Promise<(InterestListEntryRecord | null)[]> {
    return interest.entriesByIds(this.client, scope, ids);
  }

  /** A place on an interest list for the inquiry's person; null when the inquiry is missing or out of scope. */
  addToInterestList(scope: Scope, entry: NewInterestListEntry): Promise<InterestListEntryRecord | null> {
    return this.write((tx) => interest.addEntry(tx, scope, entry));
  }

  /** Null when missing; StaleVersionError when the version moved. */
  closeInterestListEntry(
    scope: Scope,
    id: string,
    expectedVersion: number,
    closing: InterestListEntryClosing,
  ): Promise<InterestListEntryRecord | null> {
    return this.write((tx) => interest.closeEntry(tx, scope, id, expectedVersion, closing));
  }

  /** Open entries per theme and municipality, largest first. One aggregate query. */
  interestDemand(scope: Scope, filter?: InterestDemandFilter): Promise<InterestDemandRecord[]> {
    return interest.demand(this.client, scope, filter);
  }

  /**
   * A starting group and the open entries on its themes in its district, with consents and
   * contact; the domain's interestContactsForGroup picks whom to contact. Null when the group is
   * missing or out of scope. Two queries.
   */
  interestCandidatesForGroup(scope: Scope, groupId: string, on?: IsoDate): Promise<InterestCandidates | null> {
    return interest.candidatesForGroup(this.client, scope, groupId, on ?? today());
  }

  private async write<T>(work: (tx: DbClient) => Promise<T>): Promise<T> {
    try {
      return await atomically(this.client, this.inTransaction, work);
    } catch (error) {
      translateWriteError(error);
    }
  }
}
