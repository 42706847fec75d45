import { districtScope } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { databaseInternals } from '../../database.js';
import {
  createTestCourse,
  createTestFacilitator,
  testBackends,
  trainingAsTheGatewayDoes,
} from '../../testing/index.js';
import type { EnrolmentRecord, TrainingCourseRecord } from './types.js';

const vest = districtScope('vest');
const nord = districtScope('nord');
const now = new Date('2026-09-01T10:00:00.000Z');

describe.each(testBackends())('TrainingCourseRepository participants on $name', ({ open }) => {
  let db: Database;
  const courses = () => db.repositories.trainingCourses;
  // Writes with their rules, as the training service runs them.
  const training = () => trainingAsTheGatewayDoes(db);

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  async function step(course: TrainingCourseRecord, to: 'OPEN' | 'RUNNING' | 'COMPLETED') {
    return (await training().changeStatus(vest, course.id, course.version, { to, now }))!;
  }

  it("closes the waiting list when the course is completed, and counts the lead's exception as completion", async () => {
    let course = await createTestCourse(db, { capacity: 2, sessionDates: ['2026-09-10', '2026-09-17'] });
    const people = await Promise.all([createTestFacilitator(db), createTestFacilitator(db), createTestFacilitator(db)]);
    const enrolled: EnrolmentRecord[] = [];
    for (const person of people) enrolled.push((await training().enrol(vest, course.id, person.id, now))!.enrolment);
    expect(enrolled.map((enrolment) => enrolment.status)).toEqual(['ENROLLED', 'ENROLLED', 'WAITING']);
    course = (await step(course, 'OPEN')).course;
    course = (await step(course, 'RUNNING')).course;
    const [first, second] = course.sessions;
    await training().recordAttendance(vest, course.id, [
      { enrolmentId: enrolled[0]!.id, sessionId: first!.id, present: true },
      { enrolmentId: enrolled[0]!.id, sessionId: second!.id, present: true },
      { enrolmentId: enrolled[1]!.id, sessionId: first!.id, present: true },
      { enrolmentId: enrolled[1]!.id, sessionId: second!.id, present: false },
    ]);

    // The facts the rules need, read under the course's lock; nothing outside the scope.
    expect(await courses().participantFacts(nord, enrolled[1]!.id)).toBeNull();
    const facts = (await courses().participantFacts(vest, enrolled[1]!.id))!;
    expect(facts).toMatchObject({
      course: { id: course.id, type: 'BASIC', status: 'RUNNING', capacity: 2, sessionCount: 2 },
      sessionsAttended: 1,
    });
    expect(facts.enrolments).toHaveLength(3);

    const { prisma } = databaseInternals(db);
    const lead = await prisma.staffUser.create({
      data: { email: 'leder.unntak@test.selvhjelp.no', name: 'Lede Leder', role: 'DISTRICT_LEAD', districtId: 'vest' },
    });
    const approved = await courses().approveAttendanceException(enrolled[1]!.id, {
      reason: 'Syk én kveld; tok igjen stoffet.',
      approvedById: lead.id,
      now,
    });
    expect(approved.attendanceException).toEqual({
      reason: 'Syk én kveld; tok igjen stoffet.',
      approvedById: lead.id,
      approvedAt: now,
    });

    const done = await step(course, 'COMPLETED');
    expect(done.completedFacilitatorIds).toEqual([people[0].id, people[1].id].sort());
    const after = (await courses().enrolmentsFor(vest, [course.id])).get(course.id)!;
    expect(after.find((enrolment) => enrolment.id === enrolled[2]!.id)).toMatchObject({
      status: 'WAITING_LIST_CLOSED',
      waitingPosition: null,
    });
    const history = await db.repositories.facilitators.trainingHistoryFor(vest, [people[2].id]);
    expect(history.get(people[2].id)).toMatchObject([
      { courseId: course.id, enrolmentStatus: 'WAITING_LIST_CLOSED', completedOn: null },
    ]);
  });
});
