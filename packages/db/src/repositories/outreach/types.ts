// The outreach concept's records, inputs and limits. The concept's other files (and other
// concepts) import its types from here, never from a repository file, so imports point one way.
import type { Page } from '../../sql/lists.js';
import type {
  ActivityData,
  ActivityStatus,
  ActivityType,
  AudienceType,
  DistrictId,
  IsoDate,
  OutcomeData,
  OutcomeKind,
  PartnerType,
} from '@selvhjelp/domain';

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

export const MAX_ACTIVITY_PAGE_SIZE = 100;

/** Upper bound of `listAll` (CSV export, calendar feed). */
export const ACTIVITY_EXPORT_LIMIT = 10_000;

export interface ActivityListFilter {
  types?: ActivityType[];
  statuses?: ActivityStatus[];
  /** Inclusive calendar days. */
  from?: IsoDate;
  to?: IsoDate;
  partnerId?: string;
  /** Activities that reached any of these. */
  audiences?: AudienceType[];
  /** Narrows a national scope to one district (ignored outside the scope: no rows). */
  districtId?: DistrictId;
  /** Case-insensitive, in the title. */
  search?: string;
}

export interface ActivityListOptions {
  filter?: ActivityListFilter;
  first: number;
  after?: string | null;
}

export type ActivityPage = Page<OutreachActivityRecord>;

export interface NewActivity {
  districtId: DistrictId;
  data: ActivityData;
  now: Date;
  actorId: string | null;
}

export interface ActivityUpdate {
  data: ActivityData;
  now: Date;
  actorId: string | null;
}

export interface NewOutcome {
  activityId: string;
  data: OutcomeData;
  now: Date;
}
