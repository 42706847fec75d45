import type { Scope } from '@selvhjelp/domain';
import { OutOfScopeError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { assertPageSize, pageOf } from '../../sql/lists.js';
import { atomically, isUuid, scopeAllowsDistrict, translateWriteError } from '../../sql/client.js';
import type { NewFacilitator, FacilitatorRecord } from '../facilitators/types.js';
import { FacilitatorRepository } from '../facilitators/repository.js';
import { dateFromIso } from '../../sql/dates.js';
import type {
  AttendanceEntry,
  AttendanceExceptionWrite,
  EnrolmentFacts,
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
import { assertTrainers, updateCourse } from './course-update.js';
import { changeCourseStatus, recordAttendance } from './completion.js';
import { COURSE_INCLUDE, toCourseRecord, toEnrolmentRecord } from './records.js';
import { cancelEnrolment, enrolFacilitator } from './enrolments.js';
import { readEnrolmentFacts, writeAttendanceException } from './participants.js';
import { afterCourseCursor, COURSE_ORDER, courseListWhere, courseScopeWhere, decodeCourseCursor, encodeCourseCursor } from './queries.js';
import { MAX_COURSE_PAGE_SIZE } from './types.js';

// Enrolment waits for the course row lock; under a burst of sign-ups that can take a while.
const LOCKING_TRANSACTION = { maxWait: 20_000, timeout: 20_000 };

/**
 * Facilitator training: courses, sessions, enrolments with a waiting list, attendance and
 * completion. Scope first in every method, applied in the query. Seat-changing writes lock the
 * course row (see training-enrolments.ts).
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
    const row = await this.client.trainingCourse.findFirst({ where: { id, ...courseScopeWhere(scope) }, include: COURSE_INCLUDE });
    return row && toCourseRecord(row);
  }

  async findByIds(scope: Scope, ids: readonly string[]): Promise<(TrainingCourseRecord | null)[]> {
    const wanted = [...new Set(ids.filter(isUuid))];
    const rows = wanted.length
      ? await this.client.trainingCourse.findMany({ where: { id: { in: wanted }, ...courseScopeWhere(scope) }, include: COURSE_INCLUDE })
      : [];
    const byId = new Map(rows.map((row) => [row.id, toCourseRecord(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** PLANNED. OutOfScopeError for a district outside the scope or a trainer who is not staff of it. */
  async create(scope: Scope, course: NewTrainingCourse): Promise<TrainingCourseRecord> {
    if (!scopeAllowsDistrict(scope, course.districtId)) throw new OutOfScopeError();
    if (course.sessions.length === 0) throw new RangeError('A course needs at least one session.');
    const sessions = [...course.sessions].sort((a, b) => `${a.date}T${a.startTime}`.localeCompare(`${b.date}T${b.startTime}`));
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
   * Edits a PLANNED, OPEN or RUNNING course (TrainingRuleError COURSE_CLOSED_FOR_CHANGES
   * otherwise). Sessions with an id are kept and edited, those without are added, those left out
   * are removed with their attendance. A raised capacity moves the waiting list up (`promoted`,
   * in order); CAPACITY_BELOW_ENROLLED when it would leave enrolled people without a seat.
   * Null when not visible; StaleVersionError at another version.
   */
  async update(
    scope: Scope,
    id: string,
    expectedVersion: number,
    update: TrainingCourseUpdate,
  ): Promise<{ course: TrainingCourseRecord; promoted: EnrolmentRecord[] } | null> {
    if (!isUuid(id)) return null;
    return this.write(async (tx) => {
      const result = await updateCourse(tx, scope, id, expectedVersion, update);
      if (!result) return null;
      const row = await tx.trainingCourse.findUniqueOrThrow({ where: { id }, include: COURSE_INCLUDE });
      return { course: toCourseRecord(row), promoted: result.promoted };
    }, LOCKING_TRANSACTION);
  }

  /**
   * A lifecycle step, checked against the allowed transitions (TrainingRuleError
   * COURSE_STATUS_TRANSITION). COMPLETED records each participant's completion in the same
   * transaction. Null when not visible; StaleVersionError at another version.
   */
  async changeStatus(scope: Scope, id: string, expectedVersion: number, change: CourseStatusChangeInput): Promise<CourseStatusChangeOutcome | null> {
    if (!isUuid(id)) return null;
    return this.write(async (tx) => {
      const result = await changeCourseStatus(tx, scope, id, expectedVersion, change);
      if (!result) return null;
      const row = await tx.trainingCourse.findUniqueOrThrow({ where: { id }, include: COURSE_INCLUDE });
      return { course: toCourseRecord(row), ...result };
    });
  }

  /**
   * A seat, or the end of the waiting list when the course is full (not an error).
   * TrainingRuleError ALREADY_ENROLLED (a conflict), COURSE_NOT_OPEN_FOR_ENROLMENT,
   * FACILITATOR_OTHER_DISTRICT, FACILITATOR_FORGOTTEN. Null when either is not visible.
   */
  enrol(scope: Scope, courseId: string, facilitatorId: string, now: Date): Promise<EnrolmentResult | null> {
    if (!isUuid(courseId) || !isUuid(facilitatorId)) return Promise.resolve(null);
    return this.write((tx) => enrolFacilitator(tx, scope, courseId, facilitatorId, now), LOCKING_TRANSACTION);
  }

  /**
   * Registers a new facilitator and enrols them, in one transaction (the gateway's "sign up
   * someone new"). Null when the course is not visible (and nothing is created).
   */
  enrolNewFacilitator(
    scope: Scope,
    courseId: string,
    facilitator: NewFacilitator,
  ): Promise<{ facilitator: FacilitatorRecord; enrolment: EnrolmentResult } | null> {
    if (!isUuid(courseId)) return Promise.resolve(null);
    return this.write(async (tx) => {
      if (!(await tx.trainingCourse.count({ where: { id: courseId, ...courseScopeWhere(scope) } }))) return null;
      const created = await new FacilitatorRepository(tx, true).create(scope, facilitator);
      const enrolment = await enrolFacilitator(tx, scope, courseId, created.id, facilitator.now);
      return enrolment && { facilitator: created, enrolment };
    }, LOCKING_TRANSACTION);
  }

  /**
   * Cancels an enrolment; when it held a seat, the first on the waiting list gets it and is
   * reported as `promoted`. Cancelling a cancelled enrolment changes nothing. Null when not visible.
   */
  cancelEnrolment(scope: Scope, enrolmentId: string, now: Date): Promise<CancellationResult | null> {
    if (!isUuid(enrolmentId)) return Promise.resolve(null);
    return this.write((tx) => cancelEnrolment(tx, scope, enrolmentId, now), LOCKING_TRANSACTION);
  }

  /**
   * Locks the enrolment's course and reads what the participant rules need (see participants.ts).
   * Call it and the write that follows in one `Database.transaction`. Null when not visible.
   */
  enrolmentFacts(scope: Scope, enrolmentId: string): Promise<EnrolmentFacts | null> {
    if (!isUuid(enrolmentId)) return Promise.resolve(null);
    return this.write((tx) => readEnrolmentFacts(tx, scope, enrolmentId), LOCKING_TRANSACTION);
  }

  /** Records the lead's exception from full attendance, after enrolmentFacts and the rule. */
  approveAttendanceException(enrolmentId: string, write: AttendanceExceptionWrite): Promise<EnrolmentRecord> {
    return this.write((tx) => writeAttendanceException(tx, enrolmentId, write), LOCKING_TRANSACTION);
  }

  /** See training-completion.ts for the rules. Null when the course is not visible. */
  recordAttendance(scope: Scope, courseId: string, entries: readonly AttendanceEntry[]): Promise<SessionAttendanceRecord[] | null> {
    if (!isUuid(courseId)) return Promise.resolve(null);
    return this.write((tx) => recordAttendance(tx, scope, courseId, entries), LOCKING_TRANSACTION);
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
    for (const row of rows) map.get(row.session.courseId)?.push({ enrolmentId: row.enrolmentId, sessionId: row.sessionId, present: row.present });
    return map;
  }

  private async write<T>(work: (tx: DbClient) => Promise<T>, options?: { maxWait?: number; timeout?: number }): Promise<T> {
    try {
      return await atomically(this.client, this.inTransaction, work, options);
    } catch (error) {
      translateWriteError(error);
    }
  }
}
