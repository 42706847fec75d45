// The groups concept's records, inputs and limits. The concept's other files (and other
// concepts) import its types from here, never from a repository file, so imports point one way.
import type { Page } from '../../sql/lists.js';
import type {
  DistrictId,
  FieldChange,
  GroupData,
  GroupFormat,
  GroupStatus,
  IsoDate,
  VenueData,
  Weekday,
} from '@selvhjelp/domain';

export interface VenueRecord extends VenueData {
  id: string;
  districtId: DistrictId;
  /** The partner that provides the venue, if any. */
  partnerId: string | null;
}

export interface GroupRecord extends GroupData {
  id: string;
  slug: string;
  districtId: DistrictId;
  venue: VenueRecord | null;
  status: GroupStatus;
  statusChangedAt: Date;
  nextFollowUpDue: IsoDate | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** Staff user ids; null when unknown or the user has been deleted. */
  createdById: string | null;
  updatedById: string | null;
}

/**
 * What the staff list shows of a group, and all a list read in this shape returns: enough for
 * its columns and its cursors (every ordering's sort value is here), nothing else. A list page
 * is read in this shape when the caller needs no more (decision 0043): about a quarter of the
 * bytes of full records, and no venue.
 */
export type GroupSummaryRecord = Pick<
  GroupRecord,
  | 'id'
  | 'name'
  | 'districtId'
  | 'municipalityNumber'
  | 'themeIds'
  | 'status'
  | 'openForNewMembers'
  | 'nextFollowUpDue'
  | 'updatedAt'
>;

/** How much of each group a list read returns: the full record, or its summary. */
export interface GroupProjections {
  record: GroupRecord;
  summary: GroupSummaryRecord;
}

export type GroupProjection = keyof GroupProjections;

export interface GroupStatusChangeRecord {
  id: string;
  groupId: string;
  /** Null for the first step, when the group was registered. */
  fromStatus: GroupStatus | null;
  toStatus: GroupStatus;
  effectiveDate: IsoDate;
  reason: string;
  changedById: string | null;
  changedAt: Date;
}

export interface GroupFollowUpRecord {
  id: string;
  groupId: string;
  date: IsoDate;
  note: string;
  registeredById: string | null;
  createdAt: Date;
}

export const GROUP_CHANGE_KINDS = ['CREATED', 'UPDATED', 'STATUS_CHANGED', 'FOLLOW_UP', 'IMPORTED'] as const;

export type GroupChangeKind = (typeof GROUP_CHANGE_KINDS)[number];

export interface GroupChangeRecord {
  id: string;
  groupId: string;
  kind: GroupChangeKind;
  changedById: string | null;
  changedAt: Date;
  fields: FieldChange[];
}

export interface GroupListFilter {
  districtId?: string;
  statuses?: readonly GroupStatus[];
  /** Groups with any of these themes. */
  themeIds?: readonly string[];
  municipalityNumber?: string;
  openForNewMembers?: boolean;
  /** Groups whose next follow-up is due on or before this day. */
  followUpDueBefore?: IsoDate;
  /** Case-insensitive, anywhere in the name. */
  search?: string;
}

export const GROUP_ORDER_FIELDS = ['NAME', 'UPDATED_AT', 'NEXT_FOLLOW_UP_DUE', 'STATUS'] as const;

export type GroupOrderField = (typeof GROUP_ORDER_FIELDS)[number];

export type SortDirection = 'ASC' | 'DESC';

export interface GroupListOrder {
  field: GroupOrderField;
  direction: SortDirection;
}

export interface PublicGroupFilter {
  districtId?: string;
  /** A county, resolved by the caller to its municipality numbers. */
  countyMunicipalityNumbers?: readonly string[];
  municipalityNumber?: string;
  themeIds?: readonly string[];
  formats?: readonly GroupFormat[];
  /** Groups meeting on any of these days; an IRREGULAR group matches by the weekdays of its dates. */
  weekdays?: readonly Weekday[];
  search?: string;
}

export const MAX_GROUP_PAGE_SIZE = 100;

/** Upper bound of the follow-up worklist. */
export const FOLLOW_UPS_DUE_LIMIT = 500;

/** Upper bound of the public feed (all public groups of the country fit comfortably). */
export const PUBLIC_FEED_LIMIT = 5_000;

export interface GroupListOptions {
  filter?: GroupListFilter;
  /** Default: NAME, ASC. */
  order?: GroupListOrder;
  /** 0–100. */
  first: number;
  /** endCursor (or any cursor) of a page with the same order. */
  after?: string | null;
}

export interface PublicGroupListOptions {
  filter?: PublicGroupFilter;
  first: number;
  after?: string | null;
}

export type GroupPage = Page<GroupRecord>;

export type GroupSummaryPage = Page<GroupSummaryRecord>;

export interface GroupStatusCount {
  status: GroupStatus;
  count: number;
}

/** A group to register: one form entry (CREATED) or one CSV row (IMPORTED). */
export interface NewGroup {
  data: GroupData;
  slug: string;
  status: GroupStatus;
  nextFollowUpDue: IsoDate | null;
  /** Reason on the first status-history row, e.g. "Registrert". */
  statusReason: string;
  changeKind: 'CREATED' | 'IMPORTED';
  /** The audit entry's fields, usually a snapshot of `data` as display text. */
  fields: readonly FieldChange[];
  actorId: string | null;
  now: Date;
  /** Effective date of the first status; defaults to the day of `now` in Europe/Oslo. */
  today?: IsoDate;
}

export interface GroupUpdate {
  data: GroupData;
  /** What changed, as display text; empty = nothing changed, nothing is written. */
  fields: readonly FieldChange[];
  actorId: string | null;
  now: Date;
}

export interface GroupStatusChangeInput {
  to: GroupStatus;
  reason: string;
  effectiveDate: IsoDate;
  /** The new due date; leave it out to keep the current one. */
  nextFollowUpDue?: IsoDate | null;
  actorId: string | null;
  now: Date;
}

export interface GroupFollowUpInput {
  date: IsoDate;
  note: string;
  nextFollowUpDue: IsoDate | null;
  actorId: string | null;
  now: Date;
}
