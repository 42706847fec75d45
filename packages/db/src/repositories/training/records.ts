import type { DistrictId, EnrolmentStatus } from '@selvhjelp/domain';
import type { CourseSession, Enrolment, Prisma, TrainingCourse } from '../../generated/prisma/client.js';
import { isoFromDate } from '../../sql/dates.js';
import type { CourseSessionRecord, TrainingCourseRecord, EnrolmentRecord } from './types.js';

export const COURSE_INCLUDE = {
  trainers: { select: { staffUserId: true }, orderBy: { staffUserId: 'asc' } },
  sessions: { orderBy: [{ date: 'asc' }, { startTime: 'asc' }, { id: 'asc' }] },
  // Small (a course has tens of places): counting here saves a query per page.
  enrolments: { where: { status: { not: 'CANCELLED' } }, select: { status: true } },
} satisfies Prisma.TrainingCourseInclude;

export type TrainingCourseRow = TrainingCourse & {
  trainers: { staffUserId: string }[];
  sessions: CourseSession[];
  enrolments: { status: EnrolmentStatus }[];
};

export function toSessionRecord(row: CourseSession): CourseSessionRecord {
  return {
    id: row.id,
    courseId: row.courseId,
    date: isoFromDate(row.date),
    startTime: row.startTime,
    endTime: row.endTime,
    place: row.place,
  };
}

export function toCourseRecord(row: TrainingCourseRow): TrainingCourseRecord {
  return {
    id: row.id,
    districtId: row.districtId as DistrictId,
    type: row.type,
    title: row.title,
    locationText: row.locationText,
    online: row.online,
    capacity: row.capacity,
    status: row.status,
    cancelReason: row.cancelReason,
    trainerIds: row.trainers.map((trainer) => trainer.staffUserId),
    sessions: row.sessions.map(toSessionRecord),
    startsOn: isoFromDate(row.startsOn),
    enrolledCount: row.enrolments.filter((enrolment) => enrolment.status === 'ENROLLED').length,
    waitingCount: row.enrolments.filter((enrolment) => enrolment.status === 'WAITING').length,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toEnrolmentRecord(row: Enrolment): EnrolmentRecord {
  return {
    id: row.id,
    courseId: row.courseId,
    facilitatorId: row.facilitatorId,
    status: row.status,
    waitingPosition: row.waitingPosition,
    enrolledAt: row.enrolledAt,
    cancelledAt: row.cancelledAt,
    attendanceException:
      row.attendanceExceptionReason !== null && row.attendanceExceptionAt !== null
        ? {
            reason: row.attendanceExceptionReason,
            approvedById: row.attendanceExceptionById,
            approvedAt: row.attendanceExceptionAt,
          }
        : null,
  };
}
