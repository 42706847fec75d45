import { districtScope, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { databaseInternals } from '../../database.js';
import { OutOfScopeError, StaleVersionError } from '../../errors.js';
import {
  createTestCourse,
  createTestFacilitator,
  refusalOf,
  testBackends,
  testNewCourse,
  testNewFacilitator,
  trainingAsTheGatewayDoes,
} from '../../testing/index.js';
import type { EnrolmentRecord, TrainingCourseRecord } from './types.js';

const vest = districtScope('vest');
const nord = districtScope('nord');
const now = new Date('2026-09-01T10:00:00.000Z');

// The rules are the domain's, run as the gateway's service runs them (lock → facts → rule → write).
const rule = refusalOf;

describe.each(testBackends())('TrainingCourseRepository on $name', ({ open, name }) => {
  let db: Database;
  const courses = () => db.repositories.trainingCourses;
  const training = () => trainingAsTheGatewayDoes(db);

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  async function step(
    course: TrainingCourseRecord,
    to: 'OPEN' | 'RUNNING' | 'COMPLETED' | 'CANCELLED',
    reason?: string,
  ) {
    return (await training().changeStatus(vest, course.id, course.version, { to, reason, now }))!;
  }

  it('creates a course with sorted sessions and trainers, visible only in its district', async () => {
    const { prisma } = databaseInternals(db);
    const trainer = await prisma.staffUser.create({
      data: { email: 'kursholder@test.selvhjelp.no', name: 'Kursholder', role: 'DISTRICT_STAFF', districtId: 'vest' },
    });
    const course = await courses().create(
      vest,
      testNewCourse({ sessionDates: ['2026-10-08', '2026-10-01'], trainerIds: [trainer.id] }),
    );
    expect(course).toMatchObject({
      districtId: 'vest',
      status: 'PLANNED',
      startsOn: '2026-10-01',
      trainerIds: [trainer.id],
      enrolledCount: 0,
      version: 1,
    });
    expect(course.sessions.map((session) => session.date)).toEqual(['2026-10-01', '2026-10-08']);
    expect(await courses().findById(nord, course.id)).toBeNull();
    expect(await courses().findByIds(vest, [course.id, 'nope'])).toEqual([course, null]);
    await expect(courses().create(nord, testNewCourse())).rejects.toBeInstanceOf(OutOfScopeError);
    await expect(
      courses().create(
        vest,
        testNewCourse({
          trainerIds: [
            (
              await prisma.staffUser.create({
                data: { email: 'nord@test.selvhjelp.no', name: 'N', role: 'DISTRICT_STAFF', districtId: 'nord' },
              })
            ).id,
          ],
        }),
      ),
    ).rejects.toBeInstanceOf(OutOfScopeError);
    const page = await courses().list(vest, { first: 10, filter: { types: ['BASIC'] } });
    expect(page.nodes.map((node) => node.id)).toContain(course.id);
    expect((await courses().list(nord, { first: 10 })).totalCount).toBe(0);
  });

  it('follows the lifecycle and refuses other steps', async () => {
    let course = await createTestCourse(db);
    expect(await rule(training().changeStatus(vest, course.id, course.version, { to: 'COMPLETED', now }))).toBe(
      'COURSE_STATUS_TRANSITION',
    );
    await expect(
      training().changeStatus(vest, course.id, course.version + 1, { to: 'OPEN', now }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect(await training().changeStatus(nord, course.id, course.version, { to: 'OPEN', now })).toBeNull();
    course = (await step(course, 'OPEN')).course;
    course = (await step(course, 'CANCELLED', 'For få påmeldte')).course;
    expect(course).toMatchObject({ status: 'CANCELLED', cancelReason: 'For få påmeldte', version: 3 });
  });

  it('gives 50 parallel enrolments into 10 free seats exactly 10 seats and waiting places 1..40', async () => {
    const course = await createTestCourse(db, { capacity: 10 });
    const facilitators = await Promise.all(Array.from({ length: 50 }, () => createTestFacilitator(db)));
    const results = await Promise.all(
      facilitators.map((facilitator) => training().enrol(vest, course.id, facilitator.id, new Date())),
    );
    expect(results.filter((result) => result?.gotSeat)).toHaveLength(10);
    const enrolments = (await courses().enrolmentsFor(vest, [course.id])).get(course.id)!;
    expect(enrolments).toHaveLength(50);
    expect(new Set(enrolments.map((enrolment) => enrolment.facilitatorId)).size).toBe(50);
    expect(enrolments.filter((enrolment) => enrolment.status === 'ENROLLED')).toHaveLength(10);
    const positions = enrolments
      .filter((enrolment) => enrolment.status === 'WAITING')
      .map((enrolment) => enrolment.waitingPosition);
    expect(positions).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
    expect(await courses().findById(vest, course.id)).toMatchObject({ enrolledCount: 10, waitingCount: 40 });
    if (name === 'postgresql') expect(db.kind).toBe('postgresql');
  }, 60_000);

  it('refuses enrolling twice, another district and closed courses', async () => {
    const course = await createTestCourse(db, { capacity: 1 });
    const facilitator = await createTestFacilitator(db);
    await training().enrol(vest, course.id, facilitator.id, now);
    expect(await rule(training().enrol(vest, course.id, facilitator.id, now))).toBe('ALREADY_ENROLLED');
    const fromNord = await createTestFacilitator(db, { districtId: 'nord' });
    expect(await rule(training().enrol(NATIONAL_SCOPE, course.id, fromNord.id, now))).toBe(
      'FACILITATOR_OTHER_DISTRICT',
    );
    expect(await training().enrol(nord, course.id, fromNord.id, now)).toBeNull();
    expect(await training().enrol(vest, course.id, fromNord.id, now)).toBeNull();
    const cancelled = (await step(course, 'CANCELLED', 'Avlyst')).course;
    expect(cancelled.status).toBe('CANCELLED');
    expect(await rule(training().enrol(vest, course.id, (await createTestFacilitator(db)).id, now))).toBe(
      'COURSE_NOT_OPEN_FOR_ENROLMENT',
    );
  });

  it('moves the first on the waiting list up when a seat is freed, and reports who', async () => {
    const course = await createTestCourse(db, { capacity: 2 });
    const people = [];
    for (let index = 0; index < 5; index += 1) people.push(await createTestFacilitator(db));
    const enrolments: EnrolmentRecord[] = [];
    for (const person of people) enrolments.push((await training().enrol(vest, course.id, person.id, now))!.enrolment);
    expect(enrolments.map((enrolment) => enrolment.waitingPosition)).toEqual([null, null, 1, 2, 3]);

    // A waiting person leaves: the list closes up, nobody gets a seat.
    const left = await training().cancelEnrolment(vest, enrolments[3]!.id, now);
    expect(left).toMatchObject({ enrolment: { status: 'CANCELLED', waitingPosition: null }, promoted: null });
    // A seat holder leaves: the first waiting gets it.
    expect(await training().cancelEnrolment(nord, enrolments[0]!.id, now)).toBeNull();
    const freed = await training().cancelEnrolment(vest, enrolments[0]!.id, now);
    expect(freed?.promoted).toMatchObject({
      id: enrolments[2]!.id,
      facilitatorId: people[2]!.id,
      status: 'ENROLLED',
      waitingPosition: null,
    });
    const after = (await courses().enrolmentsFor(vest, [course.id])).get(course.id)!;
    const summary = (rows: (string | number | null)[][]) => rows.map((row) => row.join(' ')).sort();
    expect(
      summary(after.map((enrolment) => [enrolment.facilitatorId, enrolment.status, enrolment.waitingPosition])),
    ).toEqual(
      summary([
        [people[1]!.id, 'ENROLLED', null],
        [people[2]!.id, 'ENROLLED', null],
        [people[4]!.id, 'WAITING', 1],
        [people[0]!.id, 'CANCELLED', null],
        [people[3]!.id, 'CANCELLED', null],
      ]),
    );
    // Cancelling again changes nothing; re-enrolling goes to the end of the list.
    expect((await training().cancelEnrolment(vest, enrolments[0]!.id, now))?.promoted).toBeNull();
    expect((await training().enrol(vest, course.id, people[0]!.id, now))?.enrolment).toMatchObject({
      id: enrolments[0]!.id,
      status: 'WAITING',
      waitingPosition: 2,
    });
  });

  it('records attendance and, on completion, a completion for those who met the rule', async () => {
    let course = await createTestCourse(db, { capacity: 5, sessionDates: ['2026-09-10', '2026-09-17'] });
    const [full, partial, absent] = await Promise.all([
      createTestFacilitator(db),
      createTestFacilitator(db),
      createTestFacilitator(db),
    ]);
    const enrolled: EnrolmentRecord[] = [];
    for (const person of [full, partial, absent])
      enrolled.push((await training().enrol(vest, course.id, person.id, now))!.enrolment);
    course = (await step(course, 'OPEN')).course;
    course = (await step(course, 'RUNNING')).course;
    const [first, second] = course.sessions;
    const entry = (index: number, sessionId: string, present: boolean) => ({
      enrolmentId: enrolled[index]!.id,
      sessionId,
      present,
    });
    expect(await training().recordAttendance(nord, course.id, [entry(0, first!.id, true)])).toBeNull();
    await training().recordAttendance(vest, course.id, [
      entry(0, first!.id, true),
      entry(0, second!.id, false),
      entry(1, first!.id, true),
      entry(1, second!.id, false),
      entry(2, first!.id, false),
    ]);
    // A correction: the first was there after all.
    await training().recordAttendance(vest, course.id, [entry(0, second!.id, true)]);
    expect(
      await rule(
        training().recordAttendance(vest, course.id, [
          { enrolmentId: enrolled[0]!.id, sessionId: 'not-a-uuid', present: true },
        ]),
      ),
    ).toBe('SESSION_NOT_IN_COURSE');
    expect((await courses().attendanceFor(vest, [course.id])).get(course.id)).toHaveLength(5);
    expect((await courses().attendanceFor(nord, [course.id])).get(course.id)).toEqual([]);
    expect((await courses().enrolmentsFor(nord, [course.id])).get(course.id)).toEqual([]);
    expect(await courses().findByIds(nord, [course.id])).toEqual([null]);

    const done = await step(course, 'COMPLETED');
    expect(done.completedFacilitatorIds).toEqual([full.id]);
    const [a, b] = await db.repositories.facilitators.findByIds(vest, [full.id, partial.id], { today: '2026-10-01' });
    expect(a?.qualification).toMatchObject({
      status: 'QUALIFIED',
      basicCompletedOn: '2026-09-17',
      lapsesOn: '2029-09-17',
    });
    expect(b?.qualification.status).toBe('IN_TRAINING');
    expect(await rule(training().recordAttendance(vest, course.id, [entry(1, second!.id, true)]))).toBe(
      'COURSE_COMPLETED',
    );
  });

  it('refuses attendance for a session of a cancelled course', async () => {
    const course = await createTestCourse(db);
    const person = await createTestFacilitator(db);
    const { enrolment } = (await training().enrol(vest, course.id, person.id, now))!;
    const cancelled = (await step(course, 'CANCELLED', 'Sykdom')).course;
    expect(
      await rule(
        training().recordAttendance(vest, cancelled.id, [
          { enrolmentId: enrolment.id, sessionId: cancelled.sessions[0]!.id, present: true },
        ]),
      ),
    ).toBe('COURSE_CANCELLED');
  });

  it('registers a new facilitator and enrols them in one transaction', async () => {
    const course = await createTestCourse(db);
    const result = await training().enrolNewFacilitator(vest, course.id, testNewFacilitator());
    expect(result?.enrolment).toMatchObject({
      gotSeat: true,
      enrolment: { facilitatorId: result?.facilitator.id, status: 'ENROLLED' },
    });
    const { prisma } = databaseInternals(db);
    const before = await prisma.facilitator.count();
    // Refused enrolment (the course is cancelled): the facilitator is not created either.
    await step(course, 'CANCELLED', 'Avlyst');
    expect(await rule(training().enrolNewFacilitator(vest, course.id, testNewFacilitator()))).toBe(
      'COURSE_NOT_OPEN_FOR_ENROLMENT',
    );
    expect(
      await training().enrolNewFacilitator(nord, course.id, testNewFacilitator({ districtId: 'nord' })),
    ).toBeNull();
    expect(await prisma.facilitator.count()).toBe(before);
  });

  it('edits a course: sessions, capacity (moving the waiting list up) and refuses closed courses', async () => {
    const course = await createTestCourse(db, { capacity: 1, sessionDates: ['2026-10-01', '2026-10-08'] });
    const people = await Promise.all(Array.from({ length: 4 }, () => createTestFacilitator(db)));
    const enrolments: EnrolmentRecord[] = [];
    for (const person of people) enrolments.push((await training().enrol(vest, course.id, person.id, now))!.enrolment);
    const [keep] = course.sessions;
    const changes = {
      title: 'Ny tittel',
      locationText: null,
      online: true,
      capacity: 3,
      trainerIds: [],
      sessions: [
        { ...keep!, startTime: '18:00' },
        { date: '2026-09-24', startTime: '17:00', endTime: '19:00', place: 'Zoom' },
      ],
      now,
    };
    expect(await training().update(nord, course.id, course.version, changes)).toBeNull();
    expect(await rule(training().update(vest, course.id, course.version, { ...changes, capacity: 0 }))).toBe(
      'CAPACITY_BELOW_ENROLLED',
    );
    const edited = await training().update(vest, course.id, course.version, changes);
    expect(edited?.course).toMatchObject({
      title: 'Ny tittel',
      online: true,
      capacity: 3,
      startsOn: '2026-09-24',
      enrolledCount: 3,
      waitingCount: 1,
      version: 2,
    });
    expect(edited?.course.sessions.map((session) => [session.date, session.startTime])).toEqual([
      ['2026-09-24', '17:00'],
      ['2026-10-01', '18:00'],
    ]);
    expect(edited?.course.sessions[1]?.id).toBe(keep!.id);
    expect(edited?.promoted.map((enrolment) => enrolment.id)).toEqual([enrolments[1]!.id, enrolments[2]!.id]);
    const waiting = (await courses().enrolmentsFor(vest, [course.id]))
      .get(course.id)!
      .filter((enrolment) => enrolment.status === 'WAITING');
    expect(waiting).toEqual([expect.objectContaining({ id: enrolments[3]!.id, waitingPosition: 1 })]);
    await expect(training().update(vest, course.id, course.version, changes)).rejects.toBeInstanceOf(StaleVersionError);
    const cancelled = (await training().changeStatus(vest, course.id, 2, { to: 'CANCELLED', reason: 'Avlyst', now }))!
      .course;
    expect(await rule(training().update(vest, course.id, cancelled.version, changes))).toBe(
      'COURSE_CLOSED_FOR_CHANGES',
    );
  });
});
