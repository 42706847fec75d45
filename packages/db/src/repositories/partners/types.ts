// The partners concept's records, inputs and limits. The concept's other files (and other
// concepts) import its types from here, never from a repository file, so imports point one way.
import type { Page } from '../../sql/lists.js';
import type {
  AgreementData,
  ContactData,
  PartnerData,
  DistrictId,
  IsoDate,
  PartnerStatus,
  PartnerType,
} from '@selvhjelp/domain';

/*
 * What the partner repository returns: plain objects, calendar days as
 * `YYYY-MM-DD`. Mapping functions from Prisma rows live next to the repositories.
 */

export interface PartnerRecord {
  id: string;
  /** The district that registered the partner: the scope column. */
  districtId: DistrictId;
  /** The owner first, then the others in the order given. */
  workingDistrictIds: DistrictId[];
  name: string;
  type: PartnerType;
  organisationNumber: string | null;
  municipalityNumber: string;
  streetAddress: string | null;
  postalCode: string | null;
  postalPlace: string | null;
  website: string | null;
  status: PartnerStatus;
  notes: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  createdById: string | null;
  updatedById: string | null;
}

export interface ContactPersonRecord {
  id: string;
  districtId: DistrictId;
  name: string;
  email: string | null;
  phone: string | null;
  consentNote: string | null;
  /** Null when the person has left and is at no partner. */
  partnerId: string | null;
  role: string | null;
  since: IsoDate | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A place a person had at a partner and left. */
export interface ContactAffiliationRecord {
  id: string;
  contactId: string;
  partnerId: string;
  role: string | null;
  fromDate: IsoDate;
  toDate: IsoDate;
}

/** Everything about the document but its bytes. */
export interface AgreementAttachmentRecord {
  id: string;
  agreementId: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  /** Where the bytes are: in the row, or in the attachment folder under `storageKey`. */
  storage: 'DATABASE' | 'FOLDER';
  storageKey: string | null;
  createdAt: Date;
}

export interface AgreementRecord {
  id: string;
  partnerId: string;
  /** The partner's district, so callers can decide access without another query. */
  districtId: DistrictId;
  title: string;
  startsOn: IsoDate;
  endsOn: IsoDate | null;
  scope: string;
  attachment: AgreementAttachmentRecord | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const MAX_PARTNER_PAGE_SIZE = 100;

export const MAX_VENUE_LIST = 500;

export interface PartnerListFilter {
  types?: PartnerType[];
  statuses?: PartnerStatus[];
  municipalityNumbers?: string[];
  /** Partners whose last contact is before this day, or who were never contacted. */
  noContactSince?: IsoDate;
  /** Case-insensitive, in the name; nine digits also match the organisation number. */
  search?: string;
  /** Narrows the scope to the district that keeps the partner; never widens it. */
  districtId?: string;
}

export interface PartnerListOptions {
  filter?: PartnerListFilter;
  first: number;
  after?: string | null;
  /** The day "last contact" is judged on (activities after it do not count). Default: today. */
  today?: IsoDate;
}

export type PartnerPage = Page<PartnerRecord>;

export interface NewPartner {
  districtId: DistrictId;
  data: PartnerData;
  now: Date;
  actorId: string | null;
}

export interface PartnerUpdate {
  data: PartnerData;
  now: Date;
  actorId: string | null;
}

export interface NewContact {
  partnerId: string;
  data: ContactData;
  role: string | null;
  since: IsoDate;
  now: Date;
}

export interface ContactUpdate {
  data: ContactData;
  role: string | null;
  now: Date;
}

export interface ContactMove {
  /** Null: the person left and is at no partner. */
  toPartnerId: string | null;
  role: string | null;
  /** The day the current place ends and the new one begins. */
  date: IsoDate;
  now: Date;
}

/** A document ready to store: already checked, hashed, and (for FOLDER) written. */
export interface AttachmentWrite {
  fileName: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  /** The bytes when stored in the database; null when in the folder. */
  content: Uint8Array | null;
  /** The folder's key when stored there; null when in the database. */
  storageKey: string | null;
}

export interface NewAgreement {
  partnerId: string;
  data: AgreementData;
  attachment: AttachmentWrite | null;
  now: Date;
}

export interface AgreementUpdate {
  data: AgreementData;
  /** `keep` leaves the document as it is; null removes it; an AttachmentWrite replaces it. */
  attachment: AttachmentWrite | null | 'keep';
  now: Date;
}

export interface AttachmentContent {
  record: AgreementAttachmentRecord;
  /** Null when the bytes are in the attachment folder (read them with `record.storageKey`). */
  content: Uint8Array | null;
}

export interface VenueListFilter {
  unlinked?: boolean;
  search?: string;
}
