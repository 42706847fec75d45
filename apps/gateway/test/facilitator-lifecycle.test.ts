import type { Database } from '@selvhjelp/db';
import {
  completeTestCourse,
  createSignedInStaffUser,
  createTestFacilitator,
  testBackends,
} from '@selvhjelp/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { GroupStatus } from './generated/graphql.js';
import { groupInput } from './group-fixtures.js';
import type { TestGateway } from './harness.js';
import { useTestGateway } from './suite.js';
import {
  CREATE_COURSE,
  CREATE_FACILITATOR,
  ENROL,
  createCourseFacilitator,
  createPlannedCourse,
  facilitatorInput,
  readCourse,
  session,
} from './training-fixtures.js';

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

describe.each(testBackends())('facilitators: assignment, forgetting and district scope on $name', (backend) => {
  const suite = useTestGateway(backend, {
    at: '2026-11-22T10:00:00Z',
    users: { vest: { districtId: 'vest' } },
  });
  let db: Database;
  let gateway: TestGateway;
  let vest: string;
  beforeAll(() => {
    ({
      db,
      gateway,
      tokens: { vest },
    } = suite);
  });

  const newFacilitator = (name: string) => createCourseFacilitator(gateway, vest, name);
  const plannedCourse = (capacity: number, dates?: string[]) => createPlannedCourse(gateway, vest, capacity, dates);
  const courseOf = (id: string) => readCourse(gateway, vest, id);

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
