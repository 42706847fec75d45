import DataLoader from 'dataloader';
import type {
  Database,
  InquiryListFilter,
  InquiryRecord,
  InterestListEntryRecord,
  PlannedActivityResult,
  Repositories,
} from '@selvhjelp/db';
import { inquiryDataOf } from '@selvhjelp/db';
import type {
  AccessLogAction,
  ConsentPurpose,
  DistrictId,
  InquiryData,
  InterestListEntryData,
  IsoDate,
  Scope,
} from '@selvhjelp/domain';
import {
  INQUIRER_TYPES,
  INQUIRY_CHANNELS,
  NATIONAL_SCOPE,
  activityInputSchema,
  activityParticipantsRefusal,
  consentWithdrawalRefusal,
  districtScope,
  interestListEntryInputSchema,
  isDistrictRole,
  isIsoDate,
  isUuid,
  makeInquiryInputSchema,
  outreachDraftOfInquiry,
  plannedActivityRefusal,
  todayIn,
} from '@selvhjelp/domain';
import { z } from 'zod';
import { refusedAt, withDataErrors } from '../../kernel/data-errors.js';
import { badUserInput, notFound, parseInput } from '../../kernel/errors.js';
import { groupedLoader } from '../../kernel/loaders.js';
import { pageSize } from '../../kernel/pagination.js';
import type { Viewer } from '../../kernel/policy.js';
import { maySeeInquiryContact, personalRecordsScope } from '../../kernel/policy.js';
import type { ReadPath } from '../../kernel/read-path.js';

/** Inquiries are read and changed for case work; the client never says why (decision 0019). */
const PURPOSE = 'CASE_WORK' as const;
const STALE = 'INQUIRY_STALE';

const filterSchema = z
  .object({
    receivedFrom: z.string().refine(isIsoDate, { message: 'INVALID_DATE' }).nullish(),
    receivedTo: z.string().refine(isIsoDate, { message: 'INVALID_DATE' }).nullish(),
    channels: z.array(z.enum(INQUIRY_CHANNELS)).nullish(),
    inquirerTypes: z.array(z.enum(INQUIRER_TYPES)).nullish(),
    themeIds: z.array(z.string()).nullish(),
    hasCase: z.boolean().nullish(),
  })
  .refine((filter) => !filter.receivedFrom || !filter.receivedTo || filter.receivedFrom <= filter.receivedTo, {
    path: ['receivedTo'],
    message: 'DATE_RANGE_REVERSED',
  });

/**
 * Inquiries (henvendelser) and the consents and interest-list places that come with them. Health
 * data: district staff only (the policy's personalRecordsScope), every record shown and every
 * change in the access log through the read path (in the write's transaction), denied attempts
 * logged where the record's district sees them.
 */
export class InquiryService {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly read: ReadPath,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private readonly loaders = {
    entriesOfInquiry: groupedLoader((ids) => this.repo.interestListEntriesOfInquiries(this.scope(), ids)),
    inquiryOfActivity: new DataLoader<string, string | null>(async (ids) => {
      const byActivity = await this.repo.inquiryIdsOfActivities(this.scope(), ids);
      return ids.map((id) => byActivity.get(id) ?? null);
    }),
  };

  private get repo() {
    return this.db.repositories.inquiries;
  }

  private scope(): Scope {
    return personalRecordsScope(this.viewer);
  }

  private today(): IsoDate {
    return todayIn(this.now());
  }

  private get districtId(): DistrictId {
    // personalRecordsScope admits district roles only, whose district the policy checked.
    return this.viewer.user.districtId as DistrictId;
  }

  /**
   * The viewer's scope for an attempt on one inquiry; a national role is refused, and the attempt
   * is logged as FORBIDDEN where the inquiry's district sees it.
   */
  private async scopeFor(id: string, action: AccessLogAction): Promise<Scope> {
    try {
      return this.scope();
    } catch (error) {
      if (isUuid(id)) {
        const districtId = (await this.repo.districtOf(NATIONAL_SCOPE, id)) as DistrictId | null;
        await this.read.denied('inquiry', id, districtId, 'FORBIDDEN', { purpose: PURPOSE, action });
      }
      throw error;
    }
  }

