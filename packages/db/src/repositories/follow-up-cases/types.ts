// The follow-up cases concept's records, inputs and limits. The concept's other files (and other
// concepts) import its types from here, never from a repository file, so imports point one way.
import type {
  CaseOutcome,
  CaseStatus,
  ConsentPurpose,
  DistrictId,
  IsoDate,
  ReferralResourceType,
} from '@selvhjelp/domain';
import type { Page } from '../../sql/lists.js';

/*
 * What the follow-up case repository returns: plain objects, calendar days as `YYYY-MM-DD`.
 * Notes, referrals, status changes and grants carry their case's district, so the gateway's
 * read path and policy can decide without another query.
 */

export interface FollowUpCaseRecord {
  id: string;
  districtId: DistrictId;
  /** Eight random symbols (the domain's generateCaseReference), never sequential. */
  reference: string;
  inquiryId: string;
  status: CaseStatus;
  /** Set exactly when CLOSED. */
  outcome: CaseOutcome | null;
  responsibleStaffUserId: string;
  peerId: string | null;
  peerMatchedOn: IsoDate | null;
  nextFollowUpOn: IsoDate | null;
  openedOn: IsoDate;
  closedOn: IsoDate | null;
  anonymisedAt: Date | null;
  version: number;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface CaseStatusChangeRecord {
  id: string;
  caseId: string;
  districtId: DistrictId;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  outcome: CaseOutcome | null;
  changedOn: IsoDate;
  staffUserId: string | null;
  createdAt: Date;
}

export interface CaseNoteRecord {
  id: string;
  caseId: string;
  districtId: DistrictId;
  date: IsoDate;
  /** Null once anonymised. */
  text: string | null;
  authorId: string | null;
  createdAt: Date;
}

export interface CaseReferralRecord {
  id: string;
  caseId: string;
  districtId: DistrictId;
  referralResourceId: string;
  /** The resource's name and type as the directory has them now (for lists and the export). */
  referralResourceName: string;
  referralResourceType: ReferralResourceType;
  date: IsoDate;
  note: string | null;
  staffUserId: string | null;
  createdAt: Date;
}

export interface CaseNoteGrantRecord {
  id: string;
  caseId: string;
  districtId: DistrictId;
  staffUserId: string;
  grantedById: string | null;
  grantedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export const MAX_CASE_PAGE_SIZE = 100;
/** The due list holds the district's open cases due within days; this bounds it all the same. */
export const MAX_CASE_DUE_LIST = 500;

export interface FollowUpCaseListFilter {
  statuses?: CaseStatus[];
  responsibleStaffUserIds?: string[];
  /** Cases whose next follow-up is on or before this day. */
  dueBy?: IsoDate;
}

export interface FollowUpCaseListOptions {
  filter?: FollowUpCaseListFilter;
  first: number;
  after?: string | null;
}

export type FollowUpCasePage = Page<FollowUpCaseRecord>;

/** What opening a case from an inquiry needs to know (the domain's caseOpeningRefusal). */
export interface CaseOpeningFacts {
  inquiryDistrictId: DistrictId;
  inquiryHasCase: boolean;
  inquiryAnonymised: boolean;
  responsibleInDistrict: boolean;
}

export interface NewFollowUpCase {
  inquiryId: string;
  responsibleStaffUserId: string;
  nextFollowUpOn: IsoDate | null;
  openedOn: IsoDate;
  now: Date;
  actorId: string | null;
  /** Draws a reference; the domain's generateCaseReference unless a test gives its own. */
  drawReference?: () => string;
}

/** The case as a write on it finds it, locked (the domain's caseWriteRefusal and lifecycle). */
export interface CaseWriteFacts {
  districtId: DistrictId;
  status: CaseStatus;
  anonymised: boolean;
  version: number;
  nextFollowUpOn: IsoDate | null;
  responsibleStaffUserId: string;
}

export interface CaseStatusWrite {
  status: CaseStatus;
  outcome: CaseOutcome | null;
  effectiveDate: IsoDate;
  /** The next follow-up after the change (the domain's caseFollowUpOnStatusChange). */
  nextFollowUpOn: IsoDate | null;
  /** A few words on how the case ended: written as a case note, read under the notes' rule. */
  outcomeNote: string | null;
  now: Date;
  actorId: string | null;
}

export interface CaseUpdate {
  responsibleStaffUserId: string;
  nextFollowUpOn: IsoDate | null;
  now: Date;
}

export interface NewCaseNote {
  date: IsoDate;
  text: string;
  /** Moves the case's next follow-up (and its version) when given. */
  nextFollowUpOn: IsoDate | null;
  authorId: string | null;
  now: Date;
}

export interface NewCaseReferral {
  referralResourceId: string;
  date: IsoDate;
  note: string | null;
  staffUserId: string | null;
  now: Date;
}

export interface NewCaseNoteGrant {
  staffUserId: string;
  expiresAt: Date;
  grantedById: string | null;
  now: Date;
}

/** The inquiry behind a case, as the art. 15 export shows it: every field, with its consents. */
export interface CaseInquiryExport {
  id: string;
  districtId: DistrictId;
  receivedOn: IsoDate;
  receivedTime: string | null;
  channel: string;
  inquirerType: string;
  publicServiceType: string | null;
  partnerId: string | null;
  themeIds: string[];
  languages: string[];
  municipalityNumber: string | null;
  minutesSpent: number;
  actions: string[];
  note: string | null;
  personAlias: string | null;
  contactMethod: string | null;
  contactValue: string | null;
  anonymisedAt: Date | null;
  createdAt: Date;
  consents: {
    purpose: ConsentPurpose;
    givenOn: IsoDate;
    wording: string;
    withdrawnOn: IsoDate | null;
  }[];
}
