import type { Refusal } from '../messages/refusal.js';
import { refusal } from '../messages/refusal.js';
import type { CaseStatus } from './types.js';

/*
 * The rules of writes on a case that need facts from the store: the service reads the facts
 * (under the row's lock), asks the rule, and writes only when it says nothing.
 */

/** What opening a case from an inquiry needs to know. */
export interface CaseOpeningFacts {
  /** The inquiry already has a case (one case per inquiry). */
  inquiryHasCase: boolean;
  /** The retention job removed the inquiry's personal details. */
  inquiryAnonymised: boolean;
  /** The responsible staff member is active staff of the inquiry's district. */
  responsibleInDistrict: boolean;
}

export function caseOpeningRefusal(facts: CaseOpeningFacts): Refusal | null {
  if (facts.inquiryHasCase) return refusal('CASE_INQUIRY_HAS_CASE', 'inquiryId');
  if (facts.inquiryAnonymised) return refusal('CASE_INQUIRY_ANONYMISED', 'inquiryId');
  if (!facts.responsibleInDistrict) return refusal('CASE_RESPONSIBLE_NOT_IN_DISTRICT', 'responsibleStaffUserId');
  return null;
}

/** The case as a write on it finds it. */
export interface CaseWriteFacts {
  status: CaseStatus;
  anonymised: boolean;
}

/**
 * Whether a case takes a change (of responsible staff member, next follow-up, a note, a
 * referral): never once anonymised; a closed case takes notes and referrals but no next
 * follow-up and no new responsible staff member; a responsible staff member is active staff of
 * the case's district.
 */
export function caseWriteRefusal(
  facts: CaseWriteFacts,
  change: { setsNextFollowUp: boolean; changesResponsible?: boolean; responsibleInDistrict?: boolean },
): Refusal | null {
  if (facts.anonymised) return refusal('CASE_ANONYMISED');
  if (change.responsibleInDistrict === false)
    return refusal('CASE_RESPONSIBLE_NOT_IN_DISTRICT', 'responsibleStaffUserId');
  if (facts.status === 'CLOSED' && change.setsNextFollowUp) return refusal('CASE_CLOSED', 'nextFollowUpOn');
  if (facts.status === 'CLOSED' && change.changesResponsible) return refusal('CASE_CLOSED', 'responsibleStaffUserId');
  return null;
}

/** A referral links to a resource of the case's district's directory that is not archived. */
export function caseReferralRefusal(facts: { resourceInDistrict: boolean; resourceArchived: boolean }): Refusal | null {
  if (!facts.resourceInDistrict) return refusal('CASE_REFERRAL_RESOURCE_NOT_FOUND', 'referralResourceId');
  if (facts.resourceArchived) return refusal('CASE_REFERRAL_RESOURCE_ARCHIVED', 'referralResourceId');
  return null;
}

/** A grant to read a case's notes lasts at most this long; the lead grants again when needed. */
export const MAX_CASE_NOTE_GRANT_DAYS = 90;

/**
 * The district lead's grant for one staff member to read one case's notes until `until`: to
 * active district staff of the case's district (not the lead, who reads them anyway), ending
 * after `now` and within MAX_CASE_NOTE_GRANT_DAYS.
 */
export function caseNoteGrantRefusal(
  facts: { granteeIsDistrictStaff: boolean; anonymised: boolean },
  until: Date,
  now: Date,
): Refusal | null {
  if (facts.anonymised) return refusal('CASE_ANONYMISED');
  if (!facts.granteeIsDistrictStaff) return refusal('CASE_NOTE_GRANT_STAFF_NOT_IN_DISTRICT', 'staffUserId');
  if (Number.isNaN(until.getTime()) || until.getTime() <= now.getTime())
    return refusal('CASE_NOTE_GRANT_UNTIL_IN_PAST', 'until');
  if (until.getTime() - now.getTime() > MAX_CASE_NOTE_GRANT_DAYS * 24 * 60 * 60 * 1000)
    return refusal('CASE_NOTE_GRANT_TOO_LONG', 'until', { days: MAX_CASE_NOTE_GRANT_DAYS });
  return null;
}
