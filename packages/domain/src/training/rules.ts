import type { TrainingRefusal } from '../facilitators/rules.js';
import { trainingRefusal } from '../facilitators/rules.js';
import { canChangeCourseStatus, ENROLMENT_OPEN_STATUSES } from './lifecycle.js';
import type { CourseStatus, EnrolmentStatus } from './types.js';

/*
 * Course rules that depend on rows other writers may be changing: the gateway reads their facts
 * under the course's row lock and writes only when the rule returns null.
 */

/** What decides whether a facilitator may be enrolled, read under the course's row lock. */
export interface EnrolmentFacts {
  courseStatus: CourseStatus;
  facilitatorForgotten: boolean;
  /** The facilitator and the course belong to the same district. */
  sameDistrict: boolean;
  /** The facilitator's enrolment in this course now; null when there is none. */
  currentEnrolment: EnrolmentStatus | null;
}

/** Only a planned or open course takes enrolments, of a facilitator of its district who is not forgotten, once. */
export function enrolmentRefusal(facts: EnrolmentFacts): TrainingRefusal | null {
  if (!ENROLMENT_OPEN_STATUSES.includes(facts.courseStatus)) return trainingRefusal('COURSE_NOT_OPEN_FOR_ENROLMENT');
  if (facts.facilitatorForgotten) return trainingRefusal('FACILITATOR_FORGOTTEN');
  if (!facts.sameDistrict) return trainingRefusal('FACILITATOR_OTHER_DISTRICT');
  if (facts.currentEnrolment !== null && facts.currentEnrolment !== 'CANCELLED')
    return trainingRefusal('ALREADY_ENROLLED');
  return null;
}

/**
 * A completed course keeps its participants (they are its record of completion). Cancelling a
 * cancelled enrolment changes nothing, so it is never refused.
 */
export function enrolmentCancellationRefusal(facts: {
  courseStatus: CourseStatus;
  enrolmentStatus: EnrolmentStatus;
}): TrainingRefusal | null {
  if (facts.enrolmentStatus === 'CANCELLED') return null;
  return facts.courseStatus === 'COMPLETED' ? trainingRefusal('COURSE_COMPLETED') : null;
}

/** What decides whether a course may be edited, read under its row lock. */
export interface CourseUpdateFacts {
  courseStatus: CourseStatus;
  enrolledCount: number;
  /** The capacity asked for. */
  capacity: number;
  /** The ids of the course's sessions now. */
  sessionIds: readonly string[];
  /** The ids of the sessions the edit keeps. */
  keptSessionIds: readonly string[];
}

/** A completed or cancelled course is closed; the capacity cannot drop below the enrolled; only the course's own sessions can be kept. */
export function courseUpdateRefusal(facts: CourseUpdateFacts): TrainingRefusal | null {
  if (facts.courseStatus === 'COMPLETED' || facts.courseStatus === 'CANCELLED')
    return trainingRefusal('COURSE_CLOSED_FOR_CHANGES');
  if (facts.capacity < facts.enrolledCount) return trainingRefusal('CAPACITY_BELOW_ENROLLED');
  const existing = new Set(facts.sessionIds);
  if (facts.keptSessionIds.some((id) => !existing.has(id))) return trainingRefusal('SESSION_NOT_IN_COURSE');
  return null;
}

/** What decides whether attendance may be recorded, read under the course's row lock. */
export interface AttendanceFacts {
  courseStatus: CourseStatus;
  /** Every session and enrolment named belongs to the course. */
  allOfCourse: boolean;
  /** The statuses of the enrolments named. */
  enrolmentStatuses: readonly EnrolmentStatus[];
}

/** Attendance is kept for an open course, for its own sessions and its enrolled participants only. */
export function attendanceRefusal(facts: AttendanceFacts): TrainingRefusal | null {
  if (facts.courseStatus === 'CANCELLED') return trainingRefusal('COURSE_CANCELLED');
  if (facts.courseStatus === 'COMPLETED') return trainingRefusal('COURSE_COMPLETED');
  if (!facts.allOfCourse) return trainingRefusal('SESSION_NOT_IN_COURSE');
  if (facts.enrolmentStatuses.some((status) => status !== 'ENROLLED')) return trainingRefusal('ENROLMENT_NOT_ACTIVE');
  return null;
}

/** A lifecycle step the course may not take (COURSE_STATUS_TRANSITION names both statuses); null when allowed. */
export function courseStatusTransitionRefusal(from: CourseStatus, to: CourseStatus): TrainingRefusal | null {
  return canChangeCourseStatus(from, to) ? null : trainingRefusal('COURSE_STATUS_TRANSITION', { from, to });
}
