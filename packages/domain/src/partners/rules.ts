import { compareIsoDates } from '../groups/dates.js';
import type { IsoDate } from '../groups/types.js';
import type { NetworkRefusal } from '../outreach/rules.js';
import { networkRefusal } from '../outreach/rules.js';

/*
 * Partner-network rules that depend on rows other writers may be changing: the gateway reads
 * their facts inside the write's transaction and writes only when the rule returns null.
 */

/** A district has one partner per organisation number (`takenInDistrict`: another partner of the district has it). */
export function organisationNumberRefusal(facts: { takenInDistrict: boolean }): NetworkRefusal | null {
  return facts.takenInDistrict ? networkRefusal('DUPLICATE_ORGANISATION_NUMBER') : null;
}

/** What decides whether a contact person may move, read under the person's row lock. */
export interface ContactMoveFacts {
  /** Where the person is now (null: with no partner), and since when. */
  currentPartnerId: string | null;
  since: IsoDate | null;
  /** Where they go (null: they leave), and from which day. */
  toPartnerId: string | null;
  date: IsoDate;
  /** The partner they go to is one of the person's district (true when they leave). */
  targetInDistrict: boolean;
}

/** A move goes somewhere new, to a partner of the person's district, and not before they came to where they are. */
export function contactMoveRefusal(facts: ContactMoveFacts): NetworkRefusal | null {
  if (facts.toPartnerId === facts.currentPartnerId) return networkRefusal('MOVE_TO_SAME_PARTNER');
  if (facts.toPartnerId !== null && !facts.targetInDistrict) return networkRefusal('PARTNER_NOT_IN_DISTRICT');
  if (facts.currentPartnerId !== null && facts.since !== null && compareIsoDates(facts.date, facts.since) < 0)
    return networkRefusal('MOVE_BEFORE_SINCE');
  return null;
}

/** A venue can be linked only to a partner of its own district (`partnerInDistrict`; unlinking is always allowed). */
export function venuePartnerRefusal(facts: {
  partnerId: string | null;
  partnerInDistrict: boolean;
}): NetworkRefusal | null {
  return facts.partnerId !== null && !facts.partnerInDistrict ? networkRefusal('PARTNER_NOT_IN_DISTRICT') : null;
}
