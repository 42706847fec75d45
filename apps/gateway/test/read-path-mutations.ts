import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { dataOf } from './network-fixtures.js';

// The read-path test's requests that only mutations make: the typed documents, the paths
// that hand out a facilitator or a contact person, and the course they complete.

/** One request whose answer the read hook is checked against. */
export type Send = () => Promise<{ data?: unknown; errors?: unknown[] }>;

const FACILITATOR_VERSION = graphql(`
  query ReadPathFacilitatorVersion($id: ID!) {
    facilitator(id: $id) {
      version
    }
  }
`);
const CONTACT_VERSION = graphql(`
  query ReadPathContactVersion($id: ID!) {
    contactPerson(id: $id) {
      version
    }
  }
`);
const CREATE_FACILITATOR = graphql(`
  mutation ReadPathCreateFacilitator($input: CreateFacilitatorInput!) {
    createFacilitator(input: $input) {
      __typename
      id
    }
  }
`);
const UPDATE_FACILITATOR = graphql(`
  mutation ReadPathUpdateFacilitator($input: UpdateFacilitatorInput!) {
    updateFacilitator(input: $input) {
      __typename
      id
    }
  }
`);
const FORGET_FACILITATOR = graphql(`
  mutation ReadPathForgetFacilitator($id: ID!) {
    forgetFacilitator(id: $id) {
      __typename
      id
    }
  }
`);
const ADD_CONTACT = graphql(`
  mutation ReadPathAddContact($input: AddContactInput!) {
    addContact(input: $input) {
      __typename
      id
    }
  }
`);
const UPDATE_CONTACT = graphql(`
  mutation ReadPathUpdateContact($input: UpdateContactInput!) {
    updateContact(input: $input) {
      __typename
      id
    }
  }
`);
export const MOVE_CONTACT = graphql(`
  mutation ReadPathMoveContact($input: MoveContactInput!) {
    moveContact(input: $input) {
      __typename
      id
    }
  }
`);
const COMPLETE_COURSE = graphql(`
  mutation ReadPathCompleteCourse($input: ChangeTrainingCourseStatusInput!) {
    changeTrainingCourseStatus(input: $input) {
      completedFacilitators {
        __typename
        id
      }
    }
  }
`);
const CREATE_COURSE = graphql(`
  mutation ReadPathCreateCourse($course: TrainingCourseInput!) {
    createTrainingCourse(course: $course) {
      id
      version
    }
  }
`);
const ENROL = graphql(`
  mutation ReadPathEnrol($input: EnrolInput!) {
    enrol(input: $input) {
      gotSeat
    }
  }
`);
const COURSE_STATUS = graphql(`
  mutation ReadPathCourseStatus($input: ChangeTrainingCourseStatusInput!) {
    changeTrainingCourseStatus(input: $input) {
      course {
        version
      }
    }
  }
`);
const COURSE = graphql(`
  query ReadPathCourse($id: ID!) {
    trainingCourse(id: $id) {
      version
      sessions {
        id
      }
      enrolments {
        id
      }
    }
  }
`);
const ATTENDANCE = graphql(`
  mutation ReadPathAttendance($courseId: ID!, $attendance: [AttendanceInput!]!) {
    recordAttendance(courseId: $courseId, attendance: $attendance) {
      id
    }
  }
`);

/**
 * Paths only a mutation reaches, each with the mutation that hands the record out. Every
 * schema field returning a facilitator or a contact person that no query reaches must be here,
 * or the test fails: a new path gets a check before it ships. Each entry prepares what the
 * mutation needs (a current version, a course to complete) and returns the request to check.
 */
