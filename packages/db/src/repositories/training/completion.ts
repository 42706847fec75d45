import type { AttendanceFacts, Scope } from '@selvhjelp/domain';
import { completesCourse } from '@selvhjelp/domain';
import { StaleVersionError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { isUuid } from '../../sql/client.js';
import type {
  SessionAttendanceRecord,
  AttendanceEntry,
  CourseStatusChangeInput,
  CourseStatusChangeResult,
} from './types.js';
import type { LockedCourse } from './enrolments.js';
import { lockCourse } from './enrolments.js';

/**
 * What the attendance rule (attendanceRefusal in the domain) needs, read after locking the
 * course. Null when the course is not visible.
 */
export async function readAttendanceFacts(
  tx: DbClient,
  scope: Scope,
  courseId: string,
  entries: readonly AttendanceEntry[],
): Promise<AttendanceFacts | null> {
  const course = await lockCourse(tx, scope, courseId);
  if (!course) return null;
  // A malformed id matches no session or enrolment of the course.
  if (entries.some((entry) => !isUuid(entry.enrolmentId) || !isUuid(entry.sessionId))) {
    return { courseStatus: course.status, allOfCourse: false, enrolmentStatuses: [] };
  }
  const sessionIds = [...new Set(entries.map((entry) => entry.sessionId))];
  const enrolmentIds = [...new Set(entries.map((entry) => entry.enrolmentId))];
  const [sessions, enrolments] = await Promise.all([
    tx.courseSession.findMany({ where: { id: { in: sessionIds }, courseId }, select: { id: true } }),
    tx.enrolment.findMany({ where: { id: { in: enrolmentIds }, courseId }, select: { id: true, status: true } }),
  ]);
  return {
    courseStatus: course.status,
    allOfCourse: sessions.length === sessionIds.length && enrolments.length === enrolmentIds.length,
    enrolmentStatuses: enrolments.map((enrolment) => enrolment.status),
  };
}

/** Sets present/absent for enrolment × session pairs the rule allowed (others are left as they are). */
export async function recordAttendance(
  tx: DbClient,
  entries: readonly AttendanceEntry[],
): Promise<SessionAttendanceRecord[]> {
  if (entries.length === 0) return [];
  // The last entry for a pair wins.
  const byPair = new Map(entries.map((entry) => [`${entry.enrolmentId}/${entry.sessionId}`, entry]));
  const rows = [...byPair.values()];
  await tx.sessionAttendance.deleteMany({
    where: { OR: rows.map(({ enrolmentId, sessionId }) => ({ enrolmentId, sessionId })) },
  });
  await tx.sessionAttendance.createMany({
    data: rows.map(({ enrolmentId, sessionId, present }) => ({ enrolmentId, sessionId, present })),
  });
  return rows.map(({ enrolmentId, sessionId, present }) => ({ enrolmentId, sessionId, present }));
}

/** The course locked at the version the caller read: null when not visible; StaleVersionError at another version. */
export async function lockCourseAt(
  tx: DbClient,
  scope: Scope,
  courseId: string,
  expectedVersion: number,
): Promise<LockedCourse | null> {
  const course = await lockCourse(tx, scope, courseId);
  if (course && course.version !== expectedVersion)
    throw new StaleVersionError('TrainingCourse', courseId, expectedVersion);
  return course;
}

/**
 * Writes a lifecycle step the rule allowed (courseStatusTransitionRefusal), on the course locked by
 * lockCourseAt. COMPLETED records a completion for every ENROLLED participant who met the course
 * type's rule, dated the last session's day: that is what updates their qualification.
 */
export async function changeCourseStatus(
  tx: DbClient,
  courseId: string,
  change: CourseStatusChangeInput,
): Promise<CourseStatusChangeResult> {
  const reason = change.to === 'CANCELLED' ? change.reason?.trim() || null : null;
  if (change.to === 'CANCELLED' && !reason) throw new RangeError('A cancelled course needs a reason.');

  let completedFacilitatorIds: string[] = [];
  if (change.to === 'COMPLETED') {
    const full = await tx.trainingCourse.findUniqueOrThrow({
      where: { id: courseId },
      select: {
        type: true,
        sessions: { select: { date: true }, orderBy: { date: 'desc' } },
        enrolments: {
          where: { status: 'ENROLLED' },
          select: {
            facilitatorId: true,
            attendanceExceptionAt: true,
            _count: { select: { attendances: { where: { present: true } } } },
          },
        },
      },
    });
    const lastDay = full.sessions[0]?.date;
    completedFacilitatorIds = full.enrolments
      .filter((enrolment) =>
        completesCourse(
          full.type,
          enrolment._count.attendances,
          full.sessions.length,
          enrolment.attendanceExceptionAt !== null,
        ),
      )
      .map((enrolment) => enrolment.facilitatorId)
      .sort();
    if (lastDay && completedFacilitatorIds.length > 0) {
      await tx.courseCompletion.createMany({
        data: completedFacilitatorIds.map((facilitatorId) => ({
          courseId,
          facilitatorId,
          courseType: full.type,
          completedOn: lastDay,
        })),
      });
    }
    // No seat will come free any more: the waiting list closes, and the history says so.
    await tx.enrolment.updateMany({
      where: { courseId, status: 'WAITING' },
      data: { status: 'WAITING_LIST_CLOSED', waitingPosition: null },
    });
  }
  await tx.trainingCourse.update({
    where: { id: courseId },
    data: { status: change.to, cancelReason: reason, version: { increment: 1 }, updatedAt: change.now },
  });
  return { completedFacilitatorIds };
}
