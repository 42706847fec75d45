import type {
  CaseNoteGrantRecord,
  CaseNoteRecord,
  CaseReferralRecord,
  Database,
  FollowUpCaseRecord,
  Repositories,
} from '@selvhjelp/db';
import type { IsoDate, Scope } from '@selvhjelp/domain';
import {
  caseFollowUpOnStatusChange,
  caseNoteGrantRefusal,
  caseOpeningRefusal,
  caseReferralRefusal,
  caseWriteRefusal,
  initialCaseFollowUpOn,
  makeCaseNoteInputSchema,
  makeCaseReferralInputSchema,
  makeCaseStatusChangeSchema,
  makeFollowUpCaseInputSchema,
  todayIn,
} from '@selvhjelp/domain';
import type { RefusalPlaces } from '../../kernel/data-errors.js';
import { refusedAt, withDataErrors } from '../../kernel/data-errors.js';
import { conflict, notFound, parseInput } from '../../kernel/errors.js';
import type { Viewer } from '../../kernel/policy.js';
import type { ReadPath } from '../../kernel/read-path.js';
import { CaseAccess } from './case-access.js';

const STALE = 'FOLLOW_UP_CASE_STALE';
const CHANGED = { purpose: 'CASE_WORK', action: 'UPDATE' } as const;

type CaseRuleReason =
  | 'CASE_INQUIRY_HAS_CASE'
  | 'CASE_INQUIRY_ANONYMISED'
  | 'CASE_RESPONSIBLE_NOT_IN_DISTRICT'
  | 'CASE_ANONYMISED'
  | 'CASE_CLOSED'
  | 'CASE_REFERRAL_RESOURCE_NOT_FOUND'
  | 'CASE_REFERRAL_RESOURCE_ARCHIVED'
  | 'CASE_NOTE_GRANT_STAFF_NOT_IN_DISTRICT'
  | 'CASE_NOTE_GRANT_UNTIL_IN_PAST'
  | 'CASE_NOTE_GRANT_TOO_LONG';

// Where each refusal points; the state of the case (CONFLICT) or a wrong input (BAD_USER_INPUT).
const PLACES: RefusalPlaces<CaseRuleReason> = {
  CASE_INQUIRY_HAS_CASE: { field: 'input.inquiryId', code: 'CONFLICT' },
  CASE_INQUIRY_ANONYMISED: { field: 'input.inquiryId', code: 'CONFLICT' },
  CASE_RESPONSIBLE_NOT_IN_DISTRICT: 'input.responsibleStaffUserId',
  CASE_ANONYMISED: { field: 'input', code: 'CONFLICT' },
  CASE_CLOSED: { field: 'input.nextFollowUpOn', code: 'CONFLICT' },
  CASE_REFERRAL_RESOURCE_NOT_FOUND: 'input.referralResourceId',
  CASE_REFERRAL_RESOURCE_ARCHIVED: 'input.referralResourceId',
  CASE_NOTE_GRANT_STAFF_NOT_IN_DISTRICT: 'staffUserId',
  CASE_NOTE_GRANT_UNTIL_IN_PAST: 'until',
  CASE_NOTE_GRANT_TOO_LONG: 'until',
};

function check(refusal: { reason: string; field?: string } | null, places = PLACES): void {
  if (refusal) throw refusedAt(refusal as { reason: CaseRuleReason }, places);
}

/**
 * Changes to follow-up cases by district staff: open from an inquiry, status, responsible staff
 * member and next follow-up, notes, referrals, and the lead's note grants. Each runs facts → rule
 * → write in one transaction, and the changed case passes the read path there (CREATE or UPDATE,
 * purpose CASE_WORK), so the change and its access-log entry commit together. An attempt on a
 * case the viewer does not get is logged (NOT_FOUND, FORBIDDEN) before the error goes out.
 */
