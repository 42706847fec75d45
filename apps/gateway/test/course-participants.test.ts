import type { Database } from '@selvhjelp/db';
import { testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

const CREATE_FACILITATOR = `mutation ($input: CreateFacilitatorInput!) { createFacilitator(input: $input) { id } }`;
const CREATE_COURSE = `mutation ($course: TrainingCourseInput!) { createTrainingCourse(course: $course) { id version sessions { id } } }`;
const ENROL = `mutation ($input: EnrolInput!) { enrol(input: $input) { enrolment { id status } } }`;
const STATUS = `mutation ($input: ChangeTrainingCourseStatusInput!) { changeTrainingCourseStatus(input: $input) { course { id version } completedFacilitators { id } } }`;
const ATTENDANCE = `mutation ($courseId: ID!, $attendance: [AttendanceInput!]!) { recordAttendance(courseId: $courseId, attendance: $attendance) { id } }`;
const CANCEL = `mutation ($id: ID!, $confirmed: CancelEnrolmentConfirmation) {
  cancelEnrolment(id: $id, confirmed: $confirmed) { enrolment { id status } promoted { id } course { enrolledCount waitingCount } } }`;
const EXCEPTION = `mutation ($input: ApproveAttendanceExceptionInput!) {
  approveAttendanceException(input: $input) { id attendanceException { reason approvedAt approvedBy { name } } } }`;
const COURSE = `query ($id: ID!) { trainingCourse(id: $id) { id version status
  enrolments { id status waitingPosition completed attendanceException { reason } facilitator { id } } } }`;

interface Course {
  id: string;
  version: number;
  sessions: { id: string }[];
}

describe.each(testBackends())('course participants on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let staff: string;
  let lead: string;

  beforeAll(async () => {
    db = await backend.open();
    gateway = await startTestGateway(db);
    gateway.clock.now = new Date('2026-11-22T10:00:00Z');
    staff = await gateway.login('vest.ansatt@demo.selvhjelp.no');
    lead = await gateway.login('vest.leder@demo.selvhjelp.no');
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  async function gql<T>(
    query: string,
    variables: Record<string, unknown> = {},
    token: string | null = staff,
  ): Promise<T> {
    const result = await gateway.gql<T>(query, variables, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  let people = 0;
  async function courseWith(capacity: number, participants: number) {
    const course = (
      await gql<{ createTrainingCourse: Course }>(CREATE_COURSE, {
        course: {
          type: 'BASIC',
          title: 'Igangsettertrening',
          locationText: 'Bergen',
          capacity,
          trainerIds: [],
          sessions: ['2026-11-24', '2026-12-01'].map((date) => ({
            date,
            startTime: '17:00',
            endTime: '20:00',
            place: null,
          })),
        },
      })
    ).createTrainingCourse;
    const enrolments: string[] = [];
    for (let index = 0; index < participants; index++) {
      people += 1;
      const facilitator = (
        await gql<{ createFacilitator: { id: string } }>(CREATE_FACILITATOR, {
          input: {
            facilitator: {
              name: `Deltaker ${people} Berg`,
              email: `deltaker.${people}.berg@example.no`,
              municipalityNumber: '4601',
              languages: ['nb'],
            },
            consent: {
              givenOn: '2026-11-01',
              text: 'Jeg samtykker i at Selvhjelp Vest lagrer navn og kontaktinformasjon.',
            },
          },
        })
      ).createFacilitator;
      enrolments.push(
        (
          await gql<{ enrol: { enrolment: { id: string } } }>(ENROL, {
            input: { courseId: course.id, facilitatorId: facilitator.id },
          })
        ).enrol.enrolment.id,
      );
    }
    return { course, enrolments };
  }

  it('cancels as confirmed, and refuses when someone else would now get the seat', async () => {
    const { course, enrolments } = await courseWith(2, 4);
    const [first, second, waitingFirst, waitingSecond] = enrolments;

    // The user confirmed that the first on the waiting list gets the seat, but that person left since.
    await gql(CANCEL, { id: waitingFirst });
    const stale = await gateway.gql(
      CANCEL,
      { id: first, confirmed: { courseVersion: course.version, promotedEnrolmentId: waitingFirst } },
      staff,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ENROLMENT_CANCEL_STALE' });
    const unchanged = (
      await gql<{ trainingCourse: { enrolments: { id: string; status: string }[] } }>(COURSE, { id: course.id })
    ).trainingCourse;
    expect(unchanged.enrolments.find((enrolment) => enrolment.id === first)?.status).toBe('ENROLLED');

    const done = await gql<{ cancelEnrolment: { enrolment: { status: string }; promoted: { id: string } | null } }>(
      CANCEL,
      {
        id: first,
        confirmed: { courseVersion: course.version, promotedEnrolmentId: waitingSecond },
      },
    );
    expect(done.cancelEnrolment).toMatchObject({ enrolment: { status: 'CANCELLED' }, promoted: { id: waitingSecond } });
    // Nobody waits any more: a confirmation that nobody gets the seat is what it is now.
    const last = await gql<{ cancelEnrolment: { promoted: { id: string } | null } }>(CANCEL, {
      id: second,
      confirmed: { courseVersion: course.version, promotedEnrolmentId: null },
    });
    expect(last.cancelEnrolment.promoted).toBeNull();
  });

  it('lets the lead approve an exception from full attendance, which completes the course; the waiting list closes', async () => {
    const { course, enrolments } = await courseWith(2, 3);
    const [full, missedOne, waiting] = enrolments;
    let version = course.version;
    for (const status of ['OPEN', 'RUNNING']) {
      version = (
        await gql<{ changeTrainingCourseStatus: { course: { version: number } } }>(STATUS, {
          input: { id: course.id, version, status },
        })
      ).changeTrainingCourseStatus.course.version;
    }
    const [one, two] = course.sessions;
    await gql(ATTENDANCE, {
      courseId: course.id,
      attendance: [
        { enrolmentId: full, sessionId: one!.id, present: true },
        { enrolmentId: full, sessionId: two!.id, present: true },
        { enrolmentId: missedOne, sessionId: one!.id, present: true },
        { enrolmentId: missedOne, sessionId: two!.id, present: false },
      ],
    });

    const reason = 'Syk på samling 2; gikk gjennom stoffet med kursholder.';
    const byStaff = await gateway.gql(EXCEPTION, { input: { enrolmentId: missedOne, reason } }, staff);
    expect(byStaff.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ATTENDANCE_EXCEPTION_LEAD_ONLY',
    });
    const noReason = await gateway.gql(EXCEPTION, { input: { enrolmentId: missedOne, reason: '  ' } }, lead);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ATTENDANCE_EXCEPTION_REASON_REQUIRED',
      field: 'input.reason',
    });
    const notNeeded = await gateway.gql(EXCEPTION, { input: { enrolmentId: full, reason } }, lead);
    expect(notNeeded.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ATTENDANCE_EXCEPTION_NOT_NEEDED',
    });

    const approved = await gql<{
      approveAttendanceException: {
        attendanceException: { reason: string; approvedAt: string; approvedBy: { name: string } };
      };
    }>(EXCEPTION, { input: { enrolmentId: missedOne, reason } }, lead);
    expect(approved.approveAttendanceException.attendanceException).toMatchObject({
      reason,
      approvedAt: '2026-11-22T10:00:00.000Z',
    });
    expect(approved.approveAttendanceException.attendanceException.approvedBy.name).toBeTruthy();

    const completed = await gql<{ changeTrainingCourseStatus: { completedFacilitators: { id: string }[] } }>(STATUS, {
      input: { id: course.id, version, status: 'COMPLETED' },
    });
    expect(completed.changeTrainingCourseStatus.completedFacilitators).toHaveLength(2);
    const after = (
      await gql<{
        trainingCourse: {
          enrolments: {
            id: string;
            status: string;
            waitingPosition: number | null;
            completed: boolean;
            attendanceException: { reason: string } | null;
          }[];
        };
      }>(COURSE, { id: course.id })
    ).trainingCourse;
    const byId = new Map(after.enrolments.map((enrolment) => [enrolment.id, enrolment]));
    expect(byId.get(missedOne!)).toMatchObject({
      status: 'ENROLLED',
      completed: true,
      attendanceException: { reason },
    });
    expect(byId.get(waiting!)).toMatchObject({
      status: 'WAITING_LIST_CLOSED',
      waitingPosition: null,
      completed: false,
    });
    // A closed course takes no exceptions any more.
    const late = await gateway.gql(EXCEPTION, { input: { enrolmentId: missedOne, reason } }, lead);
    expect(late.errors?.[0]?.extensions).toMatchObject({ reason: 'COURSE_CLOSED_FOR_CHANGES' });
  });
});
