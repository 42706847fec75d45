import type { Database, FollowUpCaseRecord } from '@selvhjelp/db';
import type { AccessLogAction, AccessPurpose, Scope } from '@selvhjelp/domain';
import { NATIONAL_SCOPE, canReadCaseNotes, isUuid } from '@selvhjelp/domain';
import { GatewayError, forbidden, notFound } from '../../kernel/errors.js';
import type { Viewer } from '../../kernel/policy.js';
import { isDistrictLeadOf, personalDataViewer, personalRecordsScope } from '../../kernel/policy.js';
import type { ReadPath } from '../../kernel/read-path.js';

/**
 * Who may do what with a case, and the access-log entry of every refusal: the service asks here
 * before it reads or writes, and a refused viewer is logged before the error goes out. Decisions
 * come from the policy module and the domain's `canReadCaseNotes`; nothing is decided here.
 */
export class CaseAccess {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly read: ReadPath,
    private readonly now: () => Date,
  ) {}

  /**
   * The viewer's district scope for cases. National roles and administrators get FORBIDDEN (the
   * national office never sees single cases); an attempt on one case is logged first.
   */
  async scope(caseId: string | null, action: AccessLogAction, purpose: AccessPurpose): Promise<Scope> {
    try {
      return personalRecordsScope(this.viewer);
    } catch (error) {
      if (caseId !== null && error instanceof GatewayError) await this.deny(caseId, 'FORBIDDEN', action, purpose);
      throw error;
    }
  }

  /** Logs the attempt on a case the viewer does not get (NOT_FOUND) and returns the error to throw. */
  async notFound(caseId: string, action: AccessLogAction, purpose: AccessPurpose): Promise<GatewayError> {
    await this.deny(caseId, 'NOT_FOUND', action, purpose);
    return notFound('FOLLOW_UP_CASE_NOT_FOUND');
  }

  /** Things only the lead of the case's district does; the refusal is logged. */
  async assertLead(followUpCase: FollowUpCaseRecord, action: AccessLogAction, purpose: AccessPurpose): Promise<void> {
    if (isDistrictLeadOf(this.viewer, followUpCase.districtId)) return;
    await this.deny(followUpCase.id, 'FORBIDDEN', action, purpose);
    throw forbidden('CASE_LEAD_ONLY');
  }

  /** Whether the viewer may read the case's notes, given the grant (if any) they hold for it. */
  mayReadNotes(followUpCase: FollowUpCaseRecord, notesGrantedUntil: Date | null): boolean {
    return canReadCaseNotes(
      personalDataViewer(this.viewer, followUpCase.districtId, {
        isResponsible: followUpCase.responsibleStaffUserId === this.viewer.user.id,
        notesGrantedUntil,
      }),
      this.now(),
    );
  }

  /** FORBIDDEN (CASE_NOTES_FORBIDDEN) unless the viewer may read the notes; the refusal is logged. */
  async assertNotes(
    followUpCase: FollowUpCaseRecord,
    notesGrantedUntil: Date | null,
    action: AccessLogAction = 'READ_NOTES',
  ): Promise<void> {
    if (this.mayReadNotes(followUpCase, notesGrantedUntil)) return;
    await this.read.denied('caseNote', followUpCase.id, followUpCase.districtId, 'FORBIDDEN', {
      purpose: 'CASE_WORK',
      action,
    });
    throw forbidden('CASE_NOTES_FORBIDDEN');
  }

  /**
   * One entry for a refused attempt, in a statement of its own. The case's district is looked up
   * outside the viewer's scope, so the lead of a case of another district sees the attempt; an
   * id that is not a uuid is no case and gets no entry.
   */
  private async deny(
    caseId: string,
    outcome: 'FORBIDDEN' | 'NOT_FOUND',
    action: AccessLogAction,
    purpose: AccessPurpose,
  ): Promise<void> {
    if (!isUuid(caseId)) return;
    const districtId = await this.db.repositories.followUpCases.districtOf(NATIONAL_SCOPE, caseId);
    await this.read.denied('followUpCase', caseId, districtId, outcome, { purpose, action });
  }
}
