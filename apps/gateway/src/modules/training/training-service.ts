import type { Database, EnrolmentRecord, TrainingCourseRecord } from '@selvhjelp/db';
import {
  COURSE_STATUSES,
  COURSE_TYPES,
  courseInputSchema,
  courseStatusChangeSchema,
  courseToICalendar,
  coursesToICalendar,
  findDistrict,
  todayIn,
  facilitatorConsentSchema,
  facilitatorInputSchema,
  isIsoDate,
  attendanceExceptionRefusal,
  attendanceExceptionSchema,
  cancellationConfirmationRefusal,
  completesCourse,
  scopeIncludes,
  seatGoesTo,
} from '@selvhjelp/domain';
import { z } from 'zod';
import { badUserInput, conflict, notFound, parseInput } from '../../kernel/errors.js';
import type { Viewer } from '../../kernel/policy.js';
import { attendanceExceptionScope, districtWriteScope, readScope } from '../../kernel/policy.js';
import { groupedLoader, recordLoader } from '../../kernel/loaders.js';
import { pageSize } from '../../kernel/pagination.js';
import type { ReadPath } from '../../kernel/read-path.js';
import { translateTrainingErrors } from '../../kernel/training-errors.js';

const STALE = 'COURSE_STALE';

const filterSchema = z.object({
  statuses: z.array(z.enum(COURSE_STATUSES)).nullish(),
  types: z.array(z.enum(COURSE_TYPES)).nullish(),
  from: z.string().refine(isIsoDate, { message: 'INVALID_DATE' }).nullish(),
});

const ENROLMENT_ORDER = { ENROLLED: 0, WAITING: 1, WAITING_LIST_CLOSED: 2, CANCELLED: 3 } as const satisfies Record<EnrolmentRecord['status'], number>;

const attendanceSchema = z
  .array(z.object({ enrolmentId: z.string().uuid({ message: 'INVALID_ENROLMENT' }), sessionId: z.string().uuid({ message: 'INVALID_SESSION' }), present: z.boolean() }))
  .max(5_000, { message: 'TOO_MANY_ATTENDANCE_ROWS' });

/** Facilitator training: courses, enrolment with a waiting list, attendance and completion. */
export class TrainingService {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly read: ReadPath,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private readonly loaders = {
    course: recordLoader((ids) => this.db.repositories.trainingCourses.findByIds(readScope(this.viewer), ids)),
    enrolmentsOfCourse: groupedLoader((ids) => this.db.repositories.trainingCourses.enrolmentsFor(readScope(this.viewer), ids)),
    attendanceOfCourse: groupedLoader((ids) => this.db.repositories.trainingCourses.attendanceFor(readScope(this.viewer), ids)),
  };

  /** A course another record points to; null when out of scope. */
  async nested(id: string, via: string): Promise<TrainingCourseRecord | null> {
    return this.read.maybe('trainingCourse', await this.loaders.course.load(id), 'nested', via);
  }

  /** Enrolled first, then the waiting list in order, then those left on a closed list, then cancelled ones. */
  async enrolments(courseId: string): Promise<EnrolmentRecord[]> {
    const enrolments = [...(await this.loaders.enrolmentsOfCourse.load(courseId))].sort(
      (a, b) => ENROLMENT_ORDER[a.status] - ENROLMENT_ORDER[b.status] || (a.waitingPosition ?? 0) - (b.waitingPosition ?? 0) || a.enrolledAt.getTime() - b.enrolledAt.getTime(),
    );
    return this.read.pass('enrolment', enrolments, 'nested', 'TrainingCourse.enrolments');
  }

  async attendedSessionIds(enrolment: EnrolmentRecord): Promise<string[]> {
    return (await this.loaders.attendanceOfCourse.load(enrolment.courseId))
      .filter((entry) => entry.enrolmentId === enrolment.id && entry.present)
      .map((entry) => entry.sessionId);
  }

  async completed(enrolment: EnrolmentRecord): Promise<boolean> {
    const course = await this.loaders.course.load(enrolment.courseId);
    if (!course || course.status !== 'COMPLETED' || enrolment.status !== 'ENROLLED') return false;
    return completesCourse(course.type, (await this.attendedSessionIds(enrolment)).length, course.sessions.length, enrolment.attendanceException !== null);
  }

  async list(args: { filter?: unknown; first?: number | null; after?: string | null }) {
    const filter = parseInput(filterSchema, args.filter ?? {}, 'filter');
    const page = await this.db.repositories.trainingCourses.list(readScope(this.viewer), {
      filter: {
        statuses: filter.statuses?.length ? filter.statuses : undefined,
        types: filter.types?.length ? filter.types : undefined,
        startsOnOrAfter: filter.from ?? undefined,
      },
      first: pageSize(args.first),
      after: args.after ?? undefined,
    });
    return { ...page, nodes: await this.read.pass('trainingCourse', page.nodes, 'list', 'trainingCourses') };
  }