  /** NOT_FOUND, missing or of another district alike; a well-formed id's attempt is logged (with its district, if any). */
  private async notFound(id: string, action: AccessLogAction): Promise<never> {
    if (isUuid(id)) {
      const districtId = (await this.repo.districtOf(NATIONAL_SCOPE, id)) as DistrictId | null;
      await this.read.denied('inquiry', id, districtId, 'NOT_FOUND', { purpose: PURPOSE, action });
    }
    throw notFound('INQUIRY_NOT_FOUND');
  }

  private filter(value: unknown): InquiryListFilter {
    const parsed = parseInput(filterSchema, value ?? {}, 'filter');
    return {
      receivedFrom: parsed.receivedFrom ?? undefined,
      receivedTo: parsed.receivedTo ?? undefined,
      channels: parsed.channels?.length ? parsed.channels : undefined,
      inquirerTypes: parsed.inquirerTypes?.length ? parsed.inquirerTypes : undefined,
      themeIds: parsed.themeIds?.length ? parsed.themeIds : undefined,
      hasCase: parsed.hasCase ?? undefined,
    };
  }

  /** A page of the district's inquiries; one LIST entry per inquiry shown, in the read's transaction. */
  async list(args: { filter?: unknown; first?: number | null; after?: string | null }) {
    const scope = this.scope();
    const filter = this.filter(args.filter);
    const first = pageSize(args.first);
    return withDataErrors(() =>
      this.db.transaction(async (repos) => {
        const page = await repos.inquiries.list(scope, {
          filter,
          first,
          after: args.after ?? undefined,
          today: this.today(),
        });
        const nodes = await this.read.pass('inquiry', page.nodes, 'list', 'inquiries', { purpose: PURPOSE, tx: repos });
        return { ...page, nodes };
      }),
    );
  }

  async get(id: string): Promise<InquiryRecord> {
    const scope = await this.scopeFor(id, 'READ');
    const found = await this.repo.findById(scope, id, this.today());
    if (!found) return this.notFound(id, 'READ');
    return this.read.one('inquiry', found, 'byId', 'inquiry', { purpose: PURPOSE });
  }

  /** An inquiry another record points to (a case's inquiry); null when out of scope. One query per request's batch. */
  nested(id: string, via: string): Promise<InquiryRecord | null> {
    // A page of cases asking for their inquiries: one query and one access-log statement for the page.
    return this.read
      .batchLoader('inquiry', 'inquiry', via, { purpose: PURPOSE }, (ids) =>
        this.repo.findByIds(this.scope(), ids, this.today()),
      )
      .load(id);
  }

  /** The id of the inquiry an activity was planned from; null for viewers who may not see inquiries. */
  async inquiryIdOfActivity(activityId: string): Promise<string | null> {
    if (!isDistrictRole(this.viewer.user.role)) return null;
    return this.loaders.inquiryOfActivity.load(activityId);
  }

  consentsOf(inquiry: InquiryRecord) {
    return this.read.pass('consent', inquiry.consents, 'nested', 'Inquiry.consents');
  }

  async interestListEntriesOf(inquiryId: string): Promise<InterestListEntryRecord[]> {
    return this.read.pass(
      'interestListEntry',
      await this.loaders.entriesOfInquiry.load(inquiryId),
      'nested',
      'Inquiry.interestListEntries',
    );
  }

  async log(input: unknown): Promise<InquiryRecord> {
    const scope = this.scope();
    const { data, interestList } = this.parseInquiry(input, 'input');
    const districtId = this.districtId;
    return this.db.transaction(async (repos) => {
      await checkReferences(repos, districtId, data, interestList, 'input');
      const created = await repos.inquiries.create(scope, {
        districtId,
        data,
        interestList,
        now: this.now(),
        actorId: this.viewer.user.id,
      });
      return this.read.one('inquiry', created, 'byId', 'logInquiry', { purpose: PURPOSE, tx: repos, action: 'CREATE' });
    });
  }

