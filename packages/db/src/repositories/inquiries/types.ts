// The inquiries concept's records, inputs and limits: inquiries, the consents given with them and
// the interest lists they feed. The concept's other files (and other concepts) import its types
// from here, never from a repository file, so imports point one way.
import type { Page } from '../../sql/lists.js';
import type {
  ConsentPurpose,
  ContactMethod,
  DistrictId,
  InquirerType,
  InquiryAction,
  InquiryChannel,
  InquiryData,
  InterestListEntryData,
  IsoDate,
  PublicServiceType,
  ServiceReferralKind,
} from '@selvhjelp/domain';
import type { NewActivity, OutreachActivityRecord } from '../outreach/types.js';

/** A consent as kept (the domain's ConsentRecord) with its row's identity. */
export interface InquiryConsentRecord {
  id: string;
  inquiryId: string;
  purpose: ConsentPurpose;
  givenOn: IsoDate;
  wording: string;
  withdrawnOn: IsoDate | null;
  recordedById: string | null;
  createdAt: Date;
}

/**
 * An inquiry as kept. The person's details are flat (alias, contact method and value) so the
 * gateway's redaction table can blank them one by one.
 */
export interface InquiryRecord {
  id: string;
  districtId: DistrictId;
  receivedOn: IsoDate;
  receivedTime: string | null;
  channel: InquiryChannel;
  inquirerType: InquirerType;
  publicServiceType: PublicServiceType | null;
  partnerId: string | null;
  themeIds: string[];
  languages: string[];
  municipalityNumber: string | null;
  minutesSpent: number;
  actions: InquiryAction[];
  note: string | null;
  personAlias: string | null;
  contactMethod: ContactMethod | null;
  contactValue: string | null;
  /** By purpose (the domain's order), withdrawn ones included with their day. */
  consents: InquiryConsentRecord[];
  /** Whether a FOLLOW_UP_CONTACT consent is in force on the day read (computed in SQL). */
  followUpConsentInForce: boolean;
  /** The planned outreach activity this inquiry became (linked both ways). */
  activityId: string | null;
  /** The follow-up case opened from it, if any. */
  caseId: string | null;
  /** When a public service sent it by API (henvisning fra tjeneste): who and what it said; else null. */
  serviceReferral: InquiryServiceReferral | null;
  /** When the referred person would like to be contacted (with the contact: redacted alike). */
  contactTimes: string | null;
  anonymisedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  createdById: string | null;
  updatedById: string | null;
}

/** What a service's submission tells staff besides the inquiry itself (no personal data of the person). */
export interface InquiryServiceReferral {
  id: string;
  kind: ServiceReferralKind;
  /** The service's own reference. */
  reference: string;
  apiClientId: string;
  /** The API client's name: the organisation that sent it. */
  clientName: string;
  serviceUnit: string;
  serviceContactName: string | null;
  serviceContactPhone: string | null;
  serviceContactEmail: string | null;
  talkTopic: string | null;
  talkAudienceSize: number | null;
  talkWishedFrom: IsoDate | null;
  talkWishedTo: IsoDate | null;
  talkPlace: string | null;
  submittedAt: Date;
}

export interface InterestListEntryRecord {
  id: string;
  districtId: DistrictId;
  inquiryId: string;
  themeId: string;
  municipalityNumber: string;
  groupId: string | null;
  closedOn: IsoDate | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * An open interest-list entry with what contacting the person needs: the inquiry's consents
 * (the domain's interestContactsForGroup decides who may be contacted) and its alias and contact.
 */
export interface InterestContactRecord extends InterestListEntryRecord {
  consents: InquiryConsentRecord[];
  personAlias: string | null;
  contactMethod: ContactMethod | null;
  contactValue: string | null;
  followUpConsentInForce: boolean;
}

/** A group that starts, with the open entries on its themes in its district (the domain narrows them by place and consent). */
export interface InterestCandidates {
  group: { id: string; districtId: DistrictId; themeIds: string[]; municipalityNumber: string };
  entries: InterestContactRecord[];
}

/** Open entries per theme and municipality. */
export interface InterestDemandRecord {
  themeId: string;
  municipalityNumber: string;
  count: number;
}

export interface InterestDemandFilter {
  themeIds?: string[];
  municipalityNumbers?: string[];
}

export const MAX_INQUIRY_PAGE_SIZE = 100;

export interface InquiryListFilter {
  /** Inclusive calendar days of receivedOn. */
  receivedFrom?: IsoDate;
  receivedTo?: IsoDate;
  channels?: InquiryChannel[];
  inquirerTypes?: InquirerType[];
  /** Inquiries on any of these themes. */
  themeIds?: string[];
  /** True: only those a case was opened from; false: only those without. */
  hasCase?: boolean;
}

export interface InquiryListOptions {
  filter?: InquiryListFilter;
  first: number;
  after?: string | null;
  /** The day consents are judged on. Default: today (Europe/Oslo). */
  today?: IsoDate;
}

export type InquiryPage = Page<InquiryRecord>;

export interface NewInquiry {
  districtId: DistrictId;
  data: InquiryData;
  /** Places on interest lists taken with the inquiry. */
  interestList: InterestListEntryData[];
  now: Date;
  actorId: string | null;
}

/**
 * An edit of an inquiry. Consents in `data.consents` for a purpose not in force are (re)given;
 * those in force are kept as they are; consents left out are not withdrawn (withdrawConsent does that).
 */
export interface InquiryUpdate {
  data: InquiryData;
  now: Date;
  actorId: string | null;
}

export interface ConsentWithdrawal {
  purpose: ConsentPurpose;
  /** The day it is withdrawn; a consent withdrawn before keeps its first day. */
  on: IsoDate;
  now: Date;
  actorId: string | null;
}

export interface NewInterestListEntry {
  inquiryId: string;
  data: InterestListEntryData;
  now: Date;
}

export interface InterestListEntryClosing {
  closedOn: IsoDate;
  now: Date;
}

/** The inquiry and the planned activity it became, linked both ways. */
export interface PlannedActivityResult {
  inquiry: InquiryRecord;
  activity: OutreachActivityRecord;
}

export type { NewActivity };
