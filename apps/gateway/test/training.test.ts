import type { Database } from '@selvhjelp/db';
import {
  completeTestCourse,
  createSignedInStaffUser,
  createTestFacilitator,
  testBackends,
} from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { GroupStatus } from './generated/graphql.js';
import { groupInput } from './group-fixtures.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

const CREATE_FACILITATOR = graphql(`
  mutation CreateTrainingFacilitator($input: CreateFacilitatorInput!) {
    createFacilitator(input: $input) {
      id
      name
      qualification {
        status
      }
    }
  }
`);
const CREATE_COURSE = graphql(`
  mutation CreateTrainingCourseForTest($course: TrainingCourseInput!) {
    createTrainingCourse(course: $course) {
      id
      version
      sessions {
        id
      }
    }
  }
`);
const ENROL = graphql(`
  mutation EnrolInTrainingCourse($input: EnrolInput!) {
    enrol(input: $input) {
      gotSeat
      enrolment {
        id
        status
        waitingPosition
        facilitator {
          id
        }
      }
      course {
        enrolledCount
        waitingCount
      }
    }
  }
`);
const STATUS = graphql(`
  mutation ChangeTrainingCourseStatusForTest($input: ChangeTrainingCourseStatusInput!) {
    changeTrainingCourseStatus(input: $input) {
      course {
        id
        version
        status
        enrolments {
          id
          status
          completed
          facilitator {
            id
            qualification {
              status
            }
          }
        }
      }
      completedFacilitators {
        id
      }
    }
  }
`);
const COURSE = graphql(`
  query TrainingCourseForTest($id: ID!) {
    trainingCourse(id: $id) {
      id
      version
      status
      enrolledCount
      waitingCount
      sessions {
        id
      }
      enrolments {
        id
        status
        waitingPosition
        completed
        attendedSessionIds
        facilitator {
          id
          name
        }
      }
    }
  }
`);
const CANCEL = graphql(`
  mutation CancelTrainingEnrolment($id: ID!) {
    cancelEnrolment(id: $id) {
      promoted {
        facilitator {
          id
        }
      }
      course {
        enrolledCount
        waitingCount
      }
    }
  }
`);
const ATTENDANCE = graphql(`
  mutation RecordTrainingAttendance($courseId: ID!, $attendance: [AttendanceInput!]!) {
    recordAttendance(courseId: $courseId, attendance: $attendance) {
      id
    }
  }
`);
const CALENDAR = graphql(`
  query TrainingCalendarForTest {
    trainingCalendar
  }
`);
const CREATE_GROUP = graphql(`
  mutation CreateGroupForFacilitator($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
      version
    }
  }
`);
const GROUP_STATUS = graphql(`
  mutation ChangeGroupStatusForFacilitator($input: ChangeGroupStatusInput!) {
    changeGroupStatus(input: $input) {
      id
      version
    }
  }
`);
const ASSIGN = graphql(`
  mutation AssignTrainingFacilitator($input: AssignFacilitatorInput!) {
    assignFacilitator(input: $input) {
      id
      toDate
    }
  }
`);
const ASSIGNMENTS = graphql(`
  query FacilitatorAssignmentsAndTraining($id: ID!) {
    facilitator(id: $id) {
      assignments {
        group {
          id
        }
        fromDate
        toDate
      }
      trainingHistory {
        completedOn
      }
    }
  }
`);
const FORGET = graphql(`
  mutation ForgetTrainingFacilitator($id: ID!) {
    forgetFacilitator(id: $id) {
      name
      email
      phone
      notes
      consent {
        text
      }
      forgottenAt
      trainingHistory {
        enrolmentStatus
      }
    }
  }
`);
const FACILITATOR_ID = graphql(`
  query TrainingFacilitatorId($id: ID!) {
    facilitator(id: $id) {
      id
    }
  }
`);
const FACILITATOR_CONTACT = graphql(`
  query TrainingFacilitatorContact($id: ID!) {
    facilitator(id: $id) {
      name
      email
    }
  }
`);

