import type { Database } from '@selvhjelp/db';
import { testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import { partnerCount, partnerInput } from './network-fixtures.js';

// Untyped on purpose, like every document here: the input it carries is what the gateway must refuse.
const CREATE_PARTNER = 'mutation ($partner: PartnerInput!) { createPartner(partner: $partner) { id } }';

/** Every paged list, with the role that may read it. */
const LISTS = [
  {
    name: 'groups',
    query: 'query ($after: String) { groups(first: 2, after: $after) { edges { node { id } } } }',
    staff: true,
  },
  {
    name: 'partners',
    query: 'query ($after: String) { partners(first: 2, after: $after) { edges { node { id } } } }',
    staff: true,
  },
  {
    name: 'outreachActivities',
    query: 'query ($after: String) { outreachActivities(first: 2, after: $after) { edges { node { id } } } }',
    staff: true,
  },
  {
    name: 'facilitators',
    query: 'query ($after: String) { facilitators(first: 2, after: $after) { edges { node { id } } } }',
    staff: true,
  },
  {
    name: 'trainingCourses',
    query: 'query ($after: String) { trainingCourses(first: 2, after: $after) { edges { node { id } } } }',
    staff: true,
  },
  {
    name: 'staffUsers',
    query: 'query ($after: String) { staffUsers(first: 2, after: $after) { edges { node { id } } } }',
    staff: true,
  },
  {
    name: 'publicGroups',
    query: 'query ($after: String) { publicGroups(first: 2, after: $after) { edges { node { slug } } } }',
    staff: false,
  },
];

/** Cursors no list ever issued: not base64, not JSON, the wrong shape, and a NUL inside a valid shape. */
const BAD_CURSORS = [
  'not a cursor',
  Buffer.from('{"a":1').toString('base64url'),
  Buffer.from('[1,2,3,4,5]').toString('base64url'),
  Buffer.from(JSON.stringify(['name', 'ASC', 'a\u0000b', '00000000-0000-4000-8000-000000000000'])).toString(
    'base64url',
  ),
  Buffer.from(JSON.stringify(['a\u0000b', '00000000-0000-4000-8000-000000000000'])).toString('base64url'),
];

describe.each(testBackends())('input the database must never see, on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let lead: string;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db);
    lead = await gateway.login('vest.leder@demo.selvhjelp.no');
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  it('answers a cursor it never issued with BAD_USER_INPUT on `after`, for every list', async () => {
    for (const list of LISTS) {
      for (const after of BAD_CURSORS) {
        const result = await gateway.gql(list.query, { after }, list.staff ? lead : null);
        expect(result.errors?.[0]?.extensions, `${list.name} with ${after}`).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'after',
        });
      }
    }
    expect(gateway.logs.filter((entry) => entry.message === 'unexpected error')).toEqual([]);
  });

  it('refuses control characters in text, naming the field, and writes nothing', async () => {
    const before = await partnerCount(gateway, lead);
    const viaVariable = await gateway.gql(CREATE_PARTNER, { partner: partnerInput({ name: 'NAV\u0000 Fana' }) }, lead);
    expect(viaVariable.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'partner.name',
      reason: 'CONTROL_CHARACTERS',
    });
    const inList = await gateway.gql(
      CREATE_PARTNER,
      { partner: partnerInput({ workingDistrictIds: ['vest', 'nord\u0007'] }) },
      lead,
    );
    expect(inList.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'partner.workingDistrictIds.1',
    });
    const viaLiteral = await gateway.gql('mutation { login(email: "a\\u0000@b.no", password: "x") { token } }');
    expect(viaLiteral.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const loneSurrogate = await gateway.gql(CREATE_PARTNER, { partner: partnerInput({ name: 'Fana \ud800' }) }, lead);
    expect(loneSurrogate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partner.name' });
    expect(await partnerCount(gateway, lead)).toBe(before);
    // Tabs, line breaks and every other language's letters are text.
    const fine = await gateway.gql(
      CREATE_PARTNER,
      { partner: partnerInput({ name: 'Fana\tfrivilligsentral – ÆØÅ 😀' }) },
      lead,
    );
    expect(fine.errors).toBeUndefined();
  });
});

describe.each(testBackends())('a database outage during the session lookup on $name', (backend) => {
  it('answers 503 with a code, and logs it with the request id', async () => {
    const db = await backend.open({ seed: 'demo' });
    const gateway = await startTestGateway(db);
    try {
      const token = await gateway.login('vest.ansatt@demo.selvhjelp.no');
      await db.close();
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'x-request-id': 'outage-request-01',
        },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(response.status).toBe(503);
      const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      expect(body.errors[0]?.message).not.toMatch(/prisma|pglite|at \//i);
      expect(gateway.logs.find((entry) => entry.message === 'session lookup failed')?.fields).toMatchObject({
        requestId: 'outage-request-01',
      });
    } finally {
      await gateway.close();
      await db.close();
    }
  });
});
