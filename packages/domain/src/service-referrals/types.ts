import type { IsoDate } from '../groups/types.js';
import type { ContactMethod, PublicServiceType } from '../inquiries/types.js';

/**
 * What a public service sends through the API (henvisning fra tjeneste, issue 14, decision 0033):
 * a person referred to a district office, or a request for a talk or course for its staff. Not
 * `Referral`, which is the office's own referral of a person to professional help.
 */
export const SERVICE_REFERRAL_KINDS = ['REFERRAL', 'TALK_REQUEST'] as const;
export type ServiceReferralKind = (typeof SERVICE_REFERRAL_KINDS)[number];

/** What the service may learn back, by its reference only: never anything about the person. */
export const SERVICE_REFERRAL_STATUSES = ['RECEIVED', 'CONTACTED', 'CLOSED'] as const;
export type ServiceReferralStatus = (typeof SERVICE_REFERRAL_STATUSES)[number];

/** Who at the service answers for the submission: a name and a phone number or an e-mail address. */
export interface ServiceContactData {
  name: string;
  phone: string | null;
  email: string | null;
}

/** What both kinds tell about the service and where it is. */
export interface ServiceSubmissionBase {
  /** The service's own reference: unique per API client, ≤ 64 characters. */
  reference: string;
  municipalityNumber: string;
  serviceType: PublicServiceType;
  /** The service unit, e.g. "NAV Bergenhus". */
  serviceUnit: string;
  serviceContact: ServiceContactData;
}

/** A person referred: first name, the one way they want to be contacted, and the consent they gave the service. */
export interface ServiceReferralData extends ServiceSubmissionBase {
  kind: 'REFERRAL';
  person: {
    firstName: string;
    contact: { method: ContactMethod; value: string };
    /** When a call or message suits them, in their words. */
    contactTimes: string | null;
  };
  consent: { givenOn: IsoDate; wording: string };
  /** The reason in categories: the themes of the reference data. */
  themeIds: string[];
  /** The reason in a few words; no diagnosis field, no identity number. */
  reasonText: string | null;
}

/** A talk or course for the service's staff. */
export interface TalkRequestData extends ServiceSubmissionBase {
  kind: 'TALK_REQUEST';
  topic: string;
  themeIds: string[];
  audienceSize: number;
  wishedFrom: IsoDate;
  wishedTo: IsoDate;
  place: string;
}

export type ServiceSubmissionData = ServiceReferralData | TalkRequestData;
