import type { Scope } from '@selvhjelp/domain';
import { canChangeCourseStatus, completesCourse, courseStatusChangeRefusal } from '@selvhjelp/domain';
import { StaleVersionError, TrainingRuleError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { isUuid } from '../../sql/client.js';
import type { SessionAttendanceRecord, AttendanceEntry, CourseStatusChangeInput, CourseStatusChangeResult } from './types.js';
import { lockCourse } from './enrolments.js';

/**
 * Sets present/absent for enrolment × session pairs (others are left as they are). Refused for a
 * cancelled or completed course, for a session or enrolment of another course, and for an
 * enrolment that is not ENROLLED. Null when the course is not visible.
 */
export async function recordAttendance(
  tx: DbClient,
  scope: Scope,
  courseId: string,
  entries: readonly AttendanceEntry[],
): Promise<SessionAttendanceRecord[] | null> {
  const course = await lockCourse(tx, scope, courseId);
  if (!course) return null;
  if (course.status === 'CANCELLED') throw new TrainingRuleError('COURSE_CANCELLED');
  if (course.status === 'COMPLETED') throw new TrainingRuleError('COURSE_COMPLETED');
  if (entries.length === 0) return [];
  // A malformed id matches no session or enrolment of the course.
  if (entries.some((entry) => !isUuid(entry.enrolmentId) || !isUuid(entry.sessionId))) throw new TrainingRuleError('SESSION_NOT_IN_COURSE');
  const sessionIds = [...new Set(entries.map((entry) => entry.sessionId))];
  const enrolmentIds = [...new Set(entries.map((entry) => entry.enrolmentId))];
  const [sessions, enrolments] = await Promise.all([
    tx.courseSession.findMany({ where: { id: { in: sessionIds }, courseId }, select: { id: true } }),
    tx.enrolment.findMany({ where: { id: { in: enrolmentIds }, courseId }, select: { id: true, status: true } }),
  ]);
  if (sessions.length !== sessionIds.length || enrolments.length !== enrolmentIds.length) {
    throw new TrainingRuleError('SESSION_NOT_IN_COURSE');
  }
  if (enrolments.some((enrolment) => enrolment.status !== 'ENROLLED')) throw new TrainingRuleError('ENROLMENT_NOT_ACTIVE');
  // The last entry for a pair wins.
  const byPair = new Map(entries.map((entry) => [`${entry.enrolmentId}/${entry.sessionId}`, entry]));
  const rows = [...byPair.values()];
  await tx.sessionAttendance.deleteMany({
    where: { OR: rows.map(({ enrolmentId, sessionId }) => ({ enrolmentId, sessionId })) },
  });
  await tx.sessionAttendance.createMany({ data: rows.map(({ enrolmentId, sessionId, present }) => ({ enrolmentId, sessionId, present })) });
  return rows.map(({ enrolmentId, sessionId, present }) => ({ enrolmentId, sessionId, present }));
}

/**
 * One lifecycle step. COMPLETED records a completion for every ENROLLED participant who met the
 * course type's rule, dated the last session's day: that is what updates their qualification.
 */
export async function changeCourseStatus(
  tx: DbClient,
  scope: Scope,
  courseId: string,
  expectedVersion: number,
  change: CourseStatusChangeInput,
): Promise<CourseStatusChangeResult | null> {
  const course = await lockCourse(tx, scope, courseId);
  if (!course) return null;
  if (course.version !== expectedVersion) throw new StaleVersionError('TrainingCourse', courseId, expectedVersion);
  if (!canChangeCourseStatus(course.status, change.to)) {
    throw new TrainingRuleError('COURSE_STATUS_TRANSITION', courseStatusChangeRefusal(course.status, change.to).params);
  }
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
          select: { facilitatorId: true, attendanceExceptionAt: true, _count: { select: { attendances: { where: { present: true } } } } },
        },
      },
    });
    const lastDay = full.sessions[0]?.date;
    completedFacilitatorIds = full.enrolments
      .filter((enrolment) => completesCourse(full.type, enrolment._count.attendances, full.sessions.length, enrolment.attendanceExceptionAt !== null))
      .map((enrolment) => enrolment.facilitatorId)
      .sort();
    if (lastDay && completedFacilitatorIds.length > 0) {
      await tx.courseCompletion.createMany({
        data: completedFacilitatorIds.map((facilitatorId) => ({ courseId, facilitatorId, courseType: full.type, completedOn: lastDay })),
      });
    }
    // No seat will come free any more: the waiting list closes, and the history says so.
    await tx.enrolment.updateMany({ where: { courseId, status: 'WAITING' }, data: { status: 'WAITING_LIST_CLOSED', waitingPosition: null } });
  }
  await tx.trainingCourse.update({
    where: { id: courseId },
    data: { status: change.to, cancelReason: reason, version: { increment: 1 }, updatedAt: change.now },
  });
  return { completedFacilitatorIds };
}

