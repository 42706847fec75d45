import type { CourseStatus, EnrolmentFacts, Scope } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import type { DbClient } from '../../sql/client.js';
import { districtScopeSql } from '../../sql/client.js';
import { facilitatorScopeWhere } from '../facilitators/queries.js';
import type { EnrolmentRecord, EnrolmentResult, CancellationResult } from './types.js';
import { toEnrolmentRecord } from './records.js';

/*
 * Seats and the waiting list. Every write here first locks the course row
 * (SELECT … FOR UPDATE), so concurrent enrolments and cancellations on one course run one after
 * the other and each sees the seats the previous one took: two staff members enrolling into
 * the last seat get one seat and one waiting place. PGlite runs one transaction at a time
 * anyway; the lock is what makes a PostgreSQL server behave the same.
 */

export interface LockedCourse {
  id: string;
  districtId: string;
  status: CourseStatus;
  capacity: number;
  version: number;
}

/** Null when the course is not visible in the scope. */
export async function lockCourse(tx: DbClient, scope: Scope, courseId: string): Promise<LockedCourse | null> {
  const [row] = await tx.$queryRaw<
    { id: string; district_id: string; status: CourseStatus; capacity: number; version: number }[]
  >(Prisma.sql`
    SELECT id::text AS id, district_id, status::text AS status, capacity, version FROM training_course
    WHERE id = ${courseId}::uuid AND ${districtScopeSql(scope, 'district_id')}
    FOR UPDATE`);
  return row
    ? { id: row.id, districtId: row.district_id, status: row.status, capacity: row.capacity, version: row.version }
    : null;
}

/** What the enrolment rule (enrolmentRefusal in the domain) needs, read after locking the course. Null when either is not visible. */
export async function readEnrolmentFacts(
  tx: DbClient,
  scope: Scope,
  courseId: string,
  facilitatorId: string,
): Promise<EnrolmentFacts | null> {
  const course = await lockCourse(tx, scope, courseId);
  if (!course) return null;
  const facilitator = await tx.facilitator.findFirst({
    where: { id: facilitatorId, ...facilitatorScopeWhere(scope) },
    select: { districtId: true, forgottenAt: true },
  });
  if (!facilitator) return null;
  const existing = await tx.enrolment.findUnique({
    where: { courseId_facilitatorId: { courseId, facilitatorId } },
    select: { status: true },
  });
  return {
    courseStatus: course.status,
    facilitatorForgotten: facilitator.forgottenAt !== null,
    sameDistrict: facilitator.districtId === course.districtId,
    currentEnrolment: existing?.status ?? null,
  };
}

/** A seat, or the end of the waiting list when the course is full; in the transaction that read the facts (the course is locked). */
export async function writeEnrolment(
  tx: DbClient,
  courseId: string,
  facilitatorId: string,
  now: Date,
): Promise<EnrolmentResult> {
  const course = await tx.trainingCourse.findUniqueOrThrow({ where: { id: courseId }, select: { capacity: true } });
  const existing = await tx.enrolment.findUnique({
    where: { courseId_facilitatorId: { courseId, facilitatorId } },
    select: { id: true },
  });
  const [enrolled, lastWaiting] = await Promise.all([
    tx.enrolment.count({ where: { courseId, status: 'ENROLLED' } }),
    tx.enrolment.aggregate({ where: { courseId, status: 'WAITING' }, _max: { waitingPosition: true } }),
  ]);
  const gotSeat = enrolled < course.capacity;
  const data = {
    status: gotSeat ? ('ENROLLED' as const) : ('WAITING' as const),
    waitingPosition: gotSeat ? null : (lastWaiting._max.waitingPosition ?? 0) + 1,
    enrolledAt: now,
    cancelledAt: null,
  };
  // Re-enrolling after a cancellation reuses the row (one row per facilitator and course).
  const row = existing
    ? await tx.enrolment.update({ where: { id: existing.id }, data })
    : await tx.enrolment.create({ data: { courseId, facilitatorId, ...data } });
  return { enrolment: toEnrolmentRecord(row), gotSeat };
}

/** An enrolment and its course's status, read after locking the course. Null when not visible. */
export async function readCancellationFacts(
  tx: DbClient,
  scope: Scope,
  enrolmentId: string,
): Promise<{ enrolment: EnrolmentRecord; courseStatus: CourseStatus } | null> {
  const found = await tx.enrolment.findFirst({
    where: { id: enrolmentId, facilitator: facilitatorScopeWhere(scope) },
    select: { courseId: true },
  });
  if (!found) return null;
  const course = await lockCourse(tx, scope, found.courseId);
  if (!course) return null;
  // Read again under the lock: another cancellation may have moved this one.
  const current = await tx.enrolment.findUniqueOrThrow({ where: { id: enrolmentId } });
  return { enrolment: toEnrolmentRecord(current), courseStatus: course.status };
}

/**
 * Cancels an enrolment the rule allowed, in the transaction that read its facts; a cancelled one
 * is left as it is. A freed seat goes to the first on the waiting list (`promoted`).
 */
export async function writeCancellation(tx: DbClient, enrolmentId: string, now: Date): Promise<CancellationResult> {
  const current = await tx.enrolment.findUniqueOrThrow({ where: { id: enrolmentId } });
  if (current.status === 'CANCELLED') return { enrolment: toEnrolmentRecord(current), promoted: null };
  const course = await tx.trainingCourse.findUniqueOrThrow({
    where: { id: current.courseId },
    select: { id: true, status: true, capacity: true },
  });
  const cancelled = await tx.enrolment.update({
    where: { id: enrolmentId },
    data: { status: 'CANCELLED', waitingPosition: null, cancelledAt: now },
  });
  let promoted: EnrolmentRecord | null = null;
  let closeGapAfter = current.waitingPosition;
  if (current.status === 'ENROLLED' && course.status !== 'CANCELLED') {
    const enrolled = await tx.enrolment.count({ where: { courseId: course.id, status: 'ENROLLED' } });
    const first =
      enrolled < course.capacity
        ? await tx.enrolment.findFirst({
            where: { courseId: course.id, status: 'WAITING' },
            orderBy: { waitingPosition: 'asc' },
          })
        : null;
    if (first) {
      promoted = toEnrolmentRecord(
        await tx.enrolment.update({ where: { id: first.id }, data: { status: 'ENROLLED', waitingPosition: null } }),
      );
      closeGapAfter = first.waitingPosition;
    }
  }
  if (closeGapAfter !== null) {
    await tx.enrolment.updateMany({
      where: { courseId: course.id, status: 'WAITING', waitingPosition: { gt: closeGapAfter } },
      data: { waitingPosition: { decrement: 1 } },
    });
  }
  return { enrolment: toEnrolmentRecord(cancelled), promoted };
}
