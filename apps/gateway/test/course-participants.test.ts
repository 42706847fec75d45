import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Database } from '@selvhjelp/db';
import { createSignedInStaffUser, testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

const CREATE_FACILITATOR = graphql(`
  mutation CreateParticipant($input: CreateFacilitatorInput!) {
    createFacilitator(input: $input) {
      id
    }
  }
`);
const CREATE_COURSE = graphql(`
  mutation CreateParticipantsCourse($course: TrainingCourseInput!) {
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
  mutation EnrolParticipant($input: EnrolInput!) {
    enrol(input: $input) {
      enrolment {
        id
        status
      }
    }
  }
`);
const STATUS = graphql(`
  mutation ChangeParticipantsCourseStatus($input: ChangeTrainingCourseStatusInput!) {
    changeTrainingCourseStatus(input: $input) {
      course {
        id
        version
      }
      completedFacilitators {
        id
      }
    }
  }
`);
const ATTENDANCE = graphql(`
  mutation RecordParticipantsAttendance($courseId: ID!, $attendance: [AttendanceInput!]!) {
    recordAttendance(courseId: $courseId, attendance: $attendance) {
      id
    }
  }
`);
const CANCEL = graphql(`
  mutation CancelParticipantEnrolment($id: ID!, $confirmed: CancelEnrolmentConfirmation) {
    cancelEnrolment(id: $id, confirmed: $confirmed) {
      enrolment {
        id
        status
      }
      promoted {
        id
      }
      course {
        enrolledCount
        waitingCount
      }
    }
  }
`);
const EXCEPTION = graphql(`
  mutation ApproveParticipantException($input: ApproveAttendanceExceptionInput!) {
    approveAttendanceException(input: $input) {
      id
      attendanceException {
        reason
        approvedAt
        approvedBy {
          name
        }
      }
    }
  }
`);
const COURSE = graphql(`
  query ParticipantsCourse($id: ID!) {
    trainingCourse(id: $id) {
      id
      version
      status
      enrolments {
        id
        status
        waitingPosition
        completed
        attendanceException {
          reason
        }
        facilitator {
          id
        }
      }
    }
  }
`);

describe.each(testBackends())('course participants on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let staff: string;
  let lead: string;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db);
    gateway.clock.now = new Date('2026-11-22T10:00:00Z');
    const now = gateway.clock.now;
    ({ token: staff } = await createSignedInStaffUser(db, { districtId: 'vest' }, { now }));
    ({ token: lead } = await createSignedInStaffUser(db, { role: 'DISTRICT_LEAD', districtId: 'vest' }, { now }));
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  async function gql<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    token: string | null = staff,
  ): Promise<TData> {
    const result = await gateway.run(document, variables, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  let people = 0;
  async function courseWith(capacity: number, participants: number) {
    const course = (
      await gql(CREATE_COURSE, {
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
        await gql(CREATE_FACILITATOR, {
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
          await gql(ENROL, {
            input: { courseId: course.id, facilitatorId: facilitator.id },
          })
        ).enrol.enrolment.id,
      );
    }
    return { course, enrolments };
  }

  it('cancels as confirmed, and refuses when someone else would now get the seat', async () => {
    const { course, enrolments } = await courseWith(2, 4);
    const [first, second, waitingFirst, waitingSecond] = enrolments as [string, string, string, string];

    // The user confirmed that the first on the waiting list gets the seat, but that person left since.
    await gql(CANCEL, { id: waitingFirst });
    const stale = await gateway.run(
      CANCEL,
      { id: first, confirmed: { courseVersion: course.version, promotedEnrolmentId: waitingFirst } },
      staff,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ENROLMENT_CANCEL_STALE' });
    const unchanged = (await gql(COURSE, { id: course.id })).trainingCourse;
    expect(unchanged.enrolments.find((enrolment) => enrolment.id === first)?.status).toBe('ENROLLED');

    const done = await gql(CANCEL, {
      id: first,
      confirmed: { courseVersion: course.version, promotedEnrolmentId: waitingSecond },
    });
    expect(done.cancelEnrolment).toMatchObject({ enrolment: { status: 'CANCELLED' }, promoted: { id: waitingSecond } });
    // Nobody waits any more: a confirmation that nobody gets the seat is what it is now.
    const last = await gql(CANCEL, {
      id: second,
      confirmed: { courseVersion: course.version, promotedEnrolmentId: null },
    });
    expect(last.cancelEnrolment.promoted).toBeNull();
  });

  it('lets the lead approve an exception from full attendance, which completes the course; the waiting list closes', async () => {
    const { course, enrolments } = await courseWith(2, 3);
    const [full, missedOne, waiting] = enrolments as [string, string, string];
    let version = course.version;
    for (const status of ['OPEN', 'RUNNING'] as const) {
      version = (
        await gql(STATUS, {
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
    const byStaff = await gateway.run(EXCEPTION, { input: { enrolmentId: missedOne, reason } }, staff);
    expect(byStaff.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ATTENDANCE_EXCEPTION_LEAD_ONLY',
    });
    const noReason = await gateway.run(EXCEPTION, { input: { enrolmentId: missedOne, reason: '  ' } }, lead);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ATTENDANCE_EXCEPTION_REASON_REQUIRED',
      field: 'input.reason',
    });
    const notNeeded = await gateway.run(EXCEPTION, { input: { enrolmentId: full, reason } }, lead);
    expect(notNeeded.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ATTENDANCE_EXCEPTION_NOT_NEEDED',
    });

    const approved = await gql(EXCEPTION, { input: { enrolmentId: missedOne, reason } }, lead);
    expect(approved.approveAttendanceException.attendanceException).toMatchObject({
      reason,
      approvedAt: '2026-11-22T10:00:00.000Z',
    });
    expect(approved.approveAttendanceException.attendanceException?.approvedBy?.name).toBeTruthy();

    const completed = await gql(STATUS, {
      input: { id: course.id, version, status: 'COMPLETED' },
    });
    expect(completed.changeTrainingCourseStatus.completedFacilitators).toHaveLength(2);
    const after = (await gql(COURSE, { id: course.id })).trainingCourse;
    const byId = new Map(after.enrolments.map((enrolment) => [enrolment.id, enrolment]));
    expect(byId.get(missedOne)).toMatchObject({
      status: 'ENROLLED',
      completed: true,
      attendanceException: { reason },
    });
    expect(byId.get(waiting)).toMatchObject({
      status: 'WAITING_LIST_CLOSED',
      waitingPosition: null,
      completed: false,
    });
    // A closed course takes no exceptions any more.
    const late = await gateway.run(EXCEPTION, { input: { enrolmentId: missedOne, reason } }, lead);
    expect(late.errors?.[0]?.extensions).toMatchObject({ reason: 'COURSE_CLOSED_FOR_CHANGES' });
  });
});