  async update(input: { id: string; version: number; inquiry: unknown }): Promise<InquiryRecord> {
    const scope = await this.scopeFor(input.id, 'UPDATE');
    const { data } = this.parseInquiry(input.inquiry, 'input.inquiry');
    const updated = await withDataErrors(
      () =>
        this.db.transaction(async (repos) => {
          const current = await repos.inquiries.lock(scope, input.id, input.version);
          if (!current) return null;
          await checkReferences(repos, current.districtId, data, [], 'input.inquiry');
          // A viewer who was not shown the person's details (follow-up consent withdrawn, not the
          // lead) cannot have sent them back: the stored ones stay as they are.
          const person = maySeeInquiryContact(this.viewer, current) ? data.person : inquiryDataOf(current).person;
          const record = await repos.inquiries.update(scope, input.id, input.version, {
            data: { ...data, person },
            now: this.now(),
            actorId: this.viewer.user.id,
          });
          return record && this.logged(repos, record, 'updateInquiry');
        }),
      { stale: STALE },
    );
    return updated ?? this.notFound(input.id, 'UPDATE');
  }

  /** Withdrawn today; withdrawing the follow-up consent hides the contact from all but the lead (the policy's redaction). */
  async withdrawConsent(inquiryId: string, purpose: ConsentPurpose): Promise<InquiryRecord> {
    const scope = await this.scopeFor(inquiryId, 'UPDATE');
    const today = this.today();
    const withdrawn = await this.db.transaction(async (repos) => {
      const current = await repos.inquiries.lock(scope, inquiryId);
      if (!current) return null;
      const consent = current.consents.find((given) => given.purpose === purpose);
      if (!consent) throw badUserInput('purpose', 'CONSENT_NOT_GIVEN');
      const refusal = consentWithdrawalRefusal(consent, today);
      if (refusal) throw refusedAt(refusal, { CONSENT_WITHDRAWN_BEFORE_GIVEN: 'purpose' });
      const record = await repos.inquiries.withdrawConsent(scope, inquiryId, {
        purpose,
        on: today,
        now: this.now(),
        actorId: this.viewer.user.id,
      });
      return record && this.logged(repos, record, 'withdrawConsent');
    });
    return withdrawn ?? this.notFound(inquiryId, 'UPDATE');
  }

  async addToInterestList(inquiryId: string, entry: unknown): Promise<InterestListEntryRecord> {
    const scope = await this.scopeFor(inquiryId, 'UPDATE');
    const data = parseInput(interestListEntryInputSchema, entry, 'entry');
    const added = await this.db.transaction(async (repos) => {
      const current = await repos.inquiries.lock(scope, inquiryId);
      if (!current) return null;
      await checkReferences(repos, current.districtId, null, [data], 'entry');
      const created = await repos.inquiries.addToInterestList(scope, { inquiryId, data, now: this.now() });
      if (!created) return null;
      await this.logged(repos, current, 'addToInterestList');
      return this.read.one('interestListEntry', created, 'byId', 'addToInterestList');
    });
    return added ?? this.notFound(inquiryId, 'UPDATE');
  }

  async closeInterestListEntry(id: string, version: number): Promise<InterestListEntryRecord> {
    const scope = this.scope();
    const closed = await withDataErrors(
      () =>
        this.db.transaction(async (repos) => {
          const record = await repos.inquiries.closeInterestListEntry(scope, id, version, {
            closedOn: this.today(),
            now: this.now(),
          });
          if (!record) return null;
          const inquiry = await repos.inquiries.findById(scope, record.inquiryId, this.today());
          if (inquiry) await this.logged(repos, inquiry, 'closeInterestListEntry');
          return this.read.one('interestListEntry', record, 'byId', 'closeInterestListEntry');
        }),
      { stale: 'INTEREST_LIST_ENTRY_STALE', staleField: 'version' },
    );
    if (!closed) throw notFound('INTEREST_LIST_ENTRY_NOT_FOUND');
    return closed;
  }