const session = (date: string) => ({ date, startTime: '17:00', endTime: '20:00', place: 'Frivilligsentralen' });

function facilitatorInput(name: string, municipalityNumber = '4601') {
  return {
    facilitator: {
      name,
      email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.no`,
      municipalityNumber,
      languages: ['nb'],
    },
    consent: { givenOn: '2026-11-01', text: 'Jeg samtykker i at Selvhjelp Vest lagrer navn og kontaktinformasjon.' },
  };
}

describe.each(testBackends())('facilitators and training on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let vest: string;

  beforeAll(async () => {
    db = await backend.open();
    gateway = await startTestGateway(db);
    gateway.clock.now = new Date('2026-11-22T10:00:00Z');
    ({ token: vest } = await createSignedInStaffUser(db, { districtId: 'vest' }, { now: gateway.clock.now }));
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  const newFacilitator = async (name: string) => {
    const result = await gateway.run(CREATE_FACILITATOR, { input: facilitatorInput(name) }, vest);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createFacilitator.id;
  };

  async function plannedCourse(capacity: number, dates = ['2026-11-24', '2026-12-01', '2026-12-08']) {
    const result = await gateway.run(
      CREATE_COURSE,
      {
        course: {
          type: 'BASIC',
          title: 'Igangsettertrening vinter 2026',
          locationText: 'Bergen',
          capacity,
          trainerIds: [],
          sessions: dates.map(session),
        },
      },
      vest,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createTrainingCourse;
  }

  async function courseOf(id: string) {
    const result = await gateway.run(COURSE, { id }, vest);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.trainingCourse;
  }

  it('runs a basic course: 14 for 12 seats, a cancellation moves the first waiting up, 11 qualify', async () => {
    const course = await plannedCourse(12);
    const ids = [];
    for (let index = 0; index < 14; index++)
      ids.push(await newFacilitator(`Deltaker ${String.fromCharCode(65 + index)} Hansen`));
    const results = [];
    for (const facilitatorId of ids)
      results.push((await gateway.run(ENROL, { input: { courseId: course.id, facilitatorId } }, vest)).data!.enrol);
    expect(results.map((result) => result.gotSeat)).toEqual([...Array(12).fill(true), false, false]);
    expect(results.slice(12).map((result) => result.enrolment.waitingPosition)).toEqual([1, 2]);

    const twice = await gateway.run(ENROL, { input: { courseId: course.id, facilitatorId: ids[0]! } }, vest);
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_ENROLLED',
      field: 'input.facilitatorId',
    });

    const cancelled = await gateway.run(CANCEL, { id: results[3]!.enrolment.id }, vest);
    expect(cancelled.data?.cancelEnrolment).toEqual({
      promoted: { facilitator: { id: ids[12] } },
      course: { enrolledCount: 12, waitingCount: 1 },
    });

    let current = await courseOf(course.id);
    const seated = current.enrolments.filter((enrolment) => enrolment.status === 'ENROLLED');
    const missing = seated[5]!;
    const attendance = seated.flatMap((enrolment) =>
      current.sessions.map((s, index) => ({
        enrolmentId: enrolment.id,
        sessionId: s.id,
        present: !(enrolment.id === missing.id && index === 1),
      })),
    );
    let version = current.version;
    for (const status of ['OPEN', 'RUNNING'] as const) {
      const moved = await gateway.run(STATUS, { input: { id: current.id, version, status } }, vest);
      version = moved.data!.changeTrainingCourseStatus.course.version;
    }
    const recorded = await gateway.run(ATTENDANCE, { courseId: course.id, attendance }, vest);
    expect(recorded.errors).toBeUndefined();
    current = await courseOf(course.id);
    const done = (
      await gateway.run(STATUS, { input: { id: current.id, version: current.version, status: 'COMPLETED' } }, vest)
    ).data!.changeTrainingCourseStatus;
    expect(done.completedFacilitators).toHaveLength(11);
    expect(done.completedFacilitators.map((f) => f.id)).not.toContain(missing.facilitator.id);
    const completed = done.course.enrolments.filter((enrolment) => enrolment.completed);
    expect(completed).toHaveLength(11);
    expect(completed.every((enrolment) => enrolment.facilitator.qualification.status === 'QUALIFIED')).toBe(true);
    const notCompleted = done.course.enrolments.find((enrolment) => enrolment.id === missing.id)!;
    expect(notCompleted).toMatchObject({ completed: false, facilitator: { qualification: { status: 'IN_TRAINING' } } });

    const cancelledCourse = await plannedCourse(5);
    const cancelling = await gateway.run(
      STATUS,
      {
        input: {
          id: cancelledCourse.id,
          version: cancelledCourse.version,
          status: 'CANCELLED',
          reason: 'For få påmeldte',
        },
      },
      vest,
    );
    expect(cancelling.errors).toBeUndefined();
    // The district calendar: completed courses leave it, cancelled ones stay marked so calendars drop them.
    const folded = (await gateway.run(CALENDAR, {}, vest)).data!.trainingCalendar;
    const calendar = folded.replace(/\r\n[ \t]/g, '');
    expect(calendar).toContain('X-WR-CALNAME:Kurskalender – Selvhjelp Vest');
    expect(calendar).not.toContain(`UID:course-${course.id}-`);
    expect(calendar).toContain(
      `UID:course-${cancelledCourse.id}-session-${cancelledCourse.sessions[0]!.id}@selvhjelp.no`,
    );
    const late = await gateway.run(
      ATTENDANCE,
      {
        courseId: cancelledCourse.id,
        attendance: [{ enrolmentId: seated[0]!.id, sessionId: cancelledCourse.sessions[0]!.id, present: true }],
      },
      vest,
    );
    expect(late.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(late.errors?.[0]?.extensions).toMatchObject({ reason: 'COURSE_CANCELLED', field: 'courseId' });
  });

  it('gives exactly the free seats to 50 parallel enrolments, the rest wait in order', async () => {
    const course = await plannedCourse(10, ['2027-01-12']);
    const ids = await Promise.all(Array.from({ length: 50 }, (_, index) => newFacilitator(`Parallell ${index} Berg`)));
    const results = await Promise.all(
      ids.map((facilitatorId) => gateway.run(ENROL, { input: { courseId: course.id, facilitatorId } }, vest)),
    );
    expect(results.every((result) => !result.errors)).toBe(true);
    expect(results.filter((result) => result.data!.enrol.gotSeat)).toHaveLength(10);
    const positions = results
      .map((result) => result.data!.enrol.enrolment.waitingPosition)
      .filter((position): position is number => position !== null && position !== undefined);
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
    const course2 = await courseOf(course.id);
    expect(course2).toMatchObject({ enrolledCount: 10, waitingCount: 40 });
    expect(new Set(course2.enrolments.map((enrolment) => enrolment.facilitator.id)).size).toBe(50);
  });

  it('assigns a qualified facilitator to a starting group and ends it when the group runs on its own', async () => {
    // One facilitator whose basic course is recent, one whose course is past the refresher interval.
    const qualified = await createTestFacilitator(db, { name: 'Kvalifisert Lie' });
    await completeTestCourse(db, [qualified], '2026-05-12');
    const lapsed = await createTestFacilitator(db, { name: 'Utløpt Lie' });
    await completeTestCourse(db, [lapsed], '2022-09-06');
    const facilitatorId = qualified.id;

    const created = await gateway.run(
      CREATE_GROUP,
      { input: { group: groupInput({ name: 'Ny gruppe med igangsetter' }) } },
      vest,
    );
    let group = created.data!.createGroup;
    const move = async (status: GroupStatus) => {
      const moved = await gateway.run(
        GROUP_STATUS,
        { input: { id: group.id, version: group.version, status, reason: 'Neste steg i oppstarten' } },
        vest,
      );
      if (!moved.data) throw new Error(JSON.stringify(moved.errors));
      group = moved.data.changeGroupStatus;
    };
    const tooEarly = await gateway.run(ASSIGN, { input: { facilitatorId, groupId: group.id } }, vest);
    expect(tooEarly.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'GROUP_NOT_STARTING',
      field: 'input.groupId',
    });
    await move('STARTING');
    const refused = await gateway.run(ASSIGN, { input: { facilitatorId: lapsed.id, groupId: group.id } }, vest);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'FACILITATOR_NOT_QUALIFIED',
      params: { status: 'LAPSED' },
      field: 'input.facilitatorId',
    });
    const assigned = await gateway.run(ASSIGN, { input: { facilitatorId, groupId: group.id } }, vest);
    expect(assigned.errors).toBeUndefined();
    await move('RUNNING');

    const page = (await gateway.run(ASSIGNMENTS, { id: facilitatorId }, vest)).data!;
    expect(page.facilitator.assignments.find((assignment) => assignment.group.id === group.id)).toEqual({
      group: { id: group.id },
      fromDate: '2026-11-22',
      toDate: '2026-11-22',
    });
    expect(page.facilitator.trainingHistory.some((entry) => entry.completedOn)).toBe(true);
  });

  it('forgets a facilitator’s personal data and keeps the counts', async () => {
    const id = await newFacilitator('Glemmes Olsen');
    const course = await plannedCourse(3, ['2027-02-02']);
    const enrolled = await gateway.run(ENROL, { input: { courseId: course.id, facilitatorId: id } }, vest);
    expect(enrolled.errors).toBeUndefined();
    const forgotten = (await gateway.run(FORGET, { id }, vest)).data!;
    expect(forgotten.forgetFacilitator).toMatchObject({
      name: 'Slettet igangsetter',
      email: null,
      phone: null,
      notes: null,
      consent: null,
    });
    expect(forgotten.forgetFacilitator.trainingHistory).toHaveLength(1);
    const after = await courseOf(course.id);
    expect(after.enrolledCount).toBe(1);
  });

  it('keeps other districts out, contact details to the own district, and refuses bad input', async () => {
    const now = gateway.clock.now;
    const { token: nord } = await createSignedInStaffUser(db, { districtId: 'nord' }, { now });
    const own = await newFacilitator('Synlig Vik');
    const asNord = await gateway.run(FACILITATOR_ID, { id: own }, nord);
    expect(asNord.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { token: national } = await createSignedInStaffUser(db, { role: 'NATIONAL' }, { now });
    const seen = await gateway.run(FACILITATOR_CONTACT, { id: own }, national);
    expect(seen.data?.facilitator).toEqual({ name: 'Synlig Vik', email: null });

    const backwards = await gateway.run(
      CREATE_COURSE,
      {
        course: {
          type: 'BASIC',
          title: 'Feil',
          locationText: 'Bergen',
          capacity: 10,
          trainerIds: [],
          sessions: [{ date: '2027-01-01', startTime: '18:00', endTime: '17:00' }],
        },
      },
      vest,
    );
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'course.sessions.0.endTime',
    });
    const noContact = await gateway.run(
      CREATE_FACILITATOR,
      {
        input: {
          ...facilitatorInput('Uten Kontakt'),
          facilitator: { name: 'Uten Kontakt', municipalityNumber: '4601' },
        },
      },
      vest,
    );
    expect(noContact.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.facilitator.email',
    });
    const noCapacity = await gateway.run(
      CREATE_COURSE,
      {
        course: {
          type: 'BASIC',
          title: 'Tomt',
          locationText: 'Bergen',
          capacity: 0,
          trainerIds: [],
          sessions: [session('2027-01-01')],
        },
      },
      vest,
    );
    expect(noCapacity.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'course.capacity' });
  });
});