export function mutationPaths(ids: {
  facilitator: () => string;
  contact: () => string;
  partner: () => string;
  course: () => Promise<{ id: string; version: number }>;
}) {
  const facilitatorInput = (name: string) => ({
    name,
    email: 'kari.nordmann@example.no',
    phone: '+47 912 34 567',
    municipalityNumber: '4601',
    languages: ['nb'],
  });
  const consent = { givenOn: '2026-01-01', text: 'Samtykker til lagring av kontaktinformasjon.' };
  const facilitatorVersion = async (gateway: TestGateway, token: string) =>
    dataOf(await gateway.run(FACILITATOR_VERSION, { id: ids.facilitator() }, token)).facilitator.version;
  const contactVersion = async (gateway: TestGateway, token: string) =>
    dataOf(await gateway.run(CONTACT_VERSION, { id: ids.contact() }, token)).contactPerson.version;
  return {
    'Mutation.createFacilitator': async (gateway: TestGateway, token: string): Promise<Send> => {
      const input = { facilitator: facilitatorInput('Kari Nordmann'), consent };
      return () => gateway.run(CREATE_FACILITATOR, { input }, token);
    },
    'Mutation.updateFacilitator': async (gateway: TestGateway, token: string): Promise<Send> => {
      const input = {
        id: ids.facilitator(),
        version: await facilitatorVersion(gateway, token),
        facilitator: facilitatorInput('Kari Nordmann'),
      };
      return () => gateway.run(UPDATE_FACILITATOR, { input }, token);
    },
    'Mutation.forgetFacilitator': async (gateway: TestGateway, token: string): Promise<Send> => {
      const id = ids.facilitator();
      return () => gateway.run(FORGET_FACILITATOR, { id }, token);
    },
    'Mutation.addContact': async (gateway: TestGateway, token: string): Promise<Send> => {
      const input = {
        partnerId: ids.partner(),
        contact: { name: 'Ola Nordmann', email: 'ola@example.no' },
        role: 'Rådgiver',
        since: '2024-01-01',
      };
      return () => gateway.run(ADD_CONTACT, { input }, token);
    },
    'Mutation.updateContact': async (gateway: TestGateway, token: string): Promise<Send> => {
      const input = {
        id: ids.contact(),
        version: await contactVersion(gateway, token),
        contact: { name: 'Ola Nordmann', phone: '+47 913 45 678' },
      };
      return () => gateway.run(UPDATE_CONTACT, { input }, token);
    },
    'Mutation.moveContact': async (gateway: TestGateway, token: string): Promise<Send> => {
      const input = {
        id: ids.contact(),
        version: await contactVersion(gateway, token),
        toPartnerId: null,
        date: '2026-06-01',
      };
      return () => gateway.run(MOVE_CONTACT, { input }, token);
    },
    'ChangeTrainingCourseStatusResult.completedFacilitators': async (
      gateway: TestGateway,
      token: string,
    ): Promise<Send> => {
      const course = await ids.course();
      const input = { id: course.id, version: course.version, status: 'COMPLETED' as const };
      return () => gateway.run(COMPLETE_COURSE, { input }, token);
    },
  } satisfies Record<string, (gateway: TestGateway, token: string) => Promise<Send>>;
}

/** A running course with one enrolled facilitator who attended every session, ready to complete. */
export async function completableCourse(gateway: TestGateway, token: string): Promise<{ id: string; version: number }> {
  const session = (date: string) => ({ date, startTime: '17:00', endTime: '20:00', place: 'Frivilligsentralen' });
  const course = dataOf(
    await gateway.run(
      CREATE_COURSE,
      {
        course: {
          type: 'BASIC',
          title: 'Igangsettertrening',
          locationText: 'Bergen',
          capacity: 5,
          trainerIds: [],
          sessions: ['2027-03-01', '2027-03-08'].map(session),
        },
      },
      token,
    ),
  ).createTrainingCourse;
  const facilitator = dataOf(
    await gateway.run(
      CREATE_FACILITATOR,
      {
        input: {
          facilitator: {
            name: 'Deltaker Hansen',
            email: 'deltaker@example.no',
            municipalityNumber: '4601',
            languages: ['nb'],
          },
          consent: { givenOn: '2026-01-01', text: 'Samtykker.' },
        },
      },
      token,
    ),
  ).createFacilitator;
  dataOf(await gateway.run(ENROL, { input: { courseId: course.id, facilitatorId: facilitator.id } }, token));
  let version = course.version;
  for (const status of ['OPEN', 'RUNNING'] as const) {
    version = dataOf(await gateway.run(COURSE_STATUS, { input: { id: course.id, version, status } }, token))
      .changeTrainingCourseStatus.course.version;
  }
  const current = dataOf(await gateway.run(COURSE, { id: course.id }, token)).trainingCourse;
  const attendance = current.enrolments.flatMap((enrolment) =>
    current.sessions.map((s) => ({ enrolmentId: enrolment.id, sessionId: s.id, present: true })),
  );
  dataOf(await gateway.run(ATTENDANCE, { courseId: course.id, attendance }, token));
  return { id: course.id, version: current.version };
}
