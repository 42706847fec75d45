import type { IsoDate } from '../groups/types.js';

/** A case is open while someone is followed up, paused while it rests, closed with an outcome. */
export const CASE_STATUSES = ['OPEN', 'PAUSED', 'CLOSED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** What came of a closed case (statistics count these). */
export const CASE_OUTCOMES = [
  'JOINED_GROUP',
  'REFERRED_TO_PROFESSIONAL_HELP',
  'NO_LONGER_NEEDED',
  'LOST_CONTACT',
  'OTHER',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** A follow-up case as staff open or edit it; it opens from an inquiry. */
export interface FollowUpCaseData {
  /** The staff member of the district responsible for the case. */
  responsibleStaffUserId: string;
  /** The volunteer peer who follows the person, if any (set by a confirmed match). */
  peerId: string | null;
  /** When staff next follow the case up; null once closed. */
  nextFollowUpOn: IsoDate | null;
}

/** A dated note on a case: visible to the responsible staff member, the lead and those granted access. */
export interface CaseNoteData {
  date: IsoDate;
  text: string;
  /** Moves the case's next follow-up when given. */
  nextFollowUpOn: IsoDate | null;
}

/** A referral made on a case, to a resource of the district's referral directory. */
export interface CaseReferralData {
  referralResourceId: string;
  date: IsoDate;
  note: string | null;
}
