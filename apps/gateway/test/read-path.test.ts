import type { Database } from '@selvhjelp/db';
import { testBackends } from '@selvhjelp/db/testing';
import type { IntrospectionQuery } from 'graphql';
import { buildClientSchema, getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadHow, RecordKind } from '../src/kernel/read-path.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import { createPartner, dataOf } from './network-fixtures.js';
import type { SchemaField } from './read-path-schema.js';
import { fieldsReturning, readQueries, recordsIn } from './read-path-schema.js';

/** The GraphQL types that hold people's personal details, and the record kind the read hook is told. */
const PERSONAL: Record<string, RecordKind> = { Facilitator: 'facilitator', ContactPerson: 'contactPerson' };
const TARGETS = new Set(Object.keys(PERSONAL));

interface Read {
  kind: RecordKind;
  ids: readonly string[];
  how: ReadHow;
  via?: string;
}

const nameOf = (field: SchemaField) => `${field.parent}.${field.field}`;

/**
 * Paths only a mutation reaches, each with the mutation that hands the record out. Every
 * schema field returning a facilitator or a contact person that no query reaches must be here,
 * or the test fails: a new path gets a check before it ships.
 */
function mutationPaths(ids: {
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
  const versionOf = async (gateway: TestGateway, token: string, root: 'facilitator' | 'contactPerson', id: string) =>
    dataOf(
      await gateway.gql<Record<string, { version: number }>>(
        `query ($id: ID!) { ${root}(id: $id) { version } }`,
        { id },
        token,
      ),
    )[root]!.version;
  return {
    'Mutation.createFacilitator': async () => ({
      query: 'mutation ($input: CreateFacilitatorInput!) { createFacilitator(input: $input) { __typename id } }',
      variables: { input: { facilitator: facilitatorInput('Kari Nordmann'), consent } },
    }),
    'Mutation.updateFacilitator': async (gateway: TestGateway, token: string) => ({
      query: 'mutation ($input: UpdateFacilitatorInput!) { updateFacilitator(input: $input) { __typename id } }',
      variables: {
        input: {
          id: ids.facilitator(),
          version: await versionOf(gateway, token, 'facilitator', ids.facilitator()),
          facilitator: facilitatorInput('Kari Nordmann'),
        },
      },
    }),
    'Mutation.forgetFacilitator': async () => ({
      query: 'mutation ($id: ID!) { forgetFacilitator(id: $id) { __typename id } }',
      variables: { id: ids.facilitator() },
    }),
    'Mutation.addContact': async () => ({
      query: 'mutation ($input: AddContactInput!) { addContact(input: $input) { __typename id } }',
      variables: {
        input: {
          partnerId: ids.partner(),
          contact: { name: 'Ola Nordmann', email: 'ola@example.no' },
          role: 'Rådgiver',
          since: '2024-01-01',
        },
      },
    }),
    'Mutation.updateContact': async (gateway: TestGateway, token: string) => ({
      query: 'mutation ($input: UpdateContactInput!) { updateContact(input: $input) { __typename id } }',
      variables: {
        input: {
          id: ids.contact(),
          version: await versionOf(gateway, token, 'contactPerson', ids.contact()),
          contact: { name: 'Ola Nordmann', phone: '+47 913 45 678' },
        },
      },
    }),
    'Mutation.moveContact': async (gateway: TestGateway, token: string) => ({
      query: 'mutation ($input: MoveContactInput!) { moveContact(input: $input) { __typename id } }',
      variables: {
        input: {
          id: ids.contact(),
          version: await versionOf(gateway, token, 'contactPerson', ids.contact()),
          toPartnerId: null,
          date: '2026-06-01',
        },
      },
    }),
    'ChangeTrainingCourseStatusResult.completedFacilitators': async () => {
      const course = await ids.course();
      return {
        query:
          'mutation ($input: ChangeTrainingCourseStatusInput!) { changeTrainingCourseStatus(input: $input) { completedFacilitators { __typename id } } }',
        variables: { input: { id: course.id, version: course.version, status: 'COMPLETED' } },
      };
    },
  } satisfies Record<
    string,
    (gateway: TestGateway, token: string) => Promise<{ query: string; variables: Record<string, unknown> }>
  >;
}

describe.each(testBackends())('the read path on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let token: string;
  const reads: Read[] = [];

  beforeAll(async () => {
    db = await backend.open();
    gateway = await startTestGateway(db, {
      readHook: (_viewer, kind, ids, how, via) => void reads.push({ kind, ids, how, via }),
      // Routes through several lists at once cost more than a portal page may; what is checked here is the read path.
      limits: { cost: 10_000_000, depth: 20 },
    });
    token = await gateway.login('vest.leder@demo.selvhjelp.no');
    // A contact person who moved on leaves a former place (Partner.formerContacts, ContactPerson.history).
    const from = await createPartner(gateway, token, { name: 'DPS Bjørgvin', type: 'DPS' });
    const to = await createPartner(gateway, token, { name: 'Haukeland, psykiatrisk klinikk', type: 'HOSPITAL_UNIT' });
    const added = dataOf(
      await gateway.gql<{ addContact: { id: string; version: number } }>(
        'mutation ($input: AddContactInput!) { addContact(input: $input) { id version } }',
        {
          input: {
            partnerId: from.id,
            contact: { name: 'Per Pedersen', email: 'per@example.no' },
            role: 'Leder',
            since: '2024-01-01',
          },
        },
        token,
      ),
    ).addContact;
    dataOf(
      await gateway.gql(
        'mutation ($input: MoveContactInput!) { moveContact(input: $input) { id } }',
        { input: { id: added.id, version: added.version, toPartnerId: to.id, date: '2026-06-01' } },
        token,
      ),
    );
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  async function schema() {
    const introspection = dataOf(await gateway.gql<IntrospectionQuery>(getIntrospectionQuery(), {}, token));
    return buildClientSchema(introspection);
  }

  /** Runs one operation and checks that the hook was told of every personal record in the answer. */
  async function runChecked(label: string, query: string, variables: Record<string, unknown> = {}) {
    reads.length = 0;
    const response = await gateway.gql(query, variables, token);
    expect(response.errors, `${label}: ${JSON.stringify(response.errors)}`).toBeUndefined();
    const returned = recordsIn(response.data, TARGETS);
    const told = new Set(reads.flatMap((read) => read.ids.map((id) => `${read.kind}:${id}`)));
    const unseen = returned.filter((record) => !told.has(`${PERSONAL[record.type]}:${record.id}`));
    expect(unseen, `${label} returned records the read hook never saw`).toEqual([]);
    return returned;
  }

  it('tells the read hook of every facilitator and contact person any query path returns', async () => {
    const { queries } = readQueries(await schema(), TARGETS);
    const withRecords = new Set<string>();
    const seen = new Map<string, string>();
    // Paths without an argument first, so the root fields that need an id get one seen before.
    for (const query of [...queries.filter((q) => !q.needsId), ...queries.filter((q) => q.needsId)]) {
      const target = nameOf(query.target);
      const id = query.needsId ? seen.get(query.recordType) : undefined;
      const returned = await runChecked(query.path.join('.'), query.query(id));
      for (const record of returned) seen.set(record.type, record.id);
      if (returned.length) withRecords.add(target);
    }
    // Lists that depend on time (qualifications lapsing soon, facilitators idle for a year) fill
    // as the clock moves on; a session does not survive that, so log in again each step.
    const start = gateway.clock.now;
    for (let step = 1; step <= 24 && queries.some((query) => !withRecords.has(nameOf(query.target))); step++) {
      gateway.clock.advance(61 * 24 * 3_600_000);
      token = await gateway.login('vest.leder@demo.selvhjelp.no');
      for (const query of queries.filter((q) => !q.needsId && !withRecords.has(nameOf(q.target)))) {
        if ((await runChecked(query.path.join('.'), query.query())).length) withRecords.add(nameOf(query.target));
      }
    }
    gateway.clock.now = start;
    token = await gateway.login('vest.leder@demo.selvhjelp.no');
    const queried = [...new Set(queries.map((query) => nameOf(query.target)))];
    expect(
      queried.filter((target) => !withRecords.has(target)),
      'query paths that returned no record to check',
    ).toEqual([]);
    expect(queried.length).toBeGreaterThan(8);
  });

  it('tells the read hook of every facilitator and contact person a mutation returns', async () => {
    const built = await schema();
    const { unreached } = readQueries(built, TARGETS);
    let facilitatorId = '';
    let contactId = '';
    let partnerId = '';
    const paths = mutationPaths({
      facilitator: () => facilitatorId,
      contact: () => contactId,
      partner: () => partnerId,
      course: () => completableCourse(gateway, token),
    });
    expect(
      unreached.map(nameOf).filter((target) => !(target in paths)),
      'fields no query reaches and no mutation here checks',
    ).toEqual([]);
    partnerId = (await createPartner(gateway, token, { name: 'Frivilligsentralen Årstad', type: 'VOLUNTEER_CENTRE' }))
      .id;
    for (const [target, build] of Object.entries(paths)) {
      const { query, variables } = await build(gateway, token);
      const returned = await runChecked(target, query, variables);
      expect(returned.length, `${target} returned no record to check`).toBeGreaterThan(0);
      if (target === 'Mutation.createFacilitator') facilitatorId = returned[0]!.id;
      if (target === 'Mutation.addContact') contactId = returned[0]!.id;
    }
    expect(fieldsReturning(built, TARGETS).length).toBeGreaterThan(unreached.length);
  });

  it('redacts by the one table: only staff of the own district see the details of a facilitator or a contact person', async () => {
    const national = await gateway.login('nasjonal@demo.selvhjelp.no');
    const QUERY =
      '{ facilitators(first: 10) { edges { node { id email phone notes consent { text } } } } partners(first: 10) { edges { node { contacts { id email phone consentNote } } } } }';
    const own = dataOf(
      await gateway.gql<{ facilitators: { edges: { node: Record<string, unknown> }[] } }>(QUERY, {}, token),
    );
    expect(own.facilitators.edges.some(({ node }) => node['email'] !== null && node['consent'] !== null)).toBe(true);
    const theirs = dataOf(
      await gateway.gql<{
        facilitators: { edges: { node: Record<string, unknown> }[] };
        partners: { edges: { node: { contacts: Record<string, unknown>[] } }[] };
      }>(QUERY, {}, national),
    );
    for (const { node } of theirs.facilitators.edges)
      expect(node).toMatchObject({ email: null, phone: null, notes: null, consent: null });
    for (const contact of theirs.partners.edges.flatMap(({ node }) => node.contacts))
      expect(contact).toMatchObject({ email: null, phone: null, consentNote: null });
  });
});

/** A running course with one enrolled facilitator who attended every session, ready to complete. */
async function completableCourse(gateway: TestGateway, token: string): Promise<{ id: string; version: number }> {
  const gql = async <T>(query: string, variables: Record<string, unknown>) =>
    dataOf(await gateway.gql<T>(query, variables, token));
  const session = (date: string) => ({ date, startTime: '17:00', endTime: '20:00', place: 'Frivilligsentralen' });
  const course = (
    await gql<{ createTrainingCourse: { id: string; version: number } }>(
      'mutation ($course: TrainingCourseInput!) { createTrainingCourse(course: $course) { id version } }',
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
    )
  ).createTrainingCourse;
  const facilitator = (
    await gql<{ createFacilitator: { id: string } }>(
      'mutation ($input: CreateFacilitatorInput!) { createFacilitator(input: $input) { id } }',
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
    )
  ).createFacilitator;
  await gql('mutation ($input: EnrolInput!) { enrol(input: $input) { gotSeat } }', {
    input: { courseId: course.id, facilitatorId: facilitator.id },
  });
  let version = course.version;
  for (const status of ['OPEN', 'RUNNING']) {
    version = (
      await gql<{ changeTrainingCourseStatus: { course: { version: number } } }>(
        'mutation ($input: ChangeTrainingCourseStatusInput!) { changeTrainingCourseStatus(input: $input) { course { version } } }',
        { input: { id: course.id, version, status } },
      )
    ).changeTrainingCourseStatus.course.version;
  }
  const current = (
    await gql<{ trainingCourse: { version: number; sessions: { id: string }[]; enrolments: { id: string }[] } }>(
      'query ($id: ID!) { trainingCourse(id: $id) { version sessions { id } enrolments { id } } }',
      { id: course.id },
    )
  ).trainingCourse;
  const attendance = current.enrolments.flatMap((enrolment) =>
    current.sessions.map((s) => ({ enrolmentId: enrolment.id, sessionId: s.id, present: true })),
  );
  await gql(
    'mutation ($courseId: ID!, $attendance: [AttendanceInput!]!) { recordAttendance(courseId: $courseId, attendance: $attendance) { id } }',
    { courseId: course.id, attendance },
  );
  return { id: course.id, version: current.version };
}
