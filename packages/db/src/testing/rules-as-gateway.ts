import type { Refusal, Scope } from '@selvhjelp/domain';
import {
  DEFAULT_LOCALE,
  renderMessage,
  attendanceRefusal,
  courseStatusTransitionRefusal,
  courseUpdateRefusal,
  enrolmentCancellationRefusal,
  enrolmentRefusal,
  activityParticipantsRefusal,
  facilitatorAssignmentRefusal,
  contactMoveRefusal,
  networkRefusal,
  organisationNumberRefusal,
  outcomeRefusal,
  venuePartnerRefusal,
} from '@selvhjelp/domain';
import { UniqueViolationError } from '../errors.js';
import type { Database } from '../database.js';
import type { AssignFacilitatorInput } from '../repositories/facilitators/types.js';
import type { NewFacilitator } from '../repositories/facilitators/types.js';
import type { ActivityUpdate, NewActivity, NewOutcome } from '../repositories/outreach/types.js';
import type { ContactMove, NewPartner, PartnerUpdate } from '../repositories/partners/types.js';
import type { AttendanceEntry, CourseStatusChangeInput, TrainingCourseUpdate } from '../repositories/training/types.js';

/**
 * Repositories throw no rule errors: the gateway's services read the facts under a row lock, ask
 * the domain's rule and write only when it allows. Tests of the data layer (and fixtures that run
 * the real flow) do the same through these helpers, which throw `RefusedInTest` where the
 * service would answer with the refusal.
 */
export class RefusedInTest extends Error {
  /** The refusal's reason. */
  readonly code: string;

  constructor(readonly refusal: Refusal) {
    // In bokmål, as staff read it.
    super(renderMessage(refusal.reason, refusal.params, DEFAULT_LOCALE));
    this.name = 'RefusedInTest';
    this.code = refusal.reason;
  }
}

function check(refusal: Refusal | null): void {
  if (refusal) throw new RefusedInTest(refusal);
}

/** The reason a promise was refused with (fails the test when it was not refused). */
export async function refusalOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof RefusedInTest)) throw new Error(`Expected a refusal, got ${String(error)}`);
  return error.refusal.reason;
}

/** Training writes as the gateway's training service runs them: lock → facts → rule → write, in one transaction. */
export function trainingAsTheGatewayDoes(db: Database) {
  return {
    update: (scope: Scope, id: string, expectedVersion: number, update: TrainingCourseUpdate) =>
      db.transaction(async (repos) => {
        const facts = await repos.trainingCourses.updateFacts(scope, id, expectedVersion, update);
        if (!facts) return null;
        check(courseUpdateRefusal(facts));
        return repos.trainingCourses.update(id, update);
      }),
    changeStatus: (scope: Scope, id: string, expectedVersion: number, change: CourseStatusChangeInput) =>
      db.transaction(async (repos) => {
        const course = await repos.trainingCourses.lock(scope, id, expectedVersion);
        if (!course) return null;
        check(courseStatusTransitionRefusal(course.status, change.to));
        return repos.trainingCourses.changeStatus(id, change);
      }),
    enrol: (scope: Scope, courseId: string, facilitatorId: string, now: Date) =>
      db.transaction(async (repos) => {
        const facts = await repos.trainingCourses.enrolmentFacts(scope, courseId, facilitatorId);
        if (!facts) return null;
        check(enrolmentRefusal(facts));
        return repos.trainingCourses.enrol(courseId, facilitatorId, now);
      }),
    enrolNewFacilitator: (scope: Scope, courseId: string, facilitator: NewFacilitator) =>
      db.transaction(async (repos) => {
        if (!(await repos.trainingCourses.lock(scope, courseId))) return null;
        const created = await repos.facilitators.create(scope, facilitator);
        const facts = await repos.trainingCourses.enrolmentFacts(scope, courseId, created.id);
        if (!facts) return null;
        check(enrolmentRefusal(facts));
        return {
          facilitator: created,
          enrolment: await repos.trainingCourses.enrol(courseId, created.id, facilitator.now),
        };
      }),
    cancelEnrolment: (scope: Scope, enrolmentId: string, now: Date) =>
      db.transaction(async (repos) => {
        const facts = await repos.trainingCourses.cancellationFacts(scope, enrolmentId);
        if (!facts) return null;
        check(
          enrolmentCancellationRefusal({ courseStatus: facts.courseStatus, enrolmentStatus: facts.enrolment.status }),
        );
        return repos.trainingCourses.cancelEnrolment(enrolmentId, now);
      }),
    recordAttendance: (scope: Scope, courseId: string, entries: readonly AttendanceEntry[]) =>
      db.transaction(async (repos) => {
        const facts = await repos.trainingCourses.attendanceFacts(scope, courseId, entries);
        if (!facts) return null;
        check(attendanceRefusal(facts));
        return repos.trainingCourses.recordAttendance(entries);
      }),
    assign: (scope: Scope, input: AssignFacilitatorInput) =>
      db.transaction(async (repos) => {
        const facts = await repos.facilitators.assignmentFacts(scope, input);
        if (!facts) return null;
        check(facilitatorAssignmentRefusal(facts));
        return repos.facilitators.createAssignment(input);
      }),
  };
}

