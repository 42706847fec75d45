import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';

export const CREATE_FACILITATOR = graphql(`
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
export const CREATE_COURSE = graphql(`
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
export const ENROL = graphql(`
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
export const COURSE = graphql(`
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

export const session = (date: string) => ({ date, startTime: '17:00', endTime: '20:00', place: 'Frivilligsentralen' });

export function facilitatorInput(name: string, municipalityNumber = '4601') {
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

/** A facilitator of Vest (Bergen by default), made through the gateway; returns its id. */
export async function createCourseFacilitator(gateway: TestGateway, token: string, name: string): Promise<string> {
  const result = await gateway.run(CREATE_FACILITATOR, { input: facilitatorInput(name) }, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createFacilitator.id;
}

/** A planned basic course in Bergen with `capacity` seats and a session on each date. */
export async function createPlannedCourse(
  gateway: TestGateway,
  token: string,
  capacity: number,
  dates = ['2026-11-24', '2026-12-01', '2026-12-08'],
) {
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
    token,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createTrainingCourse;
}

export async function readCourse(gateway: TestGateway, token: string, id: string) {
  const result = await gateway.run(COURSE, { id }, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.trainingCourse;
}
