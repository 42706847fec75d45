import type { Database } from '@selvhjelp/db';
import {
  createSignedInStaffUser,
  createTestContact,
  createTestFacilitator,
  createTestPartner,
  testBackends,
  testNewPeer,
} from '@selvhjelp/db/testing';
import type { IntrospectionQuery } from 'graphql';
import { buildClientSchema, getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadHow, RecordKind } from '../src/kernel/read-path.js';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import { dataOf } from './network-fixtures.js';
import type { Send } from './read-path-mutations.js';
import { MOVE_CONTACT, completableCourse, mutationPaths } from './read-path-mutations.js';
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

const DETAILS = graphql(`
  query ReadPathRedactedDetails {
    facilitators(first: 10) {
      edges {
        node {
          id
          email
          phone
          notes
          consent {
            text
          }
        }
      }
    }
    partners(first: 10) {
      edges {
        node {
          contacts {
            id
            email
            phone
            consentNote
          }
        }
      }
    }
  }
`);

describe.each(testBackends())('the read path on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let token: string;
  const reads: Read[] = [];

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db, {
      readHook: (_viewer, kind, ids, how, via) => void reads.push({ kind, ids, how, via }),
      // Routes through several lists at once cost more than a portal page may; what is checked here is the read path.
      limits: { cost: 10_000_000, depth: 20 },
    });
    token = await signInLead();
    // A contact person who moved on leaves a former place (Partner.formerContacts, ContactPerson.history).
    const from = await createTestPartner(db, { name: 'DPS Bjørgvin', type: 'DPS' });
    const to = await createTestPartner(db, { name: 'Haukeland, psykiatrisk klinikk', type: 'HOSPITAL_UNIT' });
    const added = await createTestContact(db, from.id, {
      name: 'Per Pedersen',
      email: 'per@example.no',
      role: 'Leder',
      since: '2024-01-01',
    });
    // A facilitator who is a volunteer peer too (VolunteerPeer.facilitator).
    const facilitator = await createTestFacilitator(db, { name: 'Ola Likeperson' });
    await db.repositories.volunteerPeers.create({ kind: 'national' }, testNewPeer({}, facilitator.id));
    dataOf(
      await gateway.run(
        MOVE_CONTACT,
        { input: { id: added.id, version: added.version, toPartnerId: to.id, date: '2026-06-01' } },
        token,
      ),
    );
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  /** A fresh lead of vest, signed in at the gateway's clock. */
  async function signInLead() {
    const lead = await createSignedInStaffUser(
      db,
      { role: 'DISTRICT_LEAD', districtId: 'vest' },
      { now: gateway.clock.now },
    );
    return lead.token;
  }

  async function schema() {
    const introspection = dataOf(await gateway.gql<IntrospectionQuery>(getIntrospectionQuery(), {}, token));
    return buildClientSchema(introspection);
  }

  /** Sends one request and checks that the hook was told of every personal record in the answer. */
  async function runChecked(label: string, send: Send) {
    reads.length = 0;
    const response = await send();
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
      const returned = await runChecked(query.path.join('.'), () => gateway.gql(query.query(id), {}, token));
      for (const record of returned) seen.set(record.type, record.id);
      if (returned.length) withRecords.add(target);
    }
    // Lists that depend on time (qualifications lapsing soon, facilitators idle for a year) fill
    // as the clock moves on; a session does not survive that, so a lead signs in afresh each step.
    const start = gateway.clock.now;
    for (let step = 1; step <= 24 && queries.some((query) => !withRecords.has(nameOf(query.target))); step++) {
      gateway.clock.advance(61 * 24 * 3_600_000);
      token = await signInLead();
      for (const query of queries.filter((q) => !q.needsId && !withRecords.has(nameOf(q.target)))) {
        const returned = await runChecked(query.path.join('.'), () => gateway.gql(query.query(), {}, token));
        if (returned.length) withRecords.add(nameOf(query.target));
      }
    }
    gateway.clock.now = start;
    token = await signInLead();
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
    partnerId = (await createTestPartner(db, { name: 'Frivilligsentralen Årstad', type: 'VOLUNTEER_CENTRE' })).id;
    for (const [target, prepare] of Object.entries(paths)) {
      const returned = await runChecked(target, await prepare(gateway, token));
      expect(returned.length, `${target} returned no record to check`).toBeGreaterThan(0);
      if (target === 'Mutation.createFacilitator') facilitatorId = returned[0]!.id;
      if (target === 'Mutation.addContact') contactId = returned[0]!.id;
    }
    expect(fieldsReturning(built, TARGETS).length).toBeGreaterThan(unreached.length);
  });

  it('redacts by the one table: only staff of the own district see the details of a facilitator or a contact person', async () => {
    const { token: national } = await createSignedInStaffUser(db, { role: 'NATIONAL' }, { now: gateway.clock.now });
    const own = dataOf(await gateway.run(DETAILS, {}, token));
    expect(own.facilitators.edges.some(({ node }) => node.email !== null && node.consent !== null)).toBe(true);
    const theirs = dataOf(await gateway.run(DETAILS, {}, national));
    for (const { node } of theirs.facilitators.edges)
      expect(node).toMatchObject({ email: null, phone: null, notes: null, consent: null });
    for (const contact of theirs.partners.edges.flatMap(({ node }) => node.contacts))
      expect(contact).toMatchObject({ email: null, phone: null, consentNote: null });
  });
});