  async get(id: string): Promise<TrainingCourseRecord> {
    return this.read.one('trainingCourse', await this.find(id), 'byId');
  }

  private async find(id: string): Promise<TrainingCourseRecord> {
    const [course] = await this.db.repositories.trainingCourses.findByIds(readScope(this.viewer), [id]);
    if (!course) throw notFound('COURSE_NOT_FOUND');
    return course;
  }

  async create(input: unknown): Promise<TrainingCourseRecord> {
    const scope = districtWriteScope(this.viewer);
    const course = parseInput(courseInputSchema, input, 'course');
    await this.assertTrainers(course.trainerIds, 'course.trainerIds');
    const created = await this.db.repositories.trainingCourses.create(scope, { ...course, districtId: this.viewer.user.districtId!, now: this.now() });
    return this.read.one('trainingCourse', created, 'byId', 'createTrainingCourse');
  }

  async update(input: { id: string; version: number; course: unknown }) {
    const scope = districtWriteScope(this.viewer);
    const current = await this.find(input.id);
    const course = parseInput(courseInputSchema, input.course, 'input.course');
    if (course.type !== current.type) throw badUserInput('input.course.type', 'COURSE_TYPE_FIXED');
    await this.assertTrainers(course.trainerIds, 'input.course.trainerIds');
    // Sessions keep their identity (and attendance) when date and time are unchanged.
    const sessions = course.sessions.map((session) => ({
      ...session,
      id: current.sessions.find((existing) => existing.date === session.date && existing.startTime === session.startTime)?.id ?? null,
    }));
    const result = await translateTrainingErrors(
      () => this.db.repositories.trainingCourses.update(scope, current.id, input.version, { ...course, sessions, now: this.now() }),
      STALE,
    );
    if (!result) throw notFound('COURSE_NOT_FOUND');
    return { ...result, course: await this.read.one('trainingCourse', result.course, 'byId', 'updateTrainingCourse') };
  }

  async changeStatus(input: { id: string; version: number; status: string; reason?: string | null }) {
    const scope = districtWriteScope(this.viewer);
    const current = await this.find(input.id);
    const change = parseInput(courseStatusChangeSchema, { status: input.status, reason: input.reason }, 'input');
    const outcome = await translateTrainingErrors(
      () => this.db.repositories.trainingCourses.changeStatus(scope, current.id, input.version, { to: change.status, reason: change.reason, now: this.now() }),
      STALE,
    );
    if (!outcome) throw notFound('COURSE_NOT_FOUND');
    return { ...outcome, course: await this.read.one('trainingCourse', outcome.course, 'byId', 'changeTrainingCourseStatus') };
  }

  async enrol(input: { courseId: string; facilitatorId?: string | null; newFacilitator?: { facilitator: unknown; consent: unknown } | null }) {
    const scope = districtWriteScope(this.viewer);
    const course = await this.find(input.courseId);
    const now = this.now();
    if (Boolean(input.facilitatorId) === Boolean(input.newFacilitator)) {
      throw badUserInput('input.facilitatorId', 'FACILITATOR_OR_NEW_PERSON');
    }
    const result = await translateTrainingErrors(async () => {
      if (input.facilitatorId) return this.db.repositories.trainingCourses.enrol(scope, course.id, input.facilitatorId, now);
      const data = parseInput(facilitatorInputSchema, input.newFacilitator!.facilitator, 'input.newFacilitator.facilitator');
      const consent = parseInput(facilitatorConsentSchema, input.newFacilitator!.consent, 'input.newFacilitator.consent');
      if (!scopeIncludes(scope, data.districtId)) {
        throw badUserInput('input.newFacilitator.facilitator.municipalityNumber', 'MUNICIPALITY_OTHER_DISTRICT');
      }
      const registered = await this.db.repositories.trainingCourses.enrolNewFacilitator(scope, course.id, { data, consent, now });
      return registered?.enrolment ?? null;
    }, STALE);
    if (!result) throw notFound(input.facilitatorId ? 'FACILITATOR_NOT_FOUND' : 'COURSE_NOT_FOUND');
    return { ...result, course: await this.get(course.id) };
  }

  /**
   * With `confirmed` (the portal's second step), refused when the course or the person who gets
   * the seat changed since the user confirmed: lock → load → rule → write in one transaction.
   */
  async cancelEnrolment(id: string, confirmed?: { courseVersion: number; promotedEnrolmentId?: string | null } | null) {
    const scope = districtWriteScope(this.viewer);
    const now = this.now();
    const result = await translateTrainingErrors(
      () =>
        this.db.transaction(async (repos) => {
          if (confirmed) {
            const facts = await repos.trainingCourses.enrolmentFacts(scope, id);
            if (!facts) return null;
            const seen = { courseVersion: confirmed.courseVersion, promotedEnrolmentId: confirmed.promotedEnrolmentId ?? null };
            const current = { courseVersion: facts.course.version, promotedEnrolmentId: seatGoesTo({ courseStatus: facts.course.status, capacity: facts.course.capacity, enrolments: facts.enrolments }, id) };
            const refused = cancellationConfirmationRefusal(seen, current);
            if (refused) throw conflict(refused.reason);
          }
          return repos.trainingCourses.cancelEnrolment(scope, id, now);
        }),
      STALE,
    );
    if (!result) throw notFound('ENROLMENT_NOT_FOUND');
    return { ...result, course: await this.get(result.enrolment.courseId) };
  }

