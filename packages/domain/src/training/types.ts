import type { IsoDate } from '../groups/types.js';

export const COURSE_TYPES = ['BASIC', 'REFRESHER', 'NETWORK_MEETING'] as const;
export type CourseType = (typeof COURSE_TYPES)[number];

export const COURSE_STATUSES = ['PLANNED', 'OPEN', 'RUNNING', 'COMPLETED', 'CANCELLED'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

// WAITING_LIST_CLOSED: still on the waiting list when the course was completed; kept so the history shows it.
export const ENROLMENT_STATUSES = ['ENROLLED', 'WAITING', 'CANCELLED', 'WAITING_LIST_CLOSED'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** Course types whose completion qualifies a facilitator (BASIC also ends IN_TRAINING). */
export const QUALIFYING_COURSE_TYPES: readonly CourseType[] = Object.freeze(['BASIC', 'REFRESHER'] as const);

/** One gathering of a course; times are local HH:MM in Europe/Oslo. */
export interface CourseSessionData {
  date: IsoDate;
  startTime: string;
  endTime: string;
  place: string | null;
}

export interface TrainingCourseData {
  districtId: string;
  type: CourseType;
  title: string;
  /** Where it is held, as text; null when online only. */
  locationText: string | null;
  online: boolean;
  capacity: number;
  /** Staff user ids. */
  trainerIds: string[];
  /** Ordered by date and start time. */
  sessions: CourseSessionData[];
}
