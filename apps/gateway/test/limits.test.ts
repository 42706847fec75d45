import type { AddressInfo } from 'node:net';
import type { Database } from '@selvhjelp/db';
import { testBackends } from '@selvhjelp/db/testing';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestGateway } from './harness.js';
import { isAuthenticationStatement, startTestGateway } from './harness.js';

interface Answer {
  status: number;
  ms: number;
  statements: number;
  cacheControl: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

const CYCLIC =
  '{counties{municipalities{county{municipalities{county{municipalities{county{municipalities{name}}}}}}}}}';
const CYCLIC_DEEPER =
  '{counties{municipalities{county{municipalities{county{municipalities{county{municipalities{county{municipalities{name}}}}}}}}}}}';

/** partners → edges → node → contacts → partner → contacts … → id, `depth` fields deep. */
function partnerChain(depth: number): string {
  const fields = ['partners(first: 5)', 'edges', 'node'];
  while (fields.length < depth - 1) fields.push(fields.length % 2 === 1 ? 'contacts' : 'partner');
  return `{ ${fields.join(' { ')} { id ${' }'.repeat(fields.length)} }`;
}

describe.each(testBackends())('operation limits on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let production: TestGateway;
  let staffToken: string;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db);
    production = await startTestGateway(db, { introspection: false });
    staffToken = await gateway.login('vest.leder@demo.selvhjelp.no');
  });
  afterAll(async () => {
    await production?.close();
    await gateway?.close();
    await db?.close();
  });

  /** Posts a raw document; counts the SQL statements it caused beyond authentication (a refused one must cause none). */
  async function send(target: TestGateway, body: unknown, token: string | null = null): Promise<Answer> {
    let statements = 0;
    const stop = db.onQuery((event) => {
      if (!isAuthenticationStatement(event.sql)) statements++;
    });
    const started = performance.now();
    try {
      const response = await fetch(`${target.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      return {
        status: response.status,
        ms: performance.now() - started,
        statements,
        cacheControl: response.headers.get('cache-control'),
        body: (await response.json()) as Answer['body'],
      };
    } finally {
      stop();
    }
  }

  /** Refused before execution: nothing but authentication touched the database. */
  function expectRefused(answer: Answer, reason: string) {
    expect(answer.status).toBe(400);
    expect(answer.body.data ?? null).toBeNull();
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason });
    expect(answer.statements).toBe(0);
    expect(answer.cacheControl).toBe('no-store');
  }

  it('refuses the cyclic county/municipality query by its cost, and one level deeper by its depth, before any resolver runs', async () => {
    const cyclic = await send(gateway, { query: CYCLIC });
    expectRefused(cyclic, 'MAX_COST');
    expect(cyclic.body.errors?.[0]?.extensions).toMatchObject({ limit: 50_000 });
    expect(Number(cyclic.body.errors?.[0]?.extensions?.found)).toBeGreaterThan(1_000_000);
    expectRefused(await send(gateway, { query: CYCLIC_DEEPER }), 'MAX_DEPTH');
  });

  it('refuses the nested partner/contact chain at depth 16 for logged-in staff, saying by how much', async () => {
    const answer = await send(gateway, { query: partnerChain(16) }, staffToken);
    expectRefused(answer, 'MAX_DEPTH');
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ limit: 10, found: 16 });
    // The portal's own depth passes.
    const allowed = await send(
      gateway,
      { query: '{ partners(first: 5) { edges { node { contacts { partner { id } } } } } }' },
      staffToken,
    );
    expect(allowed.body.errors).toBeUndefined();
  });

  it('prices list fields by their page size, from literals and variables', async () => {
    const query =
      'query ($n: Int) { partners(first: $n) { edges { node { activities { partners { contacts { id } } } } } } }';
    expectRefused(await send(gateway, { query, variables: { n: 100 } }, staffToken), 'MAX_COST');
    const small = await send(gateway, { query, variables: { n: 5 } }, staffToken);
    expect(small.body.errors).toBeUndefined();
    // A price is remembered per document and the variables it depends on, never across them.
    expectRefused(await send(gateway, { query, variables: { n: 100 } }, staffToken), 'MAX_COST');
    expect((await send(gateway, { query, variables: { n: 5 } }, staffToken)).body.errors).toBeUndefined();
    const heavy = 'all: partners(first: 100) { edges { node { activities { partners { contacts { id } } } } } }';
    const conditional = `query ($all: Boolean!) { partners(first: 1) { totalCount } ...on Query @include(if: $all) { ${heavy} } }`;
    expect(
      (await send(gateway, { query: conditional, variables: { all: false } }, staffToken)).body.errors,
    ).toBeUndefined();
    expectRefused(await send(gateway, { query: conditional, variables: { all: true } }, staffToken), 'MAX_COST');
  });

  it('refuses 100 aliases of login without hashing a single password, and a second login alias too', async () => {
    const aliases = Array.from(
      { length: 100 },
      (_, i) => `l${i}: login(email: "vest.leder@demo.selvhjelp.no", password: "x") { token }`,
    );
    expectRefused(await send(gateway, { query: `mutation { ${aliases.join(' ')} }` }), 'MAX_ALIASES');
    const two = await send(gateway, {
      query:
        'mutation { a: login(email: "a@demo.selvhjelp.no", password: "x") { token } b: login(email: "b@demo.selvhjelp.no", password: "y") { token } }',
    });
    expectRefused(two, 'SINGLE_USE_FIELD');
    expect(two.body.errors?.[0]?.extensions).toMatchObject({ field: 'login', limit: 1, found: 2 });
    // Through a fragment on Mutation, too.
    const viaFragment = await send(gateway, {
      query:
        'mutation { ...L ...L } fragment L on Mutation { login(email: "a@demo.selvhjelp.no", password: "x") { token } }',
    });
    expect(viaFragment.status).toBe(400);
    expect(viaFragment.statements).toBe(0);
  });

  it('refuses 50,000 aliases of __typename and a 150k-token document: by body size, and by tokens while parsing', async () => {
    const aliases = `{ ${Array.from({ length: 50_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const tokens = `{ ${'__typename '.repeat(150_000)}}`;
    // Both are far over the 256 kB a request without a file may have.
    for (const query of [aliases, tokens]) {
      const answer = await send(gateway, { query });
      expect(answer.status).toBe(413);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
      expect(answer.statements).toBe(0);
    }
    // Within the body limit the parser stops at the token limit.
    expectRefused(await send(gateway, { query: `{ ${'__typename '.repeat(3_000)}}` }), 'MAX_TOKENS');
    // And with a body limit raised as far as the setting allows, the same documents stop there too.
    const roomy = await startTestGateway(db, {
      uploads: { graphqlMaxBodyBytes: 4 * 1024 * 1024, csvImportMaxBytes: 2 * 1024 * 1024 },
    });
    try {
      for (const query of [aliases, tokens]) {
        const answer = await send(roomy, { query });
        expectRefused(answer, 'MAX_TOKENS');
        expect(answer.body.errors?.[0]?.extensions).toMatchObject({ limit: 2_000 });
      }
    } finally {
      await roomy.close();
    }
  });

  it('refuses too many directives, also 2,000 of them', async () => {
    const some = Array.from({ length: 21 }, () => '@include(if: true)').join(' ');
    expectRefused(await send(gateway, { query: `{ __typename ${some} }` }), 'MAX_DIRECTIVES');
    const many = Array.from({ length: 2_000 }, () => '@include(if: true)').join(' ');
    const answer = await send(gateway, { query: `{ __typename ${many} }` });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('holds the limits through fragments and for an operation named __schema', async () => {
    const viaFragments =
      'query __schema { counties { ...A } } fragment A on County { municipalities { county { ...B } } } ' +
      'fragment B on County { municipalities { county { municipalities { county { municipalities { county { municipalities { name } } } } } } } }';
    expectRefused(await send(gateway, { query: viaFragments }), 'MAX_DEPTH');
    const aliasesInFragment = `{ ...F } fragment F on Query { ${Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expectRefused(await send(gateway, { query: aliasesInFragment }), 'MAX_ALIASES');
  });

  it('counts refused operations per limit in the metrics', async () => {
    await send(gateway, { query: CYCLIC_DEEPER });
    const text = await gateway.metrics.registry.metrics();
    expect(text).toMatch(/graphql_refused_operations_total\{limit="MAX_DEPTH"\} [1-9]/);
    expect(text).toMatch(/graphql_operations_total\{operation="\(anonymous\)",outcome="refused"\} [1-9]/);
  });

  it('in production: answers no introspection and suggests no field names', async () => {
    const schema = await send(production, { query: '{ __schema { types { name } } }' });
    expect(schema.status).toBe(400);
    expect(schema.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const misspelt = await send(production, { query: '{ countis { name } }' });
    expect(misspelt.status).toBe(400);
    expect(JSON.stringify(misspelt.body)).not.toMatch(/Did you mean|counties/);
    // Development keeps both, for the tools.
    expect((await send(gateway, { query: '{ __schema { queryType { name } } }' })).body.errors).toBeUndefined();
    expect((await send(gateway, { query: '{ countis { name } }' })).body.errors?.[0]?.message).toMatch(
      /Did you mean "counties"/,
    );
  });

  it('stops resolving past the request deadline and answers DEADLINE_EXCEEDED', async () => {
    const hurried = await startTestGateway(db, { limits: { deadlineMs: 1 } });
    try {
      const answer = await send(hurried, {
        query: '{ publicGroups(first: 25) { edges { node { name nextMeetings { start } } } } }',
      });
      expect(answer.status).toBe(503);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'DEADLINE_EXCEEDED', limit: 1 });
      expect(answer.cacheControl).toBe('no-store');
      // And the same request within the default deadline works.
      const inTime = await send(gateway, { query: '{ publicGroups(first: 5) { edges { node { name } } } }' });
      expect(inTime.body.errors).toBeUndefined();
      expect(inTime.cacheControl).toBe('no-store');
    } finally {
      await hurried.close();
    }
  });
});

describe.each(testBackends())('metrics on $name', (backend) => {
  it('serves Prometheus text with operations, latency, refusals and (on PostgreSQL) the pool', async () => {
    const db = await backend.open({ seed: 'demo' });
    const gateway = await startTestGateway(db);
    try {
      await gateway.gql('query Districts { districts { id } }');
      await gateway.gql('query Districts { districts { id } }');
      const app = express().get('/metrics', gateway.metrics.handler());
      const server = app.listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      try {
        const { port } = server.address() as AddressInfo;
        const response = await fetch(`http://127.0.0.1:${port}/metrics`);
        expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
        const text = await response.text();
        expect(text).toMatch(/graphql_operations_total\{operation="Districts",outcome="ok"\} 2/);
        expect(text).toMatch(/graphql_operation_duration_seconds_count\{operation="Districts"\} 2/);
        expect(text).toMatch(/http_request_duration_seconds_count\{route="\/graphql",method="POST",status="200"\} \d+/);
        expect(text).toMatch(/gateway_nodejs_eventloop_lag_seconds/);
        if (backend.name === 'postgresql') expect(text).toMatch(/db_pool_max_connections \d+/);
      } finally {
        server.close();
      }
    } finally {
      await gateway.close();
      await db.close();
    }
  });
});
