import type { FollowUpCaseRecord } from '@selvhjelp/db';
import type { CaseFollowUpDue } from '@selvhjelp/domain';

/** A case on the due list, as the domain's caseFollowUpsDue gives it. */
export type FollowUpCaseDueModel = CaseFollowUpDue<FollowUpCaseRecord>;
