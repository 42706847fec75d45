import type { Database, EnrolmentRecord, TrainingCourseRecord } from '@selvhjelp/db';
import type { Scope } from '@selvhjelp/domain';
import {
  attendanceRefusal,
  enrolmentCancellationRefusal,
  enrolmentRefusal,
  facilitatorConsentSchema,
  facilitatorInputSchema,
  attendanceExceptionRefusal,
  attendanceExceptionSchema,
  cancellationConfirmationRefusal,
  scopeIncludes,
  seatGoesTo,
} from '@selvhjelp/domain';
import { z } from 'zod';
import { badUserInput, conflict, notFound, parseInput } from '../../kernel/errors.js';
import type { Viewer } from '../../kernel/policy.js';
import { attendanceExceptionScope, districtWriteScope } from '../../kernel/policy.js';
import type { ReadPath } from '../../kernel/read-path.js';
import { refusedAt } from '../../kernel/data-errors.js';
import type { TrainingService } from './training-service.js';
import { LOCKING_TRANSACTION, PLACES } from './training-refusals.js';

const attendanceSchema = z
  .array(
    z.object({
      enrolmentId: z.string().uuid({ message: 'INVALID_ENROLMENT' }),
      sessionId: z.string().uuid({ message: 'INVALID_SESSION' }),
      present: z.boolean(),
    }),
  )
  .max(5_000, { message: 'TOO_MANY_ATTENDANCE_ROWS' });

/** Who takes part in a course: enrolment with a waiting list, cancellation, attendance and its exceptions. */
export class EnrolmentService {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly read: ReadPath,
    private readonly courses: TrainingService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async enrol(input: {
    courseId: string;
    facilitatorId?: string | null;
    newFacilitator?: { facilitator: unknown; consent: unknown } | null;
  }) {
    const scope = districtWriteScope(this.viewer);
    const course = await this.courses.find(input.courseId);
    const now = this.now();
    if (Boolean(input.facilitatorId) === Boolean(input.newFacilitator)) {
      throw badUserInput('input.facilitatorId', 'FACILITATOR_OR_NEW_PERSON');
    }
    const newcomer = input.newFacilitator ? this.newcomer(scope, input.newFacilitator) : null;
    // The course row is locked first, so the seat count the rule and the write see is the same.
    const result = await this.db.transaction(async (repos) => {
      if (newcomer && !(await repos.trainingCourses.lock(scope, course.id))) return null;
      const facilitatorId = input.facilitatorId ?? (await repos.facilitators.create(scope, { ...newcomer!, now })).id;
      const facts = await repos.trainingCourses.enrolmentFacts(scope, course.id, facilitatorId);
      if (!facts) return null;
      const refusal = enrolmentRefusal(facts);
      if (refusal) throw refusedAt(refusal, PLACES);
      return repos.trainingCourses.enrol(course.id, facilitatorId, now);
    }, LOCKING_TRANSACTION);
    if (!result) throw notFound(input.facilitatorId ? 'FACILITATOR_NOT_FOUND' : 'COURSE_NOT_FOUND');
    return { ...result, course: await this.courses.get(course.id) };
  }

  /**
   * With `confirmed` (the portal's second step), refused when the course or the person who gets
   * the seat changed since the user confirmed: lock → load → rule → write in one transaction.
   */
  async cancelEnrolment(id: string, confirmed?: { courseVersion: number; promotedEnrolmentId?: string | null } | null) {
    const scope = districtWriteScope(this.viewer);
    const now = this.now();
    const result = await this.db.transaction(async (repos) => {
      const facts = await repos.trainingCourses.cancellationFacts(scope, id);
      if (!facts) return null;
      const refusal = enrolmentCancellationRefusal({
        courseStatus: facts.courseStatus,
        enrolmentStatus: facts.enrolment.status,
      });
      if (refusal) throw refusedAt(refusal, PLACES);
      if (confirmed) {
        // What the user was shown when asked to confirm must still hold: the course and who gets the seat.
        const participant = await repos.trainingCourses.participantFacts(scope, id);
        if (!participant) return null;
        const seen = {
          courseVersion: confirmed.courseVersion,
          promotedEnrolmentId: confirmed.promotedEnrolmentId ?? null,
        };
        const current = {
          courseVersion: participant.course.version,
          promotedEnrolmentId: seatGoesTo(
            {
              courseStatus: participant.course.status,
              capacity: participant.course.capacity,
              enrolments: participant.enrolments,
            },
            id,
          ),
        };
        const stale = cancellationConfirmationRefusal(seen, current);
        if (stale) throw conflict(stale.reason);
      }
      return repos.trainingCourses.cancelEnrolment(id, now);
    }, LOCKING_TRANSACTION);
    if (!result) throw notFound('ENROLMENT_NOT_FOUND');
    return { ...result, course: await this.courses.get(result.enrolment.courseId) };
  }

  /** The district lead's exception from full attendance, with a short reason (lock → load → rule → write). */
  async approveAttendanceException(input: unknown): Promise<EnrolmentRecord> {
    const scope = attendanceExceptionScope(this.viewer);
    const parsed = parseInput(attendanceExceptionSchema, input, 'input');
    const approvedById = this.viewer.user.id;
    const now = this.now();
    const enrolment = await this.db.transaction(async (repos) => {
      const facts = await repos.trainingCourses.participantFacts(scope, parsed.enrolmentId);
      if (!facts) return null;
      const refused = attendanceExceptionRefusal({
        courseType: facts.course.type,
        courseStatus: facts.course.status,
        enrolmentStatus: facts.enrolment.status,
        sessionsAttended: facts.sessionsAttended,
        sessionCount: facts.course.sessionCount,
      });
      if (refused) throw badUserInput('input.enrolmentId', refused.reason, refused.params);
      return repos.trainingCourses.approveAttendanceException(parsed.enrolmentId, {
        reason: parsed.reason,
        approvedById,
        now,
      });
    }, LOCKING_TRANSACTION);
    if (!enrolment) throw notFound('ENROLMENT_NOT_FOUND');
    return this.read.one('enrolment', enrolment, 'byId', 'approveAttendanceException');
  }

  async recordAttendance(courseId: string, attendance: unknown): Promise<TrainingCourseRecord> {
    const scope = districtWriteScope(this.viewer);
    const course = await this.courses.find(courseId);
    const entries = parseInput(attendanceSchema, attendance, 'attendance');
    const recorded = await this.db.transaction(async (repos) => {
      const facts = await repos.trainingCourses.attendanceFacts(scope, course.id, entries);
      if (!facts) return null;
      const refusal = attendanceRefusal(facts);
      if (refusal) throw refusedAt(refusal, PLACES);
      return repos.trainingCourses.recordAttendance(entries);
    }, LOCKING_TRANSACTION);
    if (!recorded) throw notFound('COURSE_NOT_FOUND');
    return this.courses.get(course.id);
  }

  /** A new person to sign up, checked before the transaction starts. */
  private newcomer(scope: Scope, input: { facilitator: unknown; consent: unknown }) {
    const data = parseInput(facilitatorInputSchema, input.facilitator, 'input.newFacilitator.facilitator');
    const consent = parseInput(facilitatorConsentSchema, input.consent, 'input.newFacilitator.consent');
    if (!scopeIncludes(scope, data.districtId)) {
      throw badUserInput('input.newFacilitator.facilitator.municipalityNumber', 'MUNICIPALITY_OTHER_DISTRICT');
    }
    return { data, consent };
  }
}
