import type { CourseSessionData, CourseStatus, CourseType, DistrictId, EnrolmentStatus, IsoDate } from '@selvhjelp/domain';
import type { CourseSession, Enrolment, Prisma, TrainingCourse } from '../../generated/prisma/client.js';
import { isoFromDate } from '../../sql/dates.js';

export interface CourseSessionRecord extends CourseSessionData {
  id: string;
  courseId: string;
}

export interface TrainingCourseRecord {
  id: string;
  districtId: DistrictId;
  type: CourseType;
  title: string;
  locationText: string | null;
  online: boolean;
  capacity: number;
  status: CourseStatus;
  /** Set only when CANCELLED. */
  cancelReason: string | null;
  /** Staff user ids. */
  trainerIds: string[];
  /** By date and start time. */
  sessions: CourseSessionRecord[];
  startsOn: IsoDate;
  enrolledCount: number;
  waitingCount: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface EnrolmentRecord {
  id: string;
  courseId: string;
  facilitatorId: string;
  status: EnrolmentStatus;
  /** 1-based; only while WAITING. */
  waitingPosition: number | null;
  enrolledAt: Date;
  cancelledAt: Date | null;
}

export interface SessionAttendanceRecord {
  enrolmentId: string;
  sessionId: string;
  present: boolean;
}

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
  return { id: row.id, courseId: row.courseId, date: isoFromDate(row.date), startTime: row.startTime, endTime: row.endTime, place: row.place };
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
  };
}
