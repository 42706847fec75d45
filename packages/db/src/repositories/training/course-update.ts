import type { CourseUpdateFacts, Scope } from '@selvhjelp/domain';
import { OutOfScopeError, StaleVersionError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { isUuid } from '../../sql/client.js';
import { dateFromIso } from '../../sql/dates.js';
import type { EnrolmentRecord, TrainingCourseUpdate } from './types.js';
import { toEnrolmentRecord } from './records.js';
import { lockCourse } from './enrolments.js';

/** Trainers must be staff of the course's district or national staff. */
export async function assertTrainers(tx: DbClient, districtId: string, trainerIds: readonly string[]): Promise<void> {
  if (trainerIds.length === 0) return;
  const found = await tx.staffUser.count({
    where: { id: { in: trainerIds.filter(isUuid) }, OR: [{ districtId }, { districtId: null }] },
  });
  if (found !== trainerIds.length)
    throw new OutOfScopeError('Trainers must be staff of the course district or national staff.');
}

/**
 * What the edit rule (courseUpdateRefusal in the domain) needs, read after locking the course.
 * Null when not visible; StaleVersionError at another version.
 */
export async function readCourseUpdateFacts(
  tx: DbClient,
  scope: Scope,
  courseId: string,
  expectedVersion: number,
  update: TrainingCourseUpdate,
): Promise<CourseUpdateFacts | null> {
  const course = await lockCourse(tx, scope, courseId);
  if (!course) return null;
  if (course.version !== expectedVersion) throw new StaleVersionError('TrainingCourse', courseId, expectedVersion);
  const [enrolledCount, sessions] = await Promise.all([
    tx.enrolment.count({ where: { courseId, status: 'ENROLLED' } }),
    tx.courseSession.findMany({ where: { courseId }, select: { id: true } }),
  ]);
  return {
    courseStatus: course.status,
    enrolledCount,
    capacity: update.capacity,
    sessionIds: sessions.map((session) => session.id),
    keptSessionIds: update.sessions.flatMap((session) => (session.id ? [session.id] : [])),
  };
}

/**
 * Writes an edit the rule allowed, in the transaction that read its facts. Raising the capacity
 * gives the freed seats to the waiting list in order (returned as `promoted`).
 */
export async function updateCourse(
  tx: DbClient,
  courseId: string,
  update: TrainingCourseUpdate,
): Promise<{ promoted: EnrolmentRecord[] }> {
  if (update.sessions.length === 0) throw new RangeError('A course needs at least one session.');
  const course = await tx.trainingCourse.findUniqueOrThrow({ where: { id: courseId }, select: { districtId: true } });
  const enrolled = await tx.enrolment.count({ where: { courseId, status: 'ENROLLED' } });
  const trainerIds = [...new Set(update.trainerIds)];
  await assertTrainers(tx, course.districtId, trainerIds);

  const kept = update.sessions.filter((session) => session.id);
  await tx.courseSession.deleteMany({ where: { courseId, id: { notIn: kept.map((session) => session.id!) } } });
  for (const session of update.sessions) {
    const columns = {
      date: dateFromIso(session.date),
      startTime: session.startTime,
      endTime: session.endTime,
      place: session.place,
    };
    if (session.id) await tx.courseSession.update({ where: { id: session.id }, data: columns });
    else await tx.courseSession.create({ data: { courseId, ...columns } });
  }
  await tx.courseTrainer.deleteMany({ where: { courseId } });
  if (trainerIds.length > 0)
    await tx.courseTrainer.createMany({ data: trainerIds.map((staffUserId) => ({ courseId, staffUserId })) });
  const firstDay = [...update.sessions].map((session) => session.date).sort()[0]!;
  await tx.trainingCourse.update({
    where: { id: courseId },
    data: {
      title: update.title,
      locationText: update.locationText,
      online: update.online,
      capacity: update.capacity,
      startsOn: dateFromIso(firstDay),
      version: { increment: 1 },
      updatedAt: update.now,
    },
  });

  const freeSeats = update.capacity - enrolled;
  const moving =
    freeSeats > 0
      ? await tx.enrolment.findMany({
          where: { courseId, status: 'WAITING' },
          orderBy: { waitingPosition: 'asc' },
          take: freeSeats,
        })
      : [];
  const promoted: EnrolmentRecord[] = [];
  for (const enrolment of moving) {
    promoted.push(
      toEnrolmentRecord(
        await tx.enrolment.update({ where: { id: enrolment.id }, data: { status: 'ENROLLED', waitingPosition: null } }),
      ),
    );
  }
  if (moving.length > 0) {
    await tx.enrolment.updateMany({
      where: { courseId, status: 'WAITING' },
      data: { waitingPosition: { decrement: moving.length } },
    });
  }
  return { promoted };
}