/** Outreach writes as the gateway's outreach service runs them. */
export function outreachAsTheGatewayDoes(db: Database) {
  return {
    create: (scope: Scope, activity: NewActivity) =>
      db.transaction(async (repos) => {
        check(
          activityParticipantsRefusal(
            await repos.outreach.participantFacts(
              activity.districtId,
              activity.data.staffUserIds,
              activity.data.partnerIds,
            ),
          ),
        );
        return repos.outreach.create(scope, activity);
      }),
    update: (scope: Scope, id: string, expectedVersion: number, update: ActivityUpdate) =>
      db.transaction(async (repos) => {
        const districtId = await repos.outreach.districtAt(scope, id, expectedVersion);
        if (!districtId) return null;
        check(
          activityParticipantsRefusal(
            await repos.outreach.participantFacts(districtId, update.data.staffUserIds, update.data.partnerIds),
          ),
        );
        return repos.outreach.update(id, expectedVersion, update);
      }),
    addOutcome: (scope: Scope, outcome: NewOutcome) =>
      db.transaction(async (repos) => {
        const facts = await repos.outreach.outcomeFacts(scope, outcome);
        if (!facts) return null;
        check(outcomeRefusal(facts));
        return repos.outreach.addOutcome(outcome);
      }),
  };
}

/** Partner writes as the gateway's partner service runs them; a number taken by a save at the same moment is the same refusal. */
export function partnersAsTheGatewayDoes(db: Database) {
  const duplicateNumber = (error: unknown): never => {
    if (error instanceof UniqueViolationError && error.field === 'organisationNumber')
      throw new RefusedInTest(networkRefusal('DUPLICATE_ORGANISATION_NUMBER'));
    throw error;
  };
  return {
    create: (scope: Scope, partner: NewPartner) =>
      db
        .transaction(async (repos) => {
          check(
            organisationNumberRefusal(
              await repos.partners.organisationNumberFacts(partner.districtId, partner.data.organisationNumber, null),
            ),
          );
          return repos.partners.create(scope, partner);
        })
        .catch(duplicateNumber),
    update: (scope: Scope, id: string, expectedVersion: number, update: PartnerUpdate) =>
      db
        .transaction(async (repos) => {
          const districtId = await repos.partners.districtAt(scope, id, expectedVersion);
          if (!districtId) return null;
          check(
            organisationNumberRefusal(
              await repos.partners.organisationNumberFacts(districtId, update.data.organisationNumber, id),
            ),
          );
          return repos.partners.update(scope, id, expectedVersion, update);
        })
        .catch(duplicateNumber),
    moveContact: (scope: Scope, id: string, expectedVersion: number, move: ContactMove) =>
      db.transaction(async (repos) => {
        const facts = await repos.partners.contactMoveFacts(scope, id, expectedVersion, move);
        if (!facts) return null;
        check(contactMoveRefusal(facts));
        return repos.partners.moveContact(scope, id, expectedVersion, move);
      }),
    setVenuePartner: (scope: Scope, venueId: string, partnerId: string | null, now: Date) =>
      db.transaction(async (repos) => {
        const facts = await repos.partners.venuePartnerFacts(scope, venueId, partnerId);
        if (!facts) return null;
        check(venuePartnerRefusal(facts));
        return repos.partners.setVenuePartner(scope, venueId, partnerId, now);
      }),
  };
}
