import { randomBytes } from 'node:crypto';
import type { CourseType, DistrictId, FacilitatorData, IsoDate, Scope } from '@selvhjelp/domain';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import type { Database } from '../database.js';
import type { FacilitatorRecord, NewFacilitator } from '../repositories/facilitators/types.js';
import type { EnrolmentRecord, TrainingCourseRecord, NewTrainingCourse } from '../repositories/training/types.js';
import { OFFICE_MUNICIPALITY } from './group-fixtures.js';
import { trainingAsTheGatewayDoes } from './rules-as-gateway.js';

/** A valid FacilitatorData in the district's office town (default vest). */
export function testFacilitatorData(overrides: Partial<FacilitatorData> = {}): FacilitatorData {
  const districtId = (overrides.districtId ?? 'vest') as DistrictId;
  return {
    name: `Igangsetter ${randomBytes(3).toString('hex')}`,
    email: `igangsetter.${randomBytes(4).toString('hex')}@test.selvhjelp.no`,
    phone: null,
    municipalityNumber: OFFICE_MUNICIPALITY[districtId],
    languages: ['nb'],
    themeConsent: false,
    themeIds: [],
    availability: 'AVAILABLE',
    notes: null,
    ...overrides,
    districtId,
  };
}

export function testNewFacilitator(overrides: Partial<FacilitatorData> = {}, now = new Date()): NewFacilitator {
  return {
    data: testFacilitatorData(overrides),
    consent: { givenOn: '2026-01-15', text: 'Jeg samtykker til å bli kontaktet.' },
    now,
  };
}

export function createTestFacilitator(
  db: Database,
  overrides: Partial<FacilitatorData> = {},
  scope: Scope = NATIONAL_SCOPE,
): Promise<FacilitatorRecord> {
  return db.repositories.facilitators.create(scope, testNewFacilitator(overrides));
}

export interface TestCourseOverrides extends Partial<NewTrainingCourse> {
  /** Days of one-session-per-day sessions, 17:00–20:00; default one session on 2026-09-10. */
  sessionDates?: IsoDate[];
}

export function testNewCourse(overrides: TestCourseOverrides = {}): NewTrainingCourse {
  const { sessionDates, ...rest } = overrides;
  return {
    districtId: 'vest',
    type: 'BASIC',
    title: 'Igangsettertrening',
    locationText: 'Frivilligsentralen',
    online: false,
    capacity: 10,
    trainerIds: [],
    sessions: (sessionDates ?? ['2026-09-10']).map((date) => ({
      date,
      startTime: '17:00',
      endTime: '20:00',
      place: null,
    })),
    now: new Date(),
    ...rest,
  };
}

export function createTestCourse(db: Database, overrides: TestCourseOverrides = {}): Promise<TrainingCourseRecord> {
  return db.repositories.trainingCourses.create(NATIONAL_SCOPE, testNewCourse(overrides));
}

/**
 * Runs a one-session course of `type` on `completedOn` through the real flow (enrol, open,
 * run, attendance, complete), so each facilitator gets a completion on that day.
 */
export async function completeTestCourse(
  db: Database,
  facilitators: readonly FacilitatorRecord[],
  completedOn: IsoDate,
  type: CourseType = 'BASIC',
): Promise<TrainingCourseRecord> {
  const repo = trainingAsTheGatewayDoes(db);
  const districtId = facilitators[0]?.districtId ?? 'vest';
  let course = await createTestCourse(db, {
    districtId,
    type,
    sessionDates: [completedOn],
    capacity: Math.max(1, facilitators.length),
  });
  const enrolments: EnrolmentRecord[] = [];
  for (const facilitator of facilitators)
    enrolments.push((await repo.enrol(NATIONAL_SCOPE, course.id, facilitator.id, new Date()))!.enrolment);
  const now = new Date();
  course = (await repo.changeStatus(NATIONAL_SCOPE, course.id, course.version, { to: 'OPEN', now }))!.course;
  course = (await repo.changeStatus(NATIONAL_SCOPE, course.id, course.version, { to: 'RUNNING', now }))!.course;
  const sessionId = course.sessions[0]!.id;
  await repo.recordAttendance(
    NATIONAL_SCOPE,
    course.id,
    enrolments.map((enrolment) => ({ enrolmentId: enrolment.id, sessionId, present: true })),
  );
  return (await repo.changeStatus(NATIONAL_SCOPE, course.id, course.version, { to: 'COMPLETED', now }))!.course;
}
