// The facilitators concept's records, inputs and limits. The concept's other files (and other
// concepts) import its types from here, never from a repository file, so imports point one way.
import type { Page } from '../../sql/lists.js';
import type {
  CourseStatus,
  CourseType,
  DistrictId,
  EnrolmentStatus,
  FacilitatorAvailability,
  FacilitatorConsent,
  FacilitatorData,
  IsoDate,
  Qualification,
  QualificationStatus,
} from '@selvhjelp/domain';

export interface FacilitatorRecord {
  id: string;
  districtId: DistrictId;
  name: string;
  email: string | null;
  phone: string | null;
  municipalityNumber: string;
  languages: string[];
  themeConsent: boolean;
  themeIds: string[];
  availability: FacilitatorAvailability;
  notes: string | null;
  consentGivenOn: IsoDate;
  /** Null once forgotten. */
  consentText: string | null;
  forgottenAt: Date | null;
  qualification: Qualification;
  refresherIntervalMonths: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface FacilitatorAssignmentRecord {
  id: string;
  facilitatorId: string;
  groupId: string;
  role: string;
  fromDate: IsoDate;
  /** Null while the facilitator is still helping. */
  toDate: IsoDate | null;
}

/** One course a facilitator enrolled in, with what came of it. */
export interface TrainingHistoryRecord {
  enrolmentId: string;
  facilitatorId: string;
  courseId: string;
  courseType: CourseType;
  courseTitle: string;
  courseStatus: CourseStatus;
  startsOn: IsoDate;
  enrolmentStatus: EnrolmentStatus;
  sessionsAttended: number;
  completedOn: IsoDate | null;
}

export interface FacilitatorListFilter {
  /** Derived qualification on the list's `today`, with each district's interval. */
  statuses?: readonly QualificationStatus[];
  municipalityNumbers?: readonly string[];
  availabilities?: readonly FacilitatorAvailability[];
  /** Facilitators with any of these themes (only those who consented have themes). */
  themeIds?: readonly string[];
  /** Case-insensitive substring of the name. */
  search?: string;
  /** Forgotten facilitators are left out unless this is true. */
  includeForgotten?: boolean;
}

export const MAX_FACILITATOR_PAGE_SIZE = 100;

export interface FacilitatorListOptions {
  filter?: FacilitatorListFilter;
  first: number;
  after?: string | null;
  /** The day qualification is judged on (Europe/Oslo). Default: today. */
  today?: IsoDate;
}

export type FacilitatorPage = Page<FacilitatorRecord>;

export interface NewFacilitator {
  data: FacilitatorData;
  consent: FacilitatorConsent;
  now: Date;
}

export interface FacilitatorUpdate {
  data: FacilitatorData;
  now: Date;
}

export interface ReadOptions {
  /** The day qualification is judged on (Europe/Oslo). Default: today. */
  today?: IsoDate;
}

export interface AssignFacilitatorInput {
  facilitatorId: string;
  groupId: string;
  /** Free text, e.g. "igangsetter", "medhjelper". */
  role: string;
  /** First day; qualification is judged on this day. */
  fromDate: IsoDate;
}

export interface ActivityCounts {
  /** Courses completed (any type). */
  coursesCompleted: number;
  /** Enrolments that were not cancelled. */
  coursesEnrolled: number;
  /** Groups helped to start. */
  groupsHelped: number;
}

/** Upper bound of each "needs attention" list. */
export const NEEDS_ATTENTION_LIMIT = 500;

export interface StartingGroupRecord {
  id: string;
  name: string;
  districtId: DistrictId;
  statusChangedAt: Date;
}

export interface NeedsAttention {
  /** QUALIFIED today, LAPSED within LAPSING_SOON_MONTHS; soonest first. */
  lapsingSoon: FacilitatorRecord[];
  /** QUALIFIED, without a group assignment or a course session attended for INACTIVE_AFTER_MONTHS. */
  inactive: FacilitatorRecord[];
  /** Groups STARTING since longer than STARTING_TOO_LONG_MONTHS; longest first. */
  startingTooLong: StartingGroupRecord[];
}
