import type {
  AccessLogEntryRecord,
  CaseNoteGrantRecord,
  CaseNoteRecord,
  CaseReferralRecord,
  CaseStatusChangeRecord,
  Database,
  FollowUpCaseRecord,
  Repositories,
} from '@selvhjelp/db';
import type { IsoDate, Scope } from '@selvhjelp/domain';
import {
  CASE_FOLLOW_UP_SOON_DAYS,
  CASE_STATUSES,
  addDays,
  caseFollowUpsDue,
  isIsoDate,
  todayIn,
} from '@selvhjelp/domain';
import { z } from 'zod';
import { withDataErrors } from '../../kernel/data-errors.js';
import { parseInput } from '../../kernel/errors.js';
import { groupedLoader, recordLoader } from '../../kernel/loaders.js';
import { pageSize } from '../../kernel/pagination.js';
import type { Viewer } from '../../kernel/policy.js';
import { personalRecordsScope } from '../../kernel/policy.js';
import type { ReadPath } from '../../kernel/read-path.js';
import { CaseAccess } from './case-access.js';
import { exportDocument } from './case-export.js';
import type { FollowUpCaseDueModel } from './models.js';

const filterSchema = z.object({
  statuses: z.array(z.enum(CASE_STATUSES)).nullish(),
  responsibleStaffUserIds: z.array(z.string()).max(100, { message: 'LIST_INVALID' }).nullish(),
  dueBy: z
    .string()
    .refine(isIsoDate, { message: 'INVALID_DATE' })
    .nullish()
    .transform((value) => value),
});

/** The access log's page in the lead's view; the repository allows up to 200. */
const MAX_ACCESS_LOG_PAGE = 200;

/**
 * Follow-up cases as district staff read them: the district's cases and what hangs on them.
 * Every case, note and export leaves through the read path, which writes the access log (purpose
 * CASE_WORK unless the method says otherwise); a list writes its entries in the list's
 * transaction. Writes are in `CaseWriteService`.
 */
