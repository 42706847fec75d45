import { z } from 'zod';
import type { Refusal } from '../messages/refusal.js';
import { refusal } from '../messages/refusal.js';
import { meetsCompletionRule } from './lifecycle.js';
import type { CourseStatus, CourseType, EnrolmentStatus } from './types.js';
import { QUALIFYING_COURSE_TYPES } from './types.js';

/*
 * Rules about one participant: who gets a freed seat, whether a confirmed cancellation still
 * matches what the user saw, and the district lead's exception from full attendance. Pure: the
 * gateway's service reads the facts under the course's row lock and applies them.
 */

export interface SeatFacts {
  courseStatus: CourseStatus;
  capacity: number;
  enrolments: readonly { id: string; status: EnrolmentStatus; waitingPosition: number | null }[];
}

/** The enrolment that moves up from the waiting list when `cancelledId` is cancelled; null when nobody does. */
export function seatGoesTo(facts: SeatFacts, cancelledId: string): string | null {
  const cancelled = facts.enrolments.find((enrolment) => enrolment.id === cancelledId);
  if (
    !cancelled ||
    cancelled.status !== 'ENROLLED' ||
    facts.courseStatus === 'CANCELLED' ||
    facts.courseStatus === 'COMPLETED'
  )
    return null;
  const enrolledAfter = facts.enrolments.filter((enrolment) => enrolment.status === 'ENROLLED').length - 1;
  if (enrolledAfter >= facts.capacity) return null;
  const [first] = facts.enrolments
    .filter((enrolment) => enrolment.status === 'WAITING')
    .sort((a, b) => (a.waitingPosition ?? 0) - (b.waitingPosition ?? 0));
  return first?.id ?? null;
}

/** What the user confirmed: the course at this version, and this person getting the seat (or nobody). */
export interface CancellationSeen {
  courseVersion: number;
  promotedEnrolmentId: string | null;
}

/** Refused when the course changed or someone else would now get the seat: the user confirmed something else. */
export function cancellationConfirmationRefusal(seen: CancellationSeen, now: CancellationSeen): Refusal | null {
  if (seen.courseVersion !== now.courseVersion || seen.promotedEnrolmentId !== now.promotedEnrolmentId)
    return refusal('ENROLMENT_CANCEL_STALE');
  return null;
}

export const ATTENDANCE_EXCEPTION_REASON_MAX_LENGTH = 300;

/** `{ enrolmentId, reason }`: the lead's short reason is recorded with the exception. */
export const attendanceExceptionSchema = z.object({
  enrolmentId: z.string().uuid({ message: 'INVALID_ENROLMENT' }),
  reason: z
    .string({ message: 'ATTENDANCE_EXCEPTION_REASON_REQUIRED' })
    .trim()
    .min(1, { message: 'ATTENDANCE_EXCEPTION_REASON_REQUIRED' })
    .max(ATTENDANCE_EXCEPTION_REASON_MAX_LENGTH, { message: 'ATTENDANCE_EXCEPTION_REASON_TOO_LONG' }),
});

export interface AttendanceExceptionFacts {
  courseType: CourseType;
  courseStatus: CourseStatus;
  enrolmentStatus: EnrolmentStatus;
  sessionsAttended: number;
  sessionCount: number;
}

/** Why an exception from full attendance cannot be approved for this participant; null when it can. */
export function attendanceExceptionRefusal(facts: AttendanceExceptionFacts): Refusal | null {
  if (facts.courseStatus === 'COMPLETED' || facts.courseStatus === 'CANCELLED')
    return refusal('COURSE_CLOSED_FOR_CHANGES');
  if (facts.enrolmentStatus !== 'ENROLLED') return refusal('ENROLMENT_NOT_ACTIVE');
  if (!QUALIFYING_COURSE_TYPES.includes(facts.courseType)) return refusal('ATTENDANCE_EXCEPTION_NOT_QUALIFYING');
  if (meetsCompletionRule(facts.courseType, facts.sessionsAttended, facts.sessionCount))
    return refusal('ATTENDANCE_EXCEPTION_NOT_NEEDED');
  return null;
}

/**
 * Whether the participant completes the course: every session attended (meetsCompletionRule),
 * or fewer with an exception the district lead approved. A network meeting never qualifies.
 */
export function completesCourse(
  courseType: CourseType,
  sessionsAttended: number,
  sessionCount: number,
  exceptionApproved: boolean,
): boolean {
  if (!QUALIFYING_COURSE_TYPES.includes(courseType)) return false;
  return meetsCompletionRule(courseType, sessionsAttended, sessionCount) || (exceptionApproved && sessionCount > 0);
}
