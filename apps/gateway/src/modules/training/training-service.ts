import type { Database, EnrolmentRecord, TrainingCourseRecord } from '@selvhjelp/db';
import {
  courseStatusTransitionRefusal,
  courseUpdateRefusal,
  COURSE_STATUSES,
  COURSE_TYPES,
  courseInputSchema,
  courseStatusChangeSchema,
  courseToICalendar,
  coursesToICalendar,
  findDistrict,
  todayIn,
  isDistrictId,
  isIsoDate,
  completesCourse,
} from '@selvhjelp/domain';
import { z } from 'zod';
import { badUserInput, notFound, parseInput } from '../../kernel/errors.js';
import type { Viewer } from '../../kernel/policy.js';
import { districtWriteScope, readScope } from '../../kernel/policy.js';
import { groupedLoader, recordLoader } from '../../kernel/loaders.js';
import { pageSize } from '../../kernel/pagination.js';
import type { ReadPath } from '../../kernel/read-path.js';
import { refusedAt, withDataErrors } from '../../kernel/data-errors.js';
import { LOCKING_TRANSACTION, PLACES, STALE } from './training-refusals.js';

const filterSchema = z.object({
  statuses: z.array(z.enum(COURSE_STATUSES)).nullish(),
  types: z.array(z.enum(COURSE_TYPES)).nullish(),
  from: z.string().refine(isIsoDate, { message: 'INVALID_DATE' }).nullish(),
  districtId: z.string().refine(isDistrictId, { message: 'UNKNOWN_DISTRICT' }).nullish(),
});

const ENROLMENT_ORDER = { ENROLLED: 0, WAITING: 1, WAITING_LIST_CLOSED: 2, CANCELLED: 3 } as const satisfies Record<
  EnrolmentRecord['status'],
  number
>;

/** Facilitator training courses: read, planned, changed, and exported to calendars. Enrolment is EnrolmentService's. */
export class TrainingService {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly read: ReadPath,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private readonly loaders = {
    course: recordLoader((ids) => this.db.repositories.trainingCourses.findByIds(readScope(this.viewer), ids)),
    enrolmentsOfCourse: groupedLoader((ids) =>
      this.db.repositories.trainingCourses.enrolmentsFor(readScope(this.viewer), ids),
    ),
    attendanceOfCourse: groupedLoader((ids) =>
      this.db.repositories.trainingCourses.attendanceFor(readScope(this.viewer), ids),
    ),
  };

  /** A course another record points to; null when out of scope. */
  async nested(id: string, via: string): Promise<TrainingCourseRecord | null> {
    return this.read.maybe('trainingCourse', await this.loaders.course.load(id), 'nested', via);
  }

  /** Enrolled first, then the waiting list in order, then those left on a closed list, then cancelled ones. */
  async enrolments(courseId: string): Promise<EnrolmentRecord[]> {
    const enrolments = [...(await this.loaders.enrolmentsOfCourse.load(courseId))].sort(
      (a, b) =>
        ENROLMENT_ORDER[a.status] - ENROLMENT_ORDER[b.status] ||
        (a.waitingPosition ?? 0) - (b.waitingPosition ?? 0) ||
        a.enrolledAt.getTime() - b.enrolledAt.getTime(),
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
    return completesCourse(
      course.type,
      (await this.attendedSessionIds(enrolment)).length,
      course.sessions.length,
      enrolment.attendanceException !== null,
    );
  }

  async list(args: { filter?: unknown; first?: number | null; after?: string | null }) {
    const filter = parseInput(filterSchema, args.filter ?? {}, 'filter');
    const page = await this.db.repositories.trainingCourses.list(readScope(this.viewer), {
      filter: {
        statuses: filter.statuses?.length ? filter.statuses : undefined,
        types: filter.types?.length ? filter.types : undefined,
        startsOnOrAfter: filter.from ?? undefined,
        // Only narrows: district staff naming another district get an empty list, as for groups.
        districtId: filter.districtId ?? undefined,
      },
      first: pageSize(args.first),
      after: args.after ?? undefined,
    });
    return { ...page, nodes: await this.read.pass('trainingCourse', page.nodes, 'list', 'trainingCourses') };
  }

  async get(id: string): Promise<TrainingCourseRecord> {
    return this.read.one('trainingCourse', await this.find(id), 'byId');
  }

  /** The course in the viewer's read scope, not yet through the read path; NOT_FOUND otherwise. */
  async find(id: string): Promise<TrainingCourseRecord> {
    const [course] = await this.db.repositories.trainingCourses.findByIds(readScope(this.viewer), [id]);
    if (!course) throw notFound('COURSE_NOT_FOUND');
    return course;
  }

  async create(input: unknown): Promise<TrainingCourseRecord> {
    const scope = districtWriteScope(this.viewer);
    const course = parseInput(courseInputSchema, input, 'course');
    await this.assertTrainers(course.trainerIds, 'course.trainerIds');
    const created = await this.db.repositories.trainingCourses.create(scope, {
      ...course,
      districtId: this.viewer.user.districtId!,
      now: this.now(),
    });
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
      id:
        current.sessions.find((existing) => existing.date === session.date && existing.startTime === session.startTime)
          ?.id ?? null,
    }));
    const update = { ...course, sessions, now: this.now() };
    const result = await withDataErrors(
      () =>
        this.db.transaction(async (repos) => {
          const facts = await repos.trainingCourses.updateFacts(scope, current.id, input.version, update);
          if (!facts) return null;
          const refusal = courseUpdateRefusal(facts);
          if (refusal) throw refusedAt(refusal, PLACES);
          return repos.trainingCourses.update(current.id, update);
        }, LOCKING_TRANSACTION),
      { stale: STALE },
    );
    if (!result) throw notFound('COURSE_NOT_FOUND');
    return { ...result, course: await this.read.one('trainingCourse', result.course, 'byId', 'updateTrainingCourse') };
  }

  async changeStatus(input: { id: string; version: number; status: string; reason?: string | null }) {
    const scope = districtWriteScope(this.viewer);
    const current = await this.find(input.id);
    const change = parseInput(courseStatusChangeSchema, { status: input.status, reason: input.reason }, 'input');
    const outcome = await withDataErrors(
      () =>
        this.db.transaction(async (repos) => {
          const locked = await repos.trainingCourses.lock(scope, current.id, input.version);
          if (!locked) return null;
          const refusal = courseStatusTransitionRefusal(locked.status, change.status);
          if (refusal) throw refusedAt(refusal, PLACES);
          return repos.trainingCourses.changeStatus(current.id, {
            to: change.status,
            reason: change.reason,
            now: this.now(),
          });
        }),
      { stale: STALE },
    );
    if (!outcome) throw notFound('COURSE_NOT_FOUND');
    return {
      ...outcome,
      course: await this.read.one('trainingCourse', outcome.course, 'byId', 'changeTrainingCourseStatus'),
    };
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
        .map((course) => ({
          ...this.iCalendarCourse(course, publicBaseUrl),
          sessions: course.sessions.filter((session) => session.date >= today),
        }))
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
    const ok = found.every(
      (user) => user && user.active && (user.districtId === null || user.districtId === this.viewer.user.districtId),
    );
    if (!ok) throw badUserInput(field, 'COURSE_LEADERS_ACTIVE_DISTRICT_STAFF');
  }
}
