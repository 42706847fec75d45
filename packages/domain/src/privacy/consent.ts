import { z } from 'zod';
import { compareIsoDates, isIsoDate } from '../groups/dates.js';
import { isObjectPayload } from '../groups/schedule-input.js';
import type { IsoDate } from '../groups/types.js';
import type { Refusal } from '../messages/refusal.js';
import { refusal } from '../messages/refusal.js';
import type { Role } from '../roles.js';
import { requiredPersonText } from './free-text.js';

/**
 * What a person can consent to, each on its own: to be contacted again for follow-up, to be
 * referred to another service, to be on a group's interest list (and contacted when it starts),
 * and to be counted in anonymous statistics.
 */
export const CONSENT_PURPOSES = ['FOLLOW_UP_CONTACT', 'REFERRAL', 'INTEREST_LIST', 'ANONYMOUS_STATISTICS'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_WORDING_MAX_LENGTH = 2000;

/** A consent as given: for what, on which day, and the words the person agreed to. */
export interface ConsentData {
  purpose: ConsentPurpose;
  givenOn: IsoDate;
  wording: string;
}

/** A consent as kept: withdrawable, and then kept with the day it was withdrawn (for the record). */
export interface ConsentRecord extends ConsentData {
  withdrawnOn: IsoDate | null;
}

/** One consent given no later than `today` (Europe/Oslo). */
export function makeConsentInputSchema(today: IsoDate) {
  return z.object(
    {
      purpose: z.enum(CONSENT_PURPOSES, { message: 'CONSENT_PURPOSE_REQUIRED' }),
      givenOn: z
        .string({ message: 'CONSENT_DATE_REQUIRED' })
        .trim()
        .min(1, { message: 'CONSENT_DATE_REQUIRED' })
        .refine(isIsoDate, { message: 'INVALID_DATE' })
        .refine((value) => !isIsoDate(value) || compareIsoDates(value, today) <= 0, {
          message: 'CONSENT_DATE_IN_FUTURE',
        }),
      wording: requiredPersonText('CONSENT_WORDING_REQUIRED', CONSENT_WORDING_MAX_LENGTH, 'CONSENT_WORDING_TOO_LONG'),
    },
    { message: 'CONSENT_REQUIRED' },
  ) satisfies z.ZodType<ConsentData, unknown>;
}

/** The consents recorded with an inquiry: none or some, at most one per purpose. */
export function makeConsentsInputSchema(today: IsoDate) {
  return z
    .array(makeConsentInputSchema(today), { message: 'LIST_INVALID' })
    .nullish()
    .transform((consents) => consents ?? [])
    .superRefine((consents, ctx) => {
      const seen = new Set<unknown>();
      consents.forEach((consent, index) => {
        if (!isObjectPayload({ value: consent })) return;
        if (seen.has(consent.purpose))
          ctx.addIssue({ code: 'custom', path: [index, 'purpose'], message: 'CONSENT_PURPOSE_REPEATED' });
        seen.add(consent.purpose);
      });
    });
}

/** Whether a consent for `purpose` is in force on `on`: given by then and not withdrawn by then. */
export function hasConsent(consents: readonly ConsentRecord[], purpose: ConsentPurpose, on: IsoDate): boolean {
  return consents.some(
    (consent) =>
      consent.purpose === purpose &&
      compareIsoDates(consent.givenOn, on) <= 0 &&
      (consent.withdrawnOn === null || compareIsoDates(consent.withdrawnOn, on) > 0),
  );
}

/** Why a consent cannot be withdrawn on `on`, or null: not before it was given; withdrawing twice keeps the first day. */
export function consentWithdrawalRefusal(consent: ConsentRecord, on: IsoDate): Refusal | null {
  return compareIsoDates(on, consent.givenOn) < 0 ? refusal('CONSENT_WITHDRAWN_BEFORE_GIVEN', 'withdrawnOn') : null;
}

/**
 * Who is looking at a person's record, as the policy knows them. `role` PARTNER_CLIENT stands
 * for a partner's API client.
 */
export interface PersonalDataViewer {
  role: Role | 'PARTNER_CLIENT';
  /** The viewer is staff of the record's district. */
  inDistrict: boolean;
  /** The viewer is the case's responsible staff member. */
  isResponsible: boolean;
  /** Until when the district lead granted the viewer access to this case's notes (none: null). */
  notesGrantedUntil: Date | null;
}

const isDistrictLead = (viewer: PersonalDataViewer) => viewer.role === 'DISTRICT_LEAD' && viewer.inDistrict;
const isDistrictStaff = (viewer: PersonalDataViewer) =>
  (viewer.role === 'DISTRICT_STAFF' || viewer.role === 'DISTRICT_LEAD') && viewer.inDistrict;

/**
 * Whether the viewer may see a person's contact details (first name or alias, way to reach
 * them). Only staff of the district ever do; the national office, administrators and partner
 * clients never. Once the follow-up consent is withdrawn (or was never given), only the district
 * lead still sees them, to answer the person's own requests.
 */
export function canSeeContactDetails(viewer: PersonalDataViewer, followUpConsentInForce: boolean): boolean {
  if (!isDistrictStaff(viewer)) return false;
  return followUpConsentInForce || isDistrictLead(viewer);
}

/**
 * Whether the viewer may read a case's notes: the responsible staff member, the district lead,
 * and staff the lead granted access to until a moment still ahead of `now`.
 */
export function canReadCaseNotes(viewer: PersonalDataViewer, now: Date): boolean {
  if (!isDistrictStaff(viewer)) return false;
  if (isDistrictLead(viewer) || viewer.isResponsible) return true;
  return viewer.notesGrantedUntil !== null && viewer.notesGrantedUntil.getTime() > now.getTime();
}
