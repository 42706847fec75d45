// The training concept's records, inputs and limits. The concept's other files (and other
// concepts) import its types from here, never from a repository file, so imports point one way.
import type { Page } from '../../sql/lists.js';
import type {
  CourseSessionData,
  CourseStatus,
  CourseType,
  DistrictId,
  EnrolmentStatus,
  IsoDate,
} from '@selvhjelp/domain';

export interface CourseSessionRecord extends CourseSessionData {
  id: string;
  courseId: string;
}

export interface TrainingCourseRecord {
  id: string;
  districtId: DistrictId;
  type: CourseType;
  title: string;
  locationText: string | null;
  online: boolean;
  capacity: number;
  status: CourseStatus;
  /** Set only when CANCELLED. */
  cancelReason: string | null;
  /** Staff user ids. */
  trainerIds: string[];
  /** By date and start time. */
  sessions: CourseSessionRecord[];
  startsOn: IsoDate;
  enrolledCount: number;
  waitingCount: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface EnrolmentRecord {
  id: string;
  courseId: string;
  facilitatorId: string;
  status: EnrolmentStatus;
  /** 1-based; only while WAITING. */
  waitingPosition: number | null;
  enrolledAt: Date;
  cancelledAt: Date | null;
  /** The district lead's approved exception from full attendance; null when none. */
  attendanceException: AttendanceExceptionRecord | null;
}

export interface AttendanceExceptionRecord {
  reason: string;
  /** Staff user id; null when the user has been deleted since. */
  approvedById: string | null;
  approvedAt: Date;
}

/** What the participant rules (seatGoesTo, attendanceExceptionRefusal) need, read under the course's row lock. */
export interface ParticipantFacts {
  enrolment: EnrolmentRecord;
  course: {
    id: string;
    type: CourseType;
    status: CourseStatus;
    capacity: number;
    version: number;
    sessionCount: number;
  };
  /** Every enrolment of the course, for who gets a freed seat. */
  enrolments: { id: string; status: EnrolmentStatus; waitingPosition: number | null }[];
  sessionsAttended: number;
}

export interface AttendanceExceptionWrite {
  reason: string;
  approvedById: string;
  now: Date;
}

export interface SessionAttendanceRecord {
  enrolmentId: string;
  sessionId: string;
  present: boolean;
}

export interface TrainingCourseListFilter {
  statuses?: readonly CourseStatus[];
  types?: readonly CourseType[];
  /** Courses whose first session is on or after this day. */
  startsOnOrAfter?: IsoDate;
  /** Narrows the scope to one district; never widens it. */
  districtId?: string;
}

export const MAX_COURSE_PAGE_SIZE = 100;

export interface NewTrainingCourse {
  districtId: string;
  type: CourseType;
  title: string;
  locationText: string | null;
  online: boolean;
  capacity: number;
  /** Staff users of the course's district (or national staff). */
  trainerIds: string[];
  /** At least one; any order. */
  sessions: CourseSessionData[];
  now: Date;
}

export interface TrainingCourseListOptions {
  filter?: TrainingCourseListFilter;
  first: number;
  after?: string | null;
}

export type TrainingCoursePage = Page<TrainingCourseRecord>;

export interface CourseStatusChangeOutcome {
  course: TrainingCourseRecord;
  completedFacilitatorIds: string[];
}

export interface AttendanceEntry {
  enrolmentId: string;
  sessionId: string;
  present: boolean;
}

export interface CourseStatusChangeInput {
  to: CourseStatus;
  /** Required (non-empty) for CANCELLED; ignored otherwise. */
  reason?: string | null;
  now: Date;
}

export interface CourseStatusChangeResult {
  /** Facilitators who met the completion rule (only when the course was COMPLETED now). */
  completedFacilitatorIds: string[];
}

export interface TrainingCourseUpdate {
  title: string;
  locationText: string | null;
  online: boolean;
  capacity: number;
  trainerIds: string[];
  /** The full list: with `id` = keep and edit that session, without = new; left out = removed (with its attendance). */
  sessions: (CourseSessionData & { id?: string | null })[];
  now: Date;
}

export interface EnrolmentResult {
  enrolment: EnrolmentRecord;
  /** False when the course was full and the facilitator went on the waiting list. */
  gotSeat: boolean;
}

export interface CancellationResult {
  enrolment: EnrolmentRecord;
  /** The first on the waiting list, who got the freed seat; null when nobody moved up. */
  promoted: EnrolmentRecord | null;
}
