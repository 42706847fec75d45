import { testBackends } from '@selvhjelp/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { useTestGateway } from './suite.js';
import { ENROL, createCourseFacilitator, createPlannedCourse, readCourse } from './training-fixtures.js';

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

describe.each(testBackends())('courses and enrolments on $name', (backend) => {
  const suite = useTestGateway(backend, {
    at: '2026-11-22T10:00:00Z',
    users: { vest: { districtId: 'vest' } },
  });
  let gateway: TestGateway;
  let vest: string;
  beforeAll(() => {
    ({
      gateway,
      tokens: { vest },
    } = suite);
  });

  const newFacilitator = (name: string) => createCourseFacilitator(gateway, vest, name);
  const plannedCourse = (capacity: number, dates?: string[]) => createPlannedCourse(gateway, vest, capacity, dates);
  const courseOf = (id: string) => readCourse(gateway, vest, id);

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
});