  /**
   * A service's or partner's request for a talk or course becomes a planned activity (the domain's
   * outreachDraftOfInquiry plus the staff's title, day and place), linked both ways, once.
   */
  async planActivity(input: {
    inquiryId: string;
    title: string;
    date: string;
    startTime?: string | null;
    endTime?: string | null;
    online?: boolean | null;
    place?: string | null;
  }): Promise<PlannedActivityResult> {
    const scope = await this.scopeFor(input.inquiryId, 'UPDATE');
    const planned = await withDataErrors(
      () =>
        this.db.transaction(async (repos) => {
          const current = await repos.inquiries.lock(scope, input.inquiryId);
          if (!current) return null;
          const data = inquiryDataOf(current);
          const refusal = plannedActivityRefusal(data, current.activityId);
          if (refusal)
            throw refusedAt(refusal, {
              INQUIRY_ACTIVITY_ALREADY_PLANNED: { field: 'input.inquiryId', code: 'CONFLICT' },
              INQUIRY_NOT_A_TALK_REQUEST: 'input.inquiryId',
            });
          const activity = parseInput(
            activityInputSchema,
            {
              ...outreachDraftOfInquiry(data),
              title: input.title,
              date: input.date,
              startTime: input.startTime,
              endTime: input.endTime,
              online: input.online,
              place: input.place,
              staffUserIds: [this.viewer.user.id],
              participantCount: null,
              notes: null,
            },
            'input',
          );
          const participants = activityParticipantsRefusal(
            await repos.outreach.participantFacts(current.districtId, activity.staffUserIds, activity.partnerIds),
          );
          if (participants) throw refusedAt(participants, { PARTNER_NOT_IN_DISTRICT: 'input.inquiryId' });
          const result = await repos.inquiries.planActivity(scope, input.inquiryId, {
            districtId: current.districtId,
            data: activity,
            now: this.now(),
            actorId: this.viewer.user.id,
          });
          if (!result) return null;
          return {
            inquiry: await this.logged(repos, result.inquiry, 'planActivityFromInquiry'),
            activity: await this.read.one('outreachActivity', result.activity, 'byId', 'planActivityFromInquiry'),
          };
        }),
      { stale: STALE, staleField: 'input.inquiryId' },
    );
    return planned ?? this.notFound(input.inquiryId, 'UPDATE');
  }

  /** A changed inquiry as the viewer receives it, its UPDATE (or CREATE) logged in the write's transaction. */
  private logged(repos: Repositories, record: InquiryRecord, via: string, action: AccessLogAction = 'UPDATE') {
    return this.read.one('inquiry', record, 'byId', via, { purpose: PURPOSE, tx: repos, action });
  }

  private parseInquiry(input: unknown, prefix: string): { data: InquiryData; interestList: InterestListEntryData[] } {
    const data = parseInput(makeInquiryInputSchema(this.now()), input, prefix);
    const places = (input as { interestList?: unknown } | null)?.interestList ?? [];
    const interestList = parseInput(z.array(interestListEntryInputSchema), places, `${prefix}.interestList`);
    return { data, interestList };
  }
}

/** The partner and the groups an inquiry names are the district's own (checked in the write's transaction). */
async function checkReferences(
  repos: Repositories,
  districtId: DistrictId,
  data: Pick<InquiryData, 'partnerId'> | null,
  interestList: readonly InterestListEntryData[],
  prefix: string,
): Promise<void> {
  const own = districtScope(districtId);
  if (data?.partnerId) {
    const [partner] = await repos.partners.findByIds(own, [data.partnerId]);
    if (partner?.districtId !== districtId) throw badUserInput(`${prefix}.partnerId`, 'UNKNOWN_PARTNER');
  }
  const groupIds = interestList.flatMap((entry) => (entry.groupId ? [entry.groupId] : []));
  if (groupIds.length === 0) return;
  const groups = await repos.groups.findByIds(own, groupIds);
  const found = new Set(groups.flatMap((group) => (group ? [group.id] : [])));
  const missing = interestList.findIndex((entry) => entry.groupId !== null && !found.has(entry.groupId));
  if (missing >= 0) {
    const field = prefix === 'entry' ? 'entry.groupId' : `${prefix}.interestList.${missing}.groupId`;
    throw badUserInput(field, 'GROUP_NOT_FOUND');
  }
}
