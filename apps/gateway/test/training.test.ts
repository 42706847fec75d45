import type { Database } from '@selvhjelp/db';
import { testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP_FIELDS, groupInput } from './group-fixtures.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

const CREATE_FACILITATOR = `mutation ($input: CreateFacilitatorInput!) { createFacilitator(input: $input) { id name qualification { status } } }`;
const CREATE_COURSE = `mutation ($course: TrainingCourseInput!) { createTrainingCourse(course: $course) { id version sessions { id } } }`;
const ENROL = `mutation ($input: EnrolInput!) { enrol(input: $input) { gotSeat enrolment { id status waitingPosition facilitator { id } } course { enrolledCount waitingCount } } }`;
const STATUS = `mutation ($input: ChangeTrainingCourseStatusInput!) { changeTrainingCourseStatus(input: $input) {
  course { id version status enrolments { id status completed facilitator { id qualification { status } } } } completedFacilitators { id } } }`;
const COURSE = `query ($id: ID!) { trainingCourse(id: $id) { id version status enrolledCount waitingCount sessions { id }
  enrolments { id status waitingPosition completed attendedSessionIds facilitator { id name } } } }`;

interface Course {
  id: string;
  version: number;
  status: string;
  sessions: { id: string }[];
  enrolments: {
    id: string;
    status: string;
    waitingPosition: number | null;
    completed: boolean;
    facilitator: { id: string };
  }[];
}

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
    vest = await gateway.login('vest.ansatt@demo.selvhjelp.no');
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  async function gql<T>(
    query: string,
    variables: Record<string, unknown> = {},
    token: string | null = vest,
  ): Promise<T> {
    const result = await gateway.gql<T>(query, variables, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  const newFacilitator = async (name: string) =>
    (await gql<{ createFacilitator: { id: string } }>(CREATE_FACILITATOR, { input: facilitatorInput(name) }))
      .createFacilitator.id;

  async function plannedCourse(capacity: number, dates = ['2026-11-24', '2026-12-01', '2026-12-08']) {
    return (
      await gql<{ createTrainingCourse: Course }>(CREATE_COURSE, {
        course: {
          type: 'BASIC',
          title: 'Igangsettertrening vinter 2026',
          locationText: 'Bergen',
          capacity,
          trainerIds: [],
          sessions: dates.map(session),
        },
      })
    ).createTrainingCourse;
  }

  it('runs a basic course: 14 for 12 seats, a cancellation moves the first waiting up, 11 qualify', async () => {
    const course = await plannedCourse(12);
    const ids = [];
    for (let index = 0; index < 14; index++)
      ids.push(await newFacilitator(`Deltaker ${String.fromCharCode(65 + index)} Hansen`));
    const results = [];
    for (const facilitatorId of ids)
      results.push(
        (
          await gql<{ enrol: { gotSeat: boolean; enrolment: { id: string; waitingPosition: number | null } } }>(ENROL, {
            input: { courseId: course.id, facilitatorId },
          })
        ).enrol,
      );
    expect(results.map((result) => result.gotSeat)).toEqual([...Array(12).fill(true), false, false]);
    expect(results.slice(12).map((result) => result.enrolment.waitingPosition)).toEqual([1, 2]);

    const twice = await gateway.gql(ENROL, { input: { courseId: course.id, facilitatorId: ids[0] } }, vest);
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_ENROLLED',
      field: 'input.facilitatorId',
    });

    const cancelled = await gql<{
      cancelEnrolment: {
        promoted: { facilitator: { id: string } } | null;
        course: { enrolledCount: number; waitingCount: number };
      };
    }>(
      'mutation ($id: ID!) { cancelEnrolment(id: $id) { promoted { facilitator { id } } course { enrolledCount waitingCount } } }',
      { id: results[3]!.enrolment.id },
    );
    expect(cancelled.cancelEnrolment).toEqual({
      promoted: { facilitator: { id: ids[12] } },
      course: { enrolledCount: 12, waitingCount: 1 },
    });

    let current = (await gql<{ trainingCourse: Course }>(COURSE, { id: course.id })).trainingCourse;
    const seated = current.enrolments.filter((enrolment) => enrolment.status === 'ENROLLED');
    const missing = seated[5]!;
    const attendance = seated.flatMap((enrolment) =>
      current.sessions.map((s, index) => ({
        enrolmentId: enrolment.id,
        sessionId: s.id,
        present: !(enrolment.id === missing.id && index === 1),
      })),
    );
    for (const status of ['OPEN', 'RUNNING']) {
      current = (
        await gql<{ changeTrainingCourseStatus: { course: Course } }>(STATUS, {
          input: { id: current.id, version: current.version, status },
        })
      ).changeTrainingCourseStatus.course;
    }
    await gql(
      'mutation ($courseId: ID!, $attendance: [AttendanceInput!]!) { recordAttendance(courseId: $courseId, attendance: $attendance) { id } }',
      { courseId: course.id, attendance },
    );
    current = (await gql<{ trainingCourse: Course }>(COURSE, { id: course.id })).trainingCourse;
    const done = (
      await gql<{ changeTrainingCourseStatus: { course: Course; completedFacilitators: { id: string }[] } }>(STATUS, {
        input: { id: current.id, version: current.version, status: 'COMPLETED' },
      })
    ).changeTrainingCourseStatus;
    expect(done.completedFacilitators).toHaveLength(11);
    expect(done.completedFacilitators.map((f) => f.id)).not.toContain(missing.facilitator.id);
    const completed = done.course.enrolments.filter((enrolment) => enrolment.completed);
    expect(completed).toHaveLength(11);
    expect(
      completed.every(
        (enrolment) =>
          (enrolment.facilitator as unknown as { qualification: { status: string } }).qualification.status ===
          'QUALIFIED',
      ),
    ).toBe(true);
    const notCompleted = done.course.enrolments.find((enrolment) => enrolment.id === missing.id)!;
    expect(notCompleted).toMatchObject({ completed: false, facilitator: { qualification: { status: 'IN_TRAINING' } } });

    const cancelledCourse = await plannedCourse(5);
    await gql(STATUS, {
      input: {
        id: cancelledCourse.id,
        version: cancelledCourse.version,
        status: 'CANCELLED',
        reason: 'For få påmeldte',
      },
    });
    // The district calendar: completed courses leave it, cancelled ones stay marked so calendars drop them.
    const folded = (await gql<{ trainingCalendar: string }>('query { trainingCalendar }')).trainingCalendar;
    const calendar = folded.replace(/\r\n[ \t]/g, '');
    expect(calendar).toContain('X-WR-CALNAME:Kurskalender – Selvhjelp Vest');
    expect(calendar).not.toContain(`UID:course-${course.id}-`);
    expect(calendar).toContain(
      `UID:course-${cancelledCourse.id}-session-${cancelledCourse.sessions[0]!.id}@selvhjelp.no`,
    );
    const late = await gateway.gql(
      'mutation ($courseId: ID!, $attendance: [AttendanceInput!]!) { recordAttendance(courseId: $courseId, attendance: $attendance) { id } }',
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
      ids.map((facilitatorId) =>
        gateway.gql<{ enrol: { gotSeat: boolean; enrolment: { waitingPosition: number | null } } }>(
          ENROL,
          { input: { courseId: course.id, facilitatorId } },
          vest,
        ),
      ),
    );
    expect(results.every((result) => !result.errors)).toBe(true);
    expect(results.filter((result) => result.data!.enrol.gotSeat)).toHaveLength(10);
    const positions = results
      .map((result) => result.data!.enrol.enrolment.waitingPosition)
      .filter((position): position is number => position !== null);
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
    const course2 = (
      await gql<{
        trainingCourse: { enrolledCount: number; waitingCount: number; enrolments: { facilitator: { id: string } }[] };
      }>(COURSE, { id: course.id })
    ).trainingCourse;
    expect(course2).toMatchObject({ enrolledCount: 10, waitingCount: 40 });
    expect(new Set(course2.enrolments.map((enrolment) => enrolment.facilitator.id)).size).toBe(50);
  });

  it('assigns a qualified facilitator to a starting group and ends it when the group runs on its own', async () => {
    const facilitators = await gql<{ facilitators: { edges: { node: { id: string } }[] } }>(
      'query { facilitators(filter: { statuses: [QUALIFIED] }, first: 1) { edges { node { id } } } }',
    );
    const facilitatorId = facilitators.facilitators.edges[0]!.node.id;
    const lapsed = await gql<{ facilitators: { edges: { node: { id: string } }[] } }>(
      'query { facilitators(filter: { statuses: [LAPSED] }, first: 1) { edges { node { id } } } }',
    );

    let group = (
      await gql<{ createGroup: { id: string; version: number } }>(
        `mutation ($input: CreateGroupInput!) { createGroup(input: $input) { ${GROUP_FIELDS} } }`,
        { input: { group: groupInput({ name: 'Ny gruppe med igangsetter' }) } },
      )
    ).createGroup;
    const move = async (status: string) =>
      (group = (
        await gql<{ changeGroupStatus: { id: string; version: number } }>(
          'mutation ($input: ChangeGroupStatusInput!) { changeGroupStatus(input: $input) { id version } }',
          { input: { id: group.id, version: group.version, status, reason: 'Neste steg i oppstarten' } },
        )
      ).changeGroupStatus);
    const tooEarly = await gateway.gql(
      'mutation ($input: AssignFacilitatorInput!) { assignFacilitator(input: $input) { id } }',
      { input: { facilitatorId, groupId: group.id } },
      vest,
    );
    expect(tooEarly.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'GROUP_NOT_STARTING',
      field: 'input.groupId',
    });
    await move('STARTING');
    // The demo seed has lapsed facilitators in every district.
    const refused = await gateway.gql(
      'mutation ($input: AssignFacilitatorInput!) { assignFacilitator(input: $input) { id } }',
      { input: { facilitatorId: lapsed.facilitators.edges[0]!.node.id, groupId: group.id } },
      vest,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'FACILITATOR_NOT_QUALIFIED',
      params: { status: 'LAPSED' },
      field: 'input.facilitatorId',
    });
    await gql('mutation ($input: AssignFacilitatorInput!) { assignFacilitator(input: $input) { id toDate } }', {
      input: { facilitatorId, groupId: group.id },
    });
    await move('RUNNING');

    const page = await gql<{
      facilitator: {
        assignments: { group: { id: string }; fromDate: string; toDate: string | null }[];
        trainingHistory: { completedOn: string | null }[];
      };
    }>(
      `query { facilitator(id: "${facilitatorId}") { assignments { group { id } fromDate toDate } trainingHistory { completedOn } } }`,
    );
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
    await gql(ENROL, { input: { courseId: course.id, facilitatorId: id } });
    const forgotten = await gql<{
      forgetFacilitator: {
        name: string;
        email: string | null;
        phone: string | null;
        notes: string | null;
        consent: unknown;
        forgottenAt: string;
        trainingHistory: unknown[];
      };
    }>(
      `mutation { forgetFacilitator(id: "${id}") { name email phone notes consent { text } forgottenAt trainingHistory { enrolmentStatus } } }`,
    );
    expect(forgotten.forgetFacilitator).toMatchObject({
      name: 'Slettet igangsetter',
      email: null,
      phone: null,
      notes: null,
      consent: null,
    });
    expect(forgotten.forgetFacilitator.trainingHistory).toHaveLength(1);
    const after = (await gql<{ trainingCourse: { enrolledCount: number } }>(COURSE, { id: course.id })).trainingCourse;
    expect(after.enrolledCount).toBe(1);
  });

  it('keeps other districts out, contact details to the own district, and refuses bad input', async () => {
    const nord = await gateway.login('nord.ansatt@demo.selvhjelp.no');
    const own = await newFacilitator('Synlig Vik');
    const asNord = await gateway.gql(`query { facilitator(id: "${own}") { id } }`, {}, nord);
    expect(asNord.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const national = await gateway.login('nasjonal@demo.selvhjelp.no');
    const seen = await gql<{ facilitator: { name: string; email: string | null } }>(
      `query { facilitator(id: "${own}") { name email } }`,
      {},
      national,
    );
    expect(seen.facilitator).toEqual({ name: 'Synlig Vik', email: null });

    const backwards = await gateway.gql(
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
    const noContact = await gateway.gql(
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
    const noCapacity = await gateway.gql(
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
