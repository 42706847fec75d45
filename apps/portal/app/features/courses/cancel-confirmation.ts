import type { CourseStatus, EnrolmentStatus } from '@selvhjelp/domain';
import { seatGoesTo } from '@selvhjelp/domain';

/** What the second step of a cancellation shows and sends back for the gateway to check. */
export interface CancelConfirmation {
  enrolmentId: string;
  name: string;
  /** On the waiting list: leaving frees no seat. */
  waiting: boolean;
  /** Who gets the freed seat from the waiting list; null when nobody does. */
  promoted: { enrolmentId: string; name: string } | null;
  courseVersion: number;
}

interface CourseSeats {
  status: CourseStatus;
  capacity: number;
  version: number;
  enrolments: readonly {
    id: string;
    status: EnrolmentStatus;
    waitingPosition?: number | null;
    facilitator: { name: string };
  }[];
}

/** The confirmation for cancelling one enrolment of the course as saved now; null when it is not active any more. */
export function cancelConfirmation(course: CourseSeats, enrolmentId: string): CancelConfirmation | null {
  const enrolment = course.enrolments.find((candidate) => candidate.id === enrolmentId);
  if (!enrolment || (enrolment.status !== 'ENROLLED' && enrolment.status !== 'WAITING')) return null;
  const enrolments = course.enrolments.map(({ id, status, waitingPosition }) => ({
    id,
    status,
    waitingPosition: waitingPosition ?? null,
  }));
  const promotedId = seatGoesTo({ courseStatus: course.status, capacity: course.capacity, enrolments }, enrolmentId);
  const promoted = promotedId ? course.enrolments.find((candidate) => candidate.id === promotedId) : undefined;
  return {
    enrolmentId,
    name: enrolment.facilitator.name,
    waiting: enrolment.status === 'WAITING',
    promoted: promoted ? { enrolmentId: promoted.id, name: promoted.facilitator.name } : null,
    courseVersion: course.version,
  };
}
