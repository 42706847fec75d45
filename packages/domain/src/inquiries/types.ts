import type { IsoDate } from '../groups/types.js';
import type { ConsentData } from '../privacy/consent.js';

/** How the inquiry reached the office. REFERRAL: a public service or partner sent the person to us. */
export const INQUIRY_CHANNELS = ['PHONE', 'EMAIL', 'OFFICE_VISIT', 'WEB_FORM', 'REFERRAL'] as const;
export type InquiryChannel = (typeof INQUIRY_CHANNELS)[number];

/** Who is asking: the person, a relative (pårørende), a public service, or a partner of the network. */
export const INQUIRER_TYPES = ['PERSON', 'RELATIVE', 'PUBLIC_SERVICE', 'PARTNER'] as const;
export type InquirerType = (typeof INQUIRER_TYPES)[number];

/** Which public service (hjelpeapparatet) asks; set when the inquirer is PUBLIC_SERVICE. */
export const PUBLIC_SERVICE_TYPES = [
  'CHILD_WELFARE',
  'CRISIS_CENTRE',
  'PSYCHOLOGIST',
  'CHILD_ADOLESCENT_PSYCHIATRY',
  'SCHOOL',
  'HEALTH_STATION',
  'NAV',
  'DIRECTORATE',
  'INTEGRATION_ADVISER',
  'OTHER',
] as const;
export type PublicServiceType = (typeof PUBLIC_SERVICE_TYPES)[number];

/** What the office did; an inquiry records one or more. */
export const INQUIRY_ACTIONS = [
  'INFORMATION_GIVEN',
  'REFERRED_TO_GROUP',
  'ADDED_TO_INTEREST_LIST',
  'MATCHED_TO_PEER',
  'REFERRED_TO_PROFESSIONAL_HELP',
  'TALK_OR_COURSE_REQUESTED',
] as const;
export type InquiryAction = (typeof INQUIRY_ACTIONS)[number];

/** Time spent on one inquiry, in whole minutes. */
export const MIN_MINUTES_SPENT = 1;
export const MAX_MINUTES_SPENT = 480;

/** The one way to reach a person again. */
export const CONTACT_METHODS = ['PHONE', 'EMAIL'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export interface PersonContact {
  method: ContactMethod;
  value: string;
}

/**
 * The least that follow-up needs, and only when it does: a first name or an alias, and one way
 * to reach the person (only with consent to be contacted). Never a national identity number.
 */
export interface InquiryPersonData {
  alias: string | null;
  contact: PersonContact | null;
}

/** An inquiry as staff log it. */
export interface InquiryData {
  receivedOn: IsoDate;
  /** Local `HH:MM`, Europe/Oslo; null when only the day is known. */
  receivedTime: string | null;
  channel: InquiryChannel;
  inquirerType: InquirerType;
  /** Set exactly when `inquirerType` is PUBLIC_SERVICE. */
  publicServiceType: PublicServiceType | null;
  /** Set exactly when `inquirerType` is PARTNER: a partner of the district. */
  partnerId: string | null;
  themeIds: string[];
  /** Languages the person can talk in, preferred first (matching with a peer); empty: no wish. */
  languages: string[];
  municipalityNumber: string | null;
  minutesSpent: number;
  actions: InquiryAction[];
  note: string | null;
  /** Null when nothing about the person is recorded (the usual case). */
  person: InquiryPersonData | null;
  consents: ConsentData[];
}