export class FollowUpCaseService {
  readonly access: CaseAccess;

  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly read: ReadPath,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.access = new CaseAccess(db, viewer, read, now);
  }

  private scopeNow(): Scope {
    return personalRecordsScope(this.viewer);
  }

  private readonly loaders = {
    notes: groupedLoader((ids) => this.repo.notesOfCases(this.scopeNow(), ids)),
    referrals: groupedLoader((ids) => this.repo.referralsOfCases(this.scopeNow(), ids)),
    statusChanges: groupedLoader((ids) => this.repo.statusChangesOfCases(this.scopeNow(), ids)),
    grants: groupedLoader((ids) => this.repo.grantsOfCases(this.scopeNow(), ids)),
    notesGrantedUntil: recordLoader(async (ids) => {
      const until = await this.repo.noteGrantsUntil(this.scopeNow(), ids, this.viewer.user.id, this.now());
      return ids.map((id) => until.get(id) ?? null);
    }),
  };

  private get repo() {
    return this.db.repositories.followUpCases;
  }

  private today(): IsoDate {
    return todayIn(this.now());
  }

  async list(args: { filter?: unknown; first?: number | null; after?: string | null }) {
    const scope = await this.access.scope(null, 'LIST', 'CASE_WORK');
    const filter = parseInput(filterSchema, args.filter ?? {}, 'filter');
    const first = pageSize(args.first);
    // The page and its entries (one per case shown) commit together; a failing append fails the list.
    return withDataErrors(() =>
      this.db.transaction(async (repos) => {
        const page = await repos.followUpCases.list(scope, {
          filter: {
            statuses: filter.statuses ?? undefined,
            responsibleStaffUserIds: filter.responsibleStaffUserIds ?? undefined,
            dueBy: filter.dueBy ?? undefined,
          },
          first,
          after: args.after ?? undefined,
        });
        const nodes = await this.read.pass('followUpCase', page.nodes, 'list', 'followUpCases', {
          purpose: 'CASE_WORK',
          tx: repos,
        });
        return { ...page, nodes };
      }),
    );
  }

  async get(id: string): Promise<FollowUpCaseRecord> {
    const scope = await this.access.scope(id, 'READ', 'CASE_WORK');
    const found = await this.repo.findById(scope, id);
    if (!found) throw await this.access.notFound(id, 'READ', 'CASE_WORK');
    return this.read.one('followUpCase', found, 'byId', 'followUpCase', { purpose: 'CASE_WORK' });
  }

  /** The case of an inquiry (an edge of the inquiry); null when it has none. */
  async ofInquiry(inquiryId: string, via: string): Promise<FollowUpCaseRecord | null> {
    await this.access.scope(null, 'READ', 'CASE_WORK');
    // A page of inquiries asking for their cases: one query and one access-log statement for the page.
    return this.read
      .batchLoader(
        'caseOfInquiry',
        'followUpCase',
        via,
        { purpose: 'CASE_WORK' },
        (inquiryIds) => this.repo.findByInquiryIds(this.scopeNow(), inquiryIds),
        (followUpCase) => followUpCase.inquiryId,
      )
      .load(inquiryId);
  }

  /** A case another record points to; null when out of scope. */
  async nested(id: string, via: string): Promise<FollowUpCaseRecord | null> {
    await this.access.scope(null, 'READ', 'CASE_WORK');
    return this.read
      .batchLoader('followUpCase', 'followUpCase', via, { purpose: 'CASE_WORK' }, (ids) =>
        this.repo.findByIds(this.scopeNow(), ids),
      )
      .load(id);
  }

  /** Open cases overdue or due within a week, soonest first (the domain's caseFollowUpsDue). */
  async due(responsibleStaffUserId: string | null | undefined): Promise<FollowUpCaseDueModel[]> {
    const { shown } = await this.dueList({ responsibleStaffUserId, via: 'followUpCasesDue' });
    return shown;
  }

  /**
   * The district home's short list: the due list's first `first` entries with the counts of the
   * whole list. Only the cases shown are read (and logged, LIST with purpose CASE_WORK).
   */
  async dueShortList(first: number, via: string) {
    const { shown, due } = await this.dueList({ first, via });
    return {
      totalCount: due.length,
      overdueCount: due.filter((entry) => entry.overdue).length,
      items: shown,
    };
  }

  private async dueList(options: { responsibleStaffUserId?: string | null; first?: number; via: string }) {
    const scope = await this.access.scope(null, 'LIST', 'CASE_WORK');
    const today = this.today();
    return this.db.transaction(async (repos) => {
      const candidates = await repos.followUpCases.dueBy(scope, addDays(today, CASE_FOLLOW_UP_SOON_DAYS), {
        responsibleStaffUserId: options.responsibleStaffUserId ?? undefined,
      });
      const due = caseFollowUpsDue(candidates, today);
      const entries = options.first === undefined ? due : due.slice(0, options.first);
      const cases = await this.read.pass(
        'followUpCase',
        entries.map((entry) => entry.followUpCase),
        'list',
        options.via,
        { purpose: 'CASE_WORK', tx: repos },
      );
      const shown: FollowUpCaseDueModel[] = entries.map((entry, index) => ({ ...entry, followUpCase: cases[index]! }));
      return { shown, due };
    });
  }

  // --- what hangs on a case the viewer received

  async mayReadNotes(followUpCase: FollowUpCaseRecord): Promise<boolean> {
    return this.access.mayReadNotes(followUpCase, await this.loaders.notesGrantedUntil.load(followUpCase.id));
  }

  /** FORBIDDEN (CASE_NOTES_FORBIDDEN, logged) unless the viewer may read them; one READ_NOTES entry per case. */
  async notesOf(followUpCase: FollowUpCaseRecord): Promise<CaseNoteRecord[]> {
    await this.access.assertNotes(followUpCase, await this.loaders.notesGrantedUntil.load(followUpCase.id));
    return this.read.pass('caseNote', await this.loaders.notes.load(followUpCase.id), 'nested', 'FollowUpCase.notes', {
      purpose: 'CASE_WORK',
    });
  }

  async referralsOf(followUpCase: FollowUpCaseRecord): Promise<CaseReferralRecord[]> {
    return this.read.pass(
      'caseReferral',
      await this.loaders.referrals.load(followUpCase.id),
      'nested',
      'FollowUpCase.referrals',
    );
  }

  async statusChangesOf(followUpCase: FollowUpCaseRecord): Promise<CaseStatusChangeRecord[]> {
    return this.read.pass(
      'caseStatusChange',
      await this.loaders.statusChanges.load(followUpCase.id),
      'nested',
      'FollowUpCase.statusChanges',
    );
  }

  /** The lead's grants on the case (FORBIDDEN CASE_LEAD_ONLY for others). */
  async noteGrantsOf(followUpCase: FollowUpCaseRecord): Promise<CaseNoteGrantRecord[]> {
    await this.access.assertLead(followUpCase, 'READ', 'ACCESS_REVIEW');
    return this.read.pass(
      'caseNoteGrant',
      await this.loaders.grants.load(followUpCase.id),
      'nested',
      'FollowUpCase.noteGrants',
    );
  }

  /**
   * "Who has read case X": the lead's review of the case's access log, newest first. The review
   * is itself an access (READ, purpose ACCESS_REVIEW), logged before the page is read.
   */
  async accessLogOf(followUpCase: FollowUpCaseRecord, args: { first?: number | null; after?: string | null }) {
    await this.access.assertLead(followUpCase, 'READ', 'ACCESS_REVIEW');
    const first = pageSize(args.first ?? 50, 'first');
    await this.read.one('followUpCase', followUpCase, 'nested', 'FollowUpCase.accessLog', { purpose: 'ACCESS_REVIEW' });
    const page = await withDataErrors(() =>
      this.db.repositories.accessLog.listForRecord(this.scopeNow(), 'FOLLOW_UP_CASE', followUpCase.id, {
        first: Math.min(first, MAX_ACCESS_LOG_PAGE),
        after: args.after ?? undefined,
      }),
    );
    const nodes: AccessLogEntryRecord[] = await this.read.pass(
      'accessLogEntry',
      page.nodes,
      'list',
      'FollowUpCase.accessLog',
    );
    return { ...page, nodes };
  }

  /**
   * The right of access (GDPR art. 15): the case, its inquiry with consents, notes, referrals,
   * status changes and its access log as one JSON document. District lead only. The export is
   * logged (EXPORT, purpose SUBJECT_ACCESS_REQUEST, and the notes' READ_NOTES) in the
   * transaction that reads it, so the document's log includes its own export.
   */
  async export(id: string): Promise<string> {
    const purpose = 'SUBJECT_ACCESS_REQUEST';
    const scope = await this.access.scope(id, 'EXPORT', purpose);
    const found = await this.repo.findById(scope, id);
    if (!found) throw await this.access.notFound(id, 'EXPORT', purpose);
    await this.access.assertLead(found, 'EXPORT', purpose);
    const document = await this.db.transaction((repos) => this.readExport(repos, scope, found), { timeoutMs: 30_000 });
    return JSON.stringify(document, null, 2);
  }

  private async readExport(repos: Repositories, scope: Scope, found: FollowUpCaseRecord) {
    const access = { purpose: 'SUBJECT_ACCESS_REQUEST' as const, tx: repos };
    const [followUpCase] = await this.read.pass('followUpCase', [found], 'export', 'exportFollowUpCase', access);
    const cases = repos.followUpCases;
    // The inquiry is exported too: its own log shows the export (EXPORT, SUBJECT_ACCESS_REQUEST).
    const inquiryRecord = await repos.inquiries.findById(scope, found.inquiryId);
    await this.read.maybe('inquiry', inquiryRecord, 'export', 'exportFollowUpCase', access);
    const [inquiry, notes, referrals, statusChanges] = await Promise.all([
      cases.inquiryForExport(scope, found.inquiryId),
      cases.notesOfCases(scope, [found.id]),
      cases.referralsOfCases(scope, [found.id]),
      cases.statusChangesOfCases(scope, [found.id]),
    ]);
    const entries: AccessLogEntryRecord[] = [];
    let after: string | null = null;
    do {
      const page = await repos.accessLog.listForRecord(scope, 'FOLLOW_UP_CASE', found.id, {
        first: MAX_ACCESS_LOG_PAGE,
        after,
      });
      entries.push(...page.nodes);
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    const staffIds = new Set(entries.flatMap((entry) => (entry.staffUserId ? [entry.staffUserId] : [])));
    staffIds.add(found.responsibleStaffUserId);
    const staff = await repos.staffUsers.findByIds({ kind: 'national' }, [...staffIds]);
    return exportDocument({
      exportedAt: this.now(),
      followUpCase: followUpCase!,
      inquiry,
      notes: await this.read.pass('caseNote', notes.get(found.id) ?? [], 'export', 'exportFollowUpCase', access),
      referrals: await this.read.pass('caseReferral', referrals.get(found.id) ?? [], 'export', 'exportFollowUpCase'),
      statusChanges: await this.read.pass(
        'caseStatusChange',
        statusChanges.get(found.id) ?? [],
        'export',
        'exportFollowUpCase',
      ),
      accessLog: await this.read.pass('accessLogEntry', entries, 'export', 'exportFollowUpCase'),
      staffNames: new Map(staff.flatMap((user) => (user ? [[user.id, user.name] as const] : []))),
    });
  }
}
