import type { AttendanceFacts, CourseStatus, CourseUpdateFacts, EnrolmentFacts, Scope } from '@selvhjelp/domain';
import { OutOfScopeError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { assertPageSize, pageOf } from '../../sql/lists.js';
import { atomically, isUuid, scopeAllowsDistrict, translateWriteError } from '../../sql/client.js';
import { dateFromIso } from '../../sql/dates.js';
import type {
  AttendanceEntry,
  AttendanceExceptionWrite,
  ParticipantFacts,
  CancellationResult,
  CourseStatusChangeInput,
  CourseStatusChangeOutcome,
  EnrolmentRecord,
  EnrolmentResult,
  NewTrainingCourse,
  SessionAttendanceRecord,
  TrainingCourseListOptions,
  TrainingCoursePage,
  TrainingCourseRecord,
  TrainingCourseUpdate,
} from './types.js';
import { assertTrainers, readCourseUpdateFacts, updateCourse } from './course-update.js';
import { changeCourseStatus, lockCourseAt, readAttendanceFacts, recordAttendance } from './completion.js';
import { COURSE_INCLUDE, toCourseRecord, toEnrolmentRecord } from './records.js';
import type { LockedCourse } from './enrolments.js';
import {
  lockCourse,
  readCancellationFacts,
  readEnrolmentFacts,
  writeCancellation,
  writeEnrolment,
} from './enrolments.js';
import { readParticipantFacts, writeAttendanceException } from './participants.js';
import {
  afterCourseCursor,
  COURSE_ORDER,
  courseListWhere,
  courseScopeWhere,
  decodeCourseCursor,
  encodeCourseCursor,
} from './queries.js';
import { MAX_COURSE_PAGE_SIZE } from './types.js';

/**
 * Facilitator training: courses, sessions, enrolments with a waiting list, attendance and
 * completion. Scope first in every method, applied in the query. The rules are the domain's: a
 * write is two calls in one `db.transaction`, one that locks the course row and reads the rule's
 * facts (`…Facts`, `lock`), then the write (see enrolments.ts for why the lock).
 */
export class TrainingCourseRepository {
  constructor(
    private readonly client: DbClient,
    private readonly inTransaction = false,
  ) {}

  async list(scope: Scope, options: TrainingCourseListOptions): Promise<TrainingCoursePage> {
    const { first } = options;
    assertPageSize(first, MAX_COURSE_PAGE_SIZE);
    const cursor = options.after ? decodeCourseCursor(options.after) : null;
    const where = courseListWhere(scope, options.filter ?? {});
    const [rows, totalCount] = await Promise.all([
      first === 0
        ? Promise.resolve([])
        : this.client.trainingCourse.findMany({
            where: cursor ? { AND: [where, afterCourseCursor(cursor)] } : where,
            orderBy: COURSE_ORDER,
            take: first + 1,
            include: COURSE_INCLUDE,
          }),
      this.client.trainingCourse.count({ where }),
    ]);
    return pageOf(rows, first, totalCount, toCourseRecord, encodeCourseCursor);
  }

  async findById(scope: Scope, id: string): Promise<TrainingCourseRecord | null> {
    if (!isUuid(id)) return null;
    const row = await this.client.trainingCourse.findFirst({
      where: { id, ...courseScopeWhere(scope) },
      include: COURSE_INCLUDE,
    });
    return row && toCourseRecord(row);
  }

  async findByIds(scope: Scope, ids: readonly string[]): Promise<(TrainingCourseRecord | null)[]> {
    const wanted = [...new Set(ids.filter(isUuid))];
    const rows = wanted.length
      ? await this.client.trainingCourse.findMany({
          where: { id: { in: wanted }, ...courseScopeWhere(scope) },
          include: COURSE_INCLUDE,
        })
      : [];
    const byId = new Map(rows.map((row) => [row.id, toCourseRecord(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** PLANNED. OutOfScopeError for a district outside the scope or a trainer who is not staff of it. */
  async create(scope: Scope, course: NewTrainingCourse): Promise<TrainingCourseRecord> {
    if (!scopeAllowsDistrict(scope, course.districtId)) throw new OutOfScopeError();
    if (course.sessions.length === 0) throw new RangeError('A course needs at least one session.');
    const sessions = [...course.sessions].sort((a, b) =>
      `${a.date}T${a.startTime}`.localeCompare(`${b.date}T${b.startTime}`),
    );
    const trainerIds = [...new Set(course.trainerIds)];
    return this.write(async (tx) => {
      await assertTrainers(tx, course.districtId, trainerIds);
      const row = await tx.trainingCourse.create({
        data: {
          districtId: course.districtId,
          type: course.type,
          title: course.title,
          locationText: course.locationText,
          online: course.online,
          capacity: course.capacity,
          startsOn: dateFromIso(sessions[0]!.date),
          createdAt: course.now,
          updatedAt: course.now,
          trainers: { create: trainerIds.map((staffUserId) => ({ staffUserId })) },
          sessions: {
            create: sessions.map((session) => ({
              date: dateFromIso(session.date),
              startTime: session.startTime,
              endTime: session.endTime,
              place: session.place,
            })),
          },
        },
        include: COURSE_INCLUDE,
      });
      return toCourseRecord(row);
    });
  }

  /**
   * Locks the course and reads what the edit rule (courseUpdateRefusal) needs; `update` after it.
   * Null when not visible; StaleVersionError at another version.
   */
  updateFacts(
    scope: Scope,
    id: string,
    expectedVersion: number,
    update: TrainingCourseUpdate,
  ): Promise<CourseUpdateFacts | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.write((tx) => readCourseUpdateFacts(tx, scope, id, expectedVersion, update));
  }

  /**
   * Writes an edit the rule allowed. Sessions with an id are kept and edited, those without are
   * added, those left out are removed with their attendance. A raised capacity moves the waiting
   * list up (`promoted`, in order).
   */
  update(
    id: string,
    update: TrainingCourseUpdate,
  ): Promise<{ course: TrainingCourseRecord; promoted: EnrolmentRecord[] }> {
    return this.write(async (tx) => {
      const result = await updateCourse(tx, id, update);
      const row = await tx.trainingCourse.findUniqueOrThrow({ where: { id }, include: COURSE_INCLUDE });
      return { course: toCourseRecord(row), promoted: result.promoted };
    });
  }

  /**
   * Locks the course row (for the lifecycle rule, courseStatusTransitionRefusal, or before an
   * enrolment of someone new). Null when not visible; StaleVersionError when `expectedVersion` is
   * given and the course is at another.
   */
  lock(scope: Scope, id: string, expectedVersion?: number): Promise<LockedCourse | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.write((tx) =>
      expectedVersion === undefined ? lockCourse(tx, scope, id) : lockCourseAt(tx, scope, id, expectedVersion),
    );
  }

  /** Writes a lifecycle step the rule allowed; COMPLETED records each participant's completion. */
  changeStatus(id: string, change: CourseStatusChangeInput): Promise<CourseStatusChangeOutcome> {
    return this.write(async (tx) => {
      const result = await changeCourseStatus(tx, id, change);
      const row = await tx.trainingCourse.findUniqueOrThrow({ where: { id }, include: COURSE_INCLUDE });
      return { course: toCourseRecord(row), ...result };
    });
  }

  /** Locks the course and reads what the enrolment rule (enrolmentRefusal) needs; null when either is not visible. */
  enrolmentFacts(scope: Scope, courseId: string, facilitatorId: string): Promise<EnrolmentFacts | null> {
    if (!isUuid(courseId) || !isUuid(facilitatorId)) return Promise.resolve(null);
    return this.write((tx) => readEnrolmentFacts(tx, scope, courseId, facilitatorId));
  }

  /** Writes an enrolment the rule allowed: a seat, or the end of the waiting list when the course is full (not an error). */
  enrol(courseId: string, facilitatorId: string, now: Date): Promise<EnrolmentResult> {
    return this.write((tx) => writeEnrolment(tx, courseId, facilitatorId, now));
  }

  /** Locks the enrolment's course and reads the enrolment and the course's status; null when not visible. */
  cancellationFacts(
    scope: Scope,
    enrolmentId: string,
  ): Promise<{ enrolment: EnrolmentRecord; courseStatus: CourseStatus } | null> {
    if (!isUuid(enrolmentId)) return Promise.resolve(null);
    return this.write((tx) => readCancellationFacts(tx, scope, enrolmentId));
  }

  /**
   * Cancels an enrolment the rule allowed; when it held a seat, the first on the waiting list gets
   * it and is reported as `promoted`. Cancelling a cancelled enrolment changes nothing.
   */
  cancelEnrolment(enrolmentId: string, now: Date): Promise<CancellationResult> {
    return this.write((tx) => writeCancellation(tx, enrolmentId, now));
  }

  /**
   * Locks the enrolment's course and reads what the participant rules need (see participants.ts):
   * who gets a freed seat, the lead's attendance exception. Null when not visible.
   */
  participantFacts(scope: Scope, enrolmentId: string): Promise<ParticipantFacts | null> {
    if (!isUuid(enrolmentId)) return Promise.resolve(null);
    return this.write((tx) => readParticipantFacts(tx, scope, enrolmentId));
  }

  /** Records the lead's exception from full attendance, after participantFacts and the rule. */
  approveAttendanceException(enrolmentId: string, write: AttendanceExceptionWrite): Promise<EnrolmentRecord> {
    return this.write((tx) => writeAttendanceException(tx, enrolmentId, write));
  }

  /** Locks the course and reads what the attendance rule (attendanceRefusal) needs; null when not visible. */
  attendanceFacts(
    scope: Scope,
    courseId: string,
    entries: readonly AttendanceEntry[],
  ): Promise<AttendanceFacts | null> {
    if (!isUuid(courseId)) return Promise.resolve(null);
    return this.write((tx) => readAttendanceFacts(tx, scope, courseId, entries));
  }

  /** Writes attendance the rule allowed; the last entry for an enrolment × session pair wins. */
  recordAttendance(entries: readonly AttendanceEntry[]): Promise<SessionAttendanceRecord[]> {
    return this.write((tx) => recordAttendance(tx, entries));
  }

  // --- Batched for DataLoaders.

  /** Per course: ENROLLED by sign-up time, then WAITING by position, then CANCELLED. */
  async enrolmentsFor(scope: Scope, courseIds: readonly string[]): Promise<Map<string, EnrolmentRecord[]>> {
    const ids = [...new Set(courseIds.filter(isUuid))];
    const rows = ids.length
      ? await this.client.enrolment.findMany({
          where: { courseId: { in: ids }, course: courseScopeWhere(scope) },
          orderBy: [{ status: 'asc' }, { waitingPosition: 'asc' }, { enrolledAt: 'asc' }, { id: 'asc' }],
        })
      : [];
    const map = new Map<string, EnrolmentRecord[]>(courseIds.map((id) => [id, []]));
    for (const row of rows) map.get(row.courseId)?.push(toEnrolmentRecord(row));
    return map;
  }

  /** Per course, every recorded attendance. */
  async attendanceFor(scope: Scope, courseIds: readonly string[]): Promise<Map<string, SessionAttendanceRecord[]>> {
    const ids = [...new Set(courseIds.filter(isUuid))];
    const rows = ids.length
      ? await this.client.sessionAttendance.findMany({
          where: { session: { courseId: { in: ids }, course: courseScopeWhere(scope) } },
          select: { enrolmentId: true, sessionId: true, present: true, session: { select: { courseId: true } } },
        })
      : [];
    const map = new Map<string, SessionAttendanceRecord[]>(courseIds.map((id) => [id, []]));
    for (const row of rows)
      map
        .get(row.session.courseId)
        ?.push({ enrolmentId: row.enrolmentId, sessionId: row.sessionId, present: row.present });
    return map;
  }

  private async write<T>(work: (tx: DbClient) => Promise<T>): Promise<T> {
    try {
      return await atomically(this.client, this.inTransaction, work);
    } catch (error) {
      translateWriteError(error);
    }
  }
}
