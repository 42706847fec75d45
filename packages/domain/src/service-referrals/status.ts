import type { InquiryAction } from '../inquiries/types.js';
import type { ServiceReferralStatus } from './types.js';

/** What the office did that settles a referral: the person was helped on, somewhere. */
const SETTLING_ACTIONS: readonly InquiryAction[] = [
  'REFERRED_TO_GROUP',
  'ADDED_TO_INTEREST_LIST',
  'MATCHED_TO_PEER',
  'REFERRED_TO_PROFESSIONAL_HELP',
];

/** The facts of the inquiry a submission became, as the status needs them (nothing personal). */
export interface ServiceReferralFacts {
  /** A staff member saved the inquiry since it came in (recorded a contact, an action, their time). */
  changedByStaff: boolean;
  actions: readonly InquiryAction[];
  /** The planned activity a talk request became. */
  activityPlanned: boolean;
  /** The follow-up case opened from it, if any. */
  caseStatus: 'OPEN' | 'PAUSED' | 'CLOSED' | null;
  /** The retention job removed the person's details: nothing more will happen with it. */
  anonymised: boolean;
}

/**
 * What the service is told (decision 0033), from the inquiry's own state, no status column of
 * its own: CLOSED once the inquiry is settled (an activity planned from it, its case closed, an
 * action that helped the person on, or anonymised by retention); CONTACTED once staff recorded
 * anything on it or opened a case; RECEIVED until then.
 */
export function serviceReferralStatus(facts: ServiceReferralFacts): ServiceReferralStatus {
  if (
    facts.activityPlanned ||
    facts.anonymised ||
    facts.caseStatus === 'CLOSED' ||
    facts.actions.some((action) => SETTLING_ACTIONS.includes(action))
  )
    return 'CLOSED';
  if (facts.changedByStaff || facts.caseStatus !== null) return 'CONTACTED';
  return 'RECEIVED';
}

/**
 * The normalised input as one string with its keys in order, for the payload hash: a retry that
 * differs only in spacing, key order or a repeated theme is the same submission.
 */
export function canonicalPayload(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, entry]) => [key, sortKeys(entry)]),
  );
}