  /** The district lead's exception from full attendance, with a short reason (lock → load → rule → write). */
  async approveAttendanceException(input: unknown): Promise<EnrolmentRecord> {
    const scope = attendanceExceptionScope(this.viewer);
    const parsed = parseInput(attendanceExceptionSchema, input, 'input');
    const approvedById = this.viewer.user.id;
    const now = this.now();
    const enrolment = await this.db.transaction(async (repos) => {
      const facts = await repos.trainingCourses.enrolmentFacts(scope, parsed.enrolmentId);
      if (!facts) return null;
      const refused = attendanceExceptionRefusal({
        courseType: facts.course.type,
        courseStatus: facts.course.status,
        enrolmentStatus: facts.enrolment.status,
        sessionsAttended: facts.sessionsAttended,
        sessionCount: facts.course.sessionCount,
      });
      if (refused) throw badUserInput('input.enrolmentId', refused.reason, refused.params);
      return repos.trainingCourses.approveAttendanceException(parsed.enrolmentId, { reason: parsed.reason, approvedById, now });
    });
    if (!enrolment) throw notFound('ENROLMENT_NOT_FOUND');
    return this.read.one('enrolment', enrolment, 'byId', 'approveAttendanceException');
  }

  async recordAttendance(courseId: string, attendance: unknown): Promise<TrainingCourseRecord> {
    const scope = districtWriteScope(this.viewer);
    const course = await this.find(courseId);
    const entries = parseInput(attendanceSchema, attendance, 'attendance');
    const recorded = await translateTrainingErrors(() => this.db.repositories.trainingCourses.recordAttendance(scope, course.id, entries), STALE);
    if (!recorded) throw notFound('COURSE_NOT_FOUND');
    return this.get(course.id);
  }

  async iCalendar(id: string, publicBaseUrl: string): Promise<string> {
    const course = await this.read.one('trainingCourse', await this.find(id), 'export', 'trainingCourseICalendar');
    return courseToICalendar(this.iCalendarCourse(course, publicBaseUrl), { now: this.now() });
  }

  /** The viewer's district calendar: sessions from today on, of every course not yet completed. */
  async calendar(publicBaseUrl: string): Promise<string> {
    const scope = readScope(this.viewer);
    const today = todayIn(this.now());
    const courses: TrainingCourseRecord[] = [];
    let after: string | undefined;
    do {
      const page = await this.db.repositories.trainingCourses.list(scope, {
        filter: { statuses: ['PLANNED', 'OPEN', 'RUNNING', 'CANCELLED'] },
        first: 100,
        after,
      });
      courses.push(...page.nodes);
      after = page.hasNextPage && page.endCursor ? page.endCursor : undefined;
    } while (after && courses.length < 1_000);
    const exported = await this.read.pass('trainingCourse', courses, 'export', 'trainingCalendar');
    const districtName = findDistrict(this.viewer.user.districtId ?? '')?.name ?? 'Selvhjelp Norge';
    return coursesToICalendar(
      `Kurskalender – ${districtName}`,
      exported
        .map((course) => ({ ...this.iCalendarCourse(course, publicBaseUrl), sessions: course.sessions.filter((session) => session.date >= today) }))
        .filter((course) => course.sessions.length > 0),
      { now: this.now() },
    );
  }

  private iCalendarCourse(course: TrainingCourseRecord, publicBaseUrl: string) {
    return {
      id: course.id,
      title: course.title,
      description: course.title,
      status: course.status,
      locationText: course.locationText,
      online: course.online,
      url: `${publicBaseUrl}/${course.districtId}/kurs/${course.id}`,
      sessions: course.sessions,
      updatedAt: course.updatedAt,
    };
  }

  /** Trainers are staff the viewer can see: their own district's, or national staff. */
  private async assertTrainers(ids: string[], field: string): Promise<void> {
    if (ids.length === 0) return;
    const found = await this.db.repositories.staffUsers.findByIds({ kind: 'national' }, ids);
    const ok = found.every((user) => user && user.active && (user.districtId === null || user.districtId === this.viewer.user.districtId));
    if (!ok) throw badUserInput(field, 'COURSE_LEADERS_ACTIVE_DISTRICT_STAFF');
  }
}