export class CaseWriteService {
  private readonly access: CaseAccess;

  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly read: ReadPath,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.access = new CaseAccess(db, viewer, read, now);
  }

  private today(): IsoDate {
    return todayIn(this.now());
  }

  async open(input: {
    inquiryId: string;
    responsibleStaffUserId?: string | null;
    nextFollowUpOn?: string | null;
  }): Promise<FollowUpCaseRecord> {
    const scope = await this.access.scope(null, 'CREATE', 'CASE_WORK');
    const today = this.today();
    const data = parseInput(
      makeFollowUpCaseInputSchema(today),
      {
        responsibleStaffUserId: input.responsibleStaffUserId ?? this.viewer.user.id,
        peerId: null,
        nextFollowUpOn: input.nextFollowUpOn ?? initialCaseFollowUpOn(today),
      },
      'input',
    );
    const opened = await withDataErrors(
      () =>
        this.db.transaction(async (repos) => {
          const facts = await repos.followUpCases.openingFacts(scope, input.inquiryId, data.responsibleStaffUserId);
          if (!facts) return null;
          check(caseOpeningRefusal(facts));
          const created = await repos.followUpCases.open(scope, {
            inquiryId: input.inquiryId,
            responsibleStaffUserId: data.responsibleStaffUserId,
            nextFollowUpOn: data.nextFollowUpOn,
            openedOn: today,
            now: this.now(),
            actorId: this.viewer.user.id,
          });
          return created && this.passChanged(repos, created, 'CREATE');
        }),
      { taken: (field) => (field === 'inquiryId' ? conflict('CASE_INQUIRY_HAS_CASE', 'input.inquiryId') : undefined) },
    );
    if (!opened) throw notFound('CASE_INQUIRY_NOT_FOUND');
    return opened;
  }

  async changeStatus(input: {
    id: string;
    version: number;
    status: string;
    outcome?: string | null;
    outcomeNote?: string | null;
    effectiveDate?: string | null;
  }): Promise<FollowUpCaseRecord> {
    const scope = await this.access.scope(input.id, 'UPDATE', 'CASE_WORK');
    const today = this.today();
    const changed = await this.inTransaction(async (repos) => {
      const facts = await repos.followUpCases.writeFacts(scope, input.id, input.version);
      if (!facts) return null;
      check(caseWriteRefusal(facts, { setsNextFollowUp: false }));
      const { id: _id, version: _version, ...fields } = input;
      const change = parseInput(makeCaseStatusChangeSchema(today, facts.status), fields, 'input');
      const updated = await repos.followUpCases.changeStatus(scope, input.id, input.version, {
        ...change,
        nextFollowUpOn: caseFollowUpOnStatusChange(facts.nextFollowUpOn, change.status),
        now: this.now(),
        actorId: this.viewer.user.id,
      });
      return updated && this.passChanged(repos, updated, 'UPDATE');
    });
    if (!changed) throw await this.access.notFound(input.id, 'UPDATE', 'CASE_WORK');
    return changed;
  }

  async update(input: {
    id: string;
    version: number;
    responsibleStaffUserId: string;
    nextFollowUpOn?: string | null;
  }): Promise<FollowUpCaseRecord> {
    const scope = await this.access.scope(input.id, 'UPDATE', 'CASE_WORK');
    const data = parseInput(
      makeFollowUpCaseInputSchema(this.today()),
      { responsibleStaffUserId: input.responsibleStaffUserId, peerId: null, nextFollowUpOn: input.nextFollowUpOn },
      'input',
    );
    const updated = await this.inTransaction(async (repos) => {
      const facts = await repos.followUpCases.writeFacts(scope, input.id, input.version);
      if (!facts) return null;
      const staff = await repos.followUpCases.activeDistrictStaff(facts.districtId, [data.responsibleStaffUserId]);
      check(
        caseWriteRefusal(facts, {
          setsNextFollowUp: data.nextFollowUpOn !== null,
          changesResponsible: data.responsibleStaffUserId !== facts.responsibleStaffUserId,
          responsibleInDistrict: staff.size > 0,
        }),
        { ...PLACES, CASE_CLOSED: { field: 'input', code: 'CONFLICT' } },
      );
      const result = await repos.followUpCases.update(scope, input.id, input.version, {
        responsibleStaffUserId: data.responsibleStaffUserId,
        nextFollowUpOn: data.nextFollowUpOn,
        now: this.now(),
      });
      return result && this.passChanged(repos, result, 'UPDATE');
    });
    if (!updated) throw await this.access.notFound(input.id, 'UPDATE', 'CASE_WORK');
    return updated;
  }

  /** A note, by those who may read the case's notes (FORBIDDEN CASE_NOTES_FORBIDDEN otherwise, logged). */
  async addNote(input: {
    caseId: string;
    date?: string | null;
    text: string;
    nextFollowUpOn?: string | null;
  }): Promise<CaseNoteRecord> {
    const scope = await this.access.scope(input.caseId, 'UPDATE', 'CASE_WORK');
    const today = this.today();
    const data = parseInput(
      makeCaseNoteInputSchema(today),
      { date: input.date ?? today, text: input.text, nextFollowUpOn: input.nextFollowUpOn },
      'input',
    );
    const found = await this.caseFor(scope, input.caseId, 'UPDATE');
    const grants = await this.db.repositories.followUpCases.noteGrantsUntil(
      scope,
      [found.id],
      this.viewer.user.id,
      this.now(),
    );
    await this.access.assertNotes(found, grants.get(found.id) ?? null, 'UPDATE');
    const note = await this.inTransaction(async (repos) => {
      const facts = await repos.followUpCases.writeFacts(scope, input.caseId, null);
      if (!facts) return null;
      check(caseWriteRefusal(facts, { setsNextFollowUp: data.nextFollowUpOn !== null }));
      const added = await repos.followUpCases.addNote(scope, input.caseId, {
        ...data,
        authorId: this.viewer.user.id,
        now: this.now(),
      });
      // The note is the change: one UPDATE entry for its case, in the write's transaction.
      return added && this.read.one('caseNote', added.note, 'byId', 'addCaseNote', { ...CHANGED, tx: repos });
    });
    if (!note) throw await this.access.notFound(input.caseId, 'UPDATE', 'CASE_WORK');
    return note;
  }

  async addReferral(input: {
    caseId: string;
    referralResourceId: string;
    date?: string | null;
    note?: string | null;
  }): Promise<CaseReferralRecord> {
    const scope = await this.access.scope(input.caseId, 'UPDATE', 'CASE_WORK');
    const today = this.today();
    const data = parseInput(
      makeCaseReferralInputSchema(today),
      { referralResourceId: input.referralResourceId, date: input.date ?? today, note: input.note },
      'input',
    );
    const referral = await this.inTransaction(async (repos) => {
      const cases = repos.followUpCases;
      const facts = await cases.writeFacts(scope, input.caseId, null);
      if (!facts) return null;
      check(caseWriteRefusal(facts, { setsNextFollowUp: false }));
      check(caseReferralRefusal((await cases.referralFacts(scope, input.caseId, data.referralResourceId))!));
      const added = await cases.addReferral(scope, input.caseId, {
        ...data,
        staffUserId: this.viewer.user.id,
        now: this.now(),
      });
      const followUpCase = await cases.findById(scope, input.caseId);
      if (!added || !followUpCase) return null;
      await this.passChanged(repos, followUpCase, 'UPDATE');
      return added;
    });
    if (!referral) throw await this.access.notFound(input.caseId, 'UPDATE', 'CASE_WORK');
    return this.read.one('caseReferral', referral, 'byId', 'addCaseReferral');
  }

  /** The district lead lets a staff member read the case's notes until `until`. */
  async grantNotes(caseId: string, staffUserId: string, until: Date): Promise<CaseNoteGrantRecord> {
    const scope = await this.access.scope(caseId, 'UPDATE', 'CASE_WORK');
    const found = await this.caseFor(scope, caseId, 'UPDATE');
    await this.access.assertLead(found, 'UPDATE', 'CASE_WORK');
    const grant = await this.inTransaction(async (repos) => {
      const facts = await repos.followUpCases.grantFacts(scope, caseId, staffUserId);
      if (!facts) return null;
      check(caseNoteGrantRefusal(facts, until, this.now()));
      const made = await repos.followUpCases.grantNotes(scope, caseId, {
        staffUserId,
        expiresAt: until,
        grantedById: this.viewer.user.id,
        now: this.now(),
      });
      if (made) await this.passChanged(repos, found, 'UPDATE');
      return made;
    });
    if (!grant) throw await this.access.notFound(caseId, 'UPDATE', 'CASE_WORK');
    return this.read.one('caseNoteGrant', grant, 'byId', 'grantCaseNoteAccess');
  }

  /** The district lead ends a grant now. */
  async revokeNotes(grantId: string): Promise<CaseNoteGrantRecord> {
    const scope = await this.access.scope(null, 'UPDATE', 'CASE_WORK');
    const [grant] = await this.db.repositories.followUpCases.grantsByIds(scope, [grantId]);
    if (!grant) throw notFound('CASE_NOTE_GRANT_NOT_FOUND');
    const found = await this.caseFor(scope, grant.caseId, 'UPDATE');
    await this.access.assertLead(found, 'UPDATE', 'CASE_WORK');
    const revoked = await this.inTransaction(async (repos) => {
      const result = await repos.followUpCases.revokeGrant(scope, grantId, this.now());
      if (result) await this.passChanged(repos, found, 'UPDATE');
      return result;
    });
    if (!revoked) throw notFound('CASE_NOTE_GRANT_NOT_FOUND');
    return this.read.one('caseNoteGrant', revoked, 'byId', 'revokeCaseNoteAccess');
  }

  private async caseFor(scope: Scope, caseId: string, action: 'UPDATE'): Promise<FollowUpCaseRecord> {
    const found = await this.db.repositories.followUpCases.findById(scope, caseId);
    if (!found) throw await this.access.notFound(caseId, action, 'CASE_WORK');
    return found;
  }

  /** The changed case through the read path in the write's transaction: the change and its entry commit together. */
  private passChanged(repos: Repositories, followUpCase: FollowUpCaseRecord, action: 'CREATE' | 'UPDATE') {
    return this.read.one('followUpCase', followUpCase, 'byId', 'followUpCaseChange', {
      ...CHANGED,
      action,
      tx: repos,
    });
  }

  private inTransaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T> {
    return withDataErrors(() => this.db.transaction(work), { stale: STALE });
  }
}
