import type { Scope } from '@selvhjelp/domain';
import type { DbClient } from '../../sql/client.js';
import { facilitatorScopeWhere } from '../facilitators/queries.js';
import { lockCourse } from './enrolments.js';
import { toEnrolmentRecord } from './records.js';
import type { AttendanceExceptionWrite, ParticipantFacts, EnrolmentRecord } from './types.js';

/*
 * One participant's facts and the lead's exception from full attendance. The course row is
 * locked first (like every seat-changing write, see enrolments.ts), so the facts hold until the
 * transaction's write: the service runs lock → load → rule (domain) → write in one transaction.
 */

/** Null when the enrolment or its course is not visible in the scope. */
export async function readParticipantFacts(
  tx: DbClient,
  scope: Scope,
  enrolmentId: string,
): Promise<ParticipantFacts | null> {
  const found = await tx.enrolment.findFirst({
    where: { id: enrolmentId, facilitator: facilitatorScopeWhere(scope) },
    select: { courseId: true },
  });
  if (!found) return null;
  const locked = await lockCourse(tx, scope, found.courseId);
  if (!locked) return null;
  const [course, enrolment, enrolments, sessionsAttended] = await Promise.all([
    tx.trainingCourse.findUniqueOrThrow({
      where: { id: locked.id },
      select: { type: true, _count: { select: { sessions: true } } },
    }),
    tx.enrolment.findUniqueOrThrow({ where: { id: enrolmentId } }),
    tx.enrolment.findMany({
      where: { courseId: locked.id },
      select: { id: true, status: true, waitingPosition: true },
    }),
    tx.sessionAttendance.count({ where: { enrolmentId, present: true } }),
  ]);
  return {
    enrolment: toEnrolmentRecord(enrolment),
    course: {
      id: locked.id,
      type: course.type,
      status: locked.status,
      capacity: locked.capacity,
      version: locked.version,
      sessionCount: course._count.sessions,
    },
    enrolments,
    sessionsAttended,
  };
}

/** Records the exception the rule allowed (see readParticipantFacts); a second approval replaces the first. */
export async function writeAttendanceException(
  tx: DbClient,
  enrolmentId: string,
  write: AttendanceExceptionWrite,
): Promise<EnrolmentRecord> {
  const row = await tx.enrolment.update({
    where: { id: enrolmentId },
    data: {
      attendanceExceptionReason: write.reason,
      attendanceExceptionById: write.approvedById,
      attendanceExceptionAt: write.now,
    },
  });
  return toEnrolmentRecord(row);
}
