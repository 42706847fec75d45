import type { Refusal } from '../messages/refusal.js';
import { refusal } from '../messages/refusal.js';
import type { ActivityStatus } from './types.js';
import type { NETWORK_RULE_TEXTS } from './rule-messages.js';

export type NetworkRuleCode = keyof typeof NETWORK_RULE_TEXTS;

/** A partner-network or outreach rule's refusal; the reason is the rule's code. */
export interface NetworkRefusal extends Refusal {
  reason: NetworkRuleCode;
}

export const networkRefusal = (code: NetworkRuleCode): NetworkRefusal => refusal(code) as NetworkRefusal;

/** Who an activity names as taking part, checked against its district inside the write's transaction. */
export interface ActivityParticipantFacts {
  /** Every staff id named is an active staff member of the activity's district. */
  allStaffOfDistrict: boolean;
  /** Every partner id named is a partner of the activity's district. */
  allPartnersOfDistrict: boolean;
}

/** Only the district's own active staff and its own partners can be listed on an activity. */
export function activityParticipantsRefusal(facts: ActivityParticipantFacts): NetworkRefusal | null {
  if (!facts.allStaffOfDistrict) return networkRefusal('STAFF_NOT_IN_DISTRICT');
  if (!facts.allPartnersOfDistrict) return networkRefusal('PARTNER_NOT_IN_DISTRICT');
  return null;
}

/** What decides whether an outcome may be linked, read under the activity's row lock. */
export interface OutcomeFacts {
  activityStatus: ActivityStatus;
  /** The group, facilitator or partner exists in the activity's district (forgotten facilitators still do). */
  targetInDistrict: boolean;
  /** The same target is already linked to the activity as the same kind of outcome. */
  alreadyLinked: boolean;
}

/** Outcomes belong to a completed activity, point at something of its district, and are linked once. */
export function outcomeRefusal(facts: OutcomeFacts): NetworkRefusal | null {
  if (facts.activityStatus !== 'COMPLETED') return networkRefusal('ACTIVITY_NOT_COMPLETED');
  if (!facts.targetInDistrict) return networkRefusal('OUTCOME_TARGET_NOT_FOUND');
  if (facts.alreadyLinked) return networkRefusal('OUTCOME_ALREADY_LINKED');
  return null;
}
