import type {
  ActivityStatus,
  ActivityType,
  AudienceType,
  DistrictId,
  IsoDate,
  OutcomeKind,
  PartnerStatus,
  PartnerType,
} from '@selvhjelp/domain';

/*
 * What the partner and outreach repositories return: plain objects, calendar days as
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

export interface OutreachActivityRecord {
  id: string;
  districtId: DistrictId;
  type: ActivityType;
  title: string;
  status: ActivityStatus;
  date: IsoDate;
  startTime: string | null;
  endTime: string | null;
  online: boolean;
  place: string | null;
  municipalityNumber: string | null;
  /** Sorted by id; resolve names with the staff loader. */
  staffUserIds: string[];
  /** Sorted by id. */
  partnerIds: string[];
  audiences: AudienceType[];
  participantCount: number | null;
  themeIds: string[];
  notes: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  createdById: string | null;
  updatedById: string | null;
}

export interface ActivityOutcomeRecord {
  id: string;
  activityId: string;
  districtId: DistrictId;
  kind: OutcomeKind;
  groupId: string | null;
  facilitatorId: string | null;
  partnerId: string | null;
  note: string | null;
  createdAt: Date;
}

export interface ActivityTotalRow {
  activities: number;
  participants: number;
  groupsStarted: number;
}

export interface ActivityTotalsRecord extends ActivityTotalRow {
  /** Every activity type in the domain's order, zeros included. */
  byType: (ActivityTotalRow & { type: ActivityType })[];
  /** Districts with at least one activity, in the domain's district order. */
  byDistrict: (ActivityTotalRow & { districtId: DistrictId })[];
}

export interface PartnerTypeCountRecord {
  type: PartnerType;
  count: number;
}

export interface NetworkMunicipalityRecord {
  municipalityNumber: string;
  activePartners: number;
  partners: number;
  groups: number;
  /** Only types with at least one active partner, in the domain's order. */
  activePartnersByType: PartnerTypeCountRecord[];
}

export interface NetworkMapRecord {
  districtId: DistrictId;
  /** Every municipality of the district, by name (nb collation). */
  municipalities: NetworkMunicipalityRecord[];
  /** Every partner type in the domain's order, zeros included. */
  activePartnersByType: PartnerTypeCountRecord[];
  activePartnersElsewhere: number;
}
