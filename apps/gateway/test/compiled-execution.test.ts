import type { Database } from '@selvhjelp/db';
import { testBackends } from '@selvhjelp/db/testing';
import { Kind, getOperationAST, parse, validate } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { typeDefs } from '@selvhjelp/graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTAL_QUERIES } from '../src/generated/portal-queries.js';
import { buildResolvers } from '../src/modules/index.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

// Decision 0039: the portal's own queries run compiled (graphql-jit), everything else on
// graphql-js. The portal's pages (e2e) run the compiled way; here, both ways must give the same
// answers, byte for byte, and only the portal's exact texts may take the compiled way.

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

interface Answer {
  status: number;
  body: string;
}

interface BothWays extends Answer {
  /** Which way the compiled gateway ran it. */
  ran: 'compiled' | 'standard';
}

const portalQuery = (name: string) => {
  const found = PORTAL_QUERIES.find((query) => query.operationName === name);
  if (!found) throw new Error(`${name} is not a portal query`);
  return found;
};

/** The query's variable definitions: name → whether one is required (`!` and no default). */
function variablesOf(query: string): Map<string, boolean> {
  const operation = parse(query).definitions[0];
  const variables = new Map<string, boolean>();
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return variables;
  for (const definition of operation.variableDefinitions ?? []) {
    variables.set(
      definition.variable.name.value,
      definition.type.kind === Kind.NON_NULL_TYPE && !definition.defaultValue,
    );
  }
  return variables;
}

const rootFields = (query: string) => getOperationAST(parse(query))?.selectionSet.selections.length ?? 0;

/** An answer's data and its errors without where they arose. */
function withoutPlaces(body: string) {
  const { data, errors } = JSON.parse(body) as { data?: unknown; errors?: Record<string, unknown>[] };
  return { data, errors: errors?.map(({ message, extensions }) => ({ message, extensions })) };
}

describe('compiling the portal queries', () => {
  it('compiles every portal query against the schema, after it validates', () => {
    const schema = makeExecutableSchema({ typeDefs, resolvers: buildResolvers() });
    expect(PORTAL_QUERIES.length).toBeGreaterThan(50);
    for (const { operationName, query } of PORTAL_QUERIES) {
      const document = parse(query);
      expect(validate(schema, document), operationName).toEqual([]);
      expect(isCompiledQuery(compileQuery(schema, document, operationName)), operationName).toBe(true);
    }
  });
});

describe.each(testBackends())('compiled execution on $name', (backend) => {
  let db: Database;
  let compiled: TestGateway;
  let standard: TestGateway;
  let admin: string;
  let staff: string;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    compiled = await startTestGateway(db);
    standard = await startTestGateway(db, { compiledExecution: false });
    standard.clock.now = compiled.clock.now;
    admin = await standard.login('admin@demo.selvhjelp.no');
    staff = await standard.login('vest.ansatt@demo.selvhjelp.no');
  });
  afterAll(async () => {
    await compiled?.close();
    await standard?.close();
    await db?.close();
  });

  async function send(gateway: TestGateway, query: string, variables: unknown, token?: string): Promise<Answer> {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'nb',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ operationName: getOperationAST(parse(query))?.name?.value, query, variables }),
    });
    return { status: response.status, body: await response.text() };
  }

  async function executions(gateway: TestGateway): Promise<{ compiled: number; standard: number }> {
    const text = await gateway.metrics.registry.getSingleMetricAsString('graphql_executions_total');
    const count = (kind: string) => Number(new RegExp(`executor="${kind}"} (\\d+)`).exec(text)?.[1] ?? 0);
    return { compiled: count('compiled'), standard: count('standard') };
  }

  /** Both gateways' answers to the same request, which must be the same bytes. */
  async function bothWays(query: string, variables: unknown, token?: string): Promise<BothWays> {
    const before = await executions(compiled);
    const fast = await send(compiled, query, variables, token);
    const after = await executions(compiled);
    const plain = await send(standard, query, variables, token);
    if (rootFields(query) === 1) expect(fast).toEqual(plain);
    else {
      // Root fields run side by side: when several fail, which failure nulls `data` first is a
      // race in either executor. The answer is otherwise the same.
      expect(fast.status).toBe(plain.status);
      expect(withoutPlaces(fast.body)).toEqual(withoutPlaces(plain.body));
    }
    return { ...fast, ran: after.compiled > before.compiled ? 'compiled' : 'standard' };
  }

  it('answers every portal query without required variables the same both ways, compiled', async () => {
    let ran = 0;
    for (const { operationName, query } of PORTAL_QUERIES) {
      if ([...variablesOf(query).values()].some(Boolean)) continue;
      const answer = await bothWays(query, {}, admin);
      expect(answer.status, operationName).toBeLessThan(500);
      expect(answer.ran, operationName).toBe('compiled');
      ran++;
    }
    expect(ran).toBeGreaterThan(25);
  });

  it('answers a missing record the same both ways, compiled, for every query of one id', async () => {
    let ran = 0;
    for (const { operationName, query } of PORTAL_QUERIES) {
      const variables = variablesOf(query);
      const required = [...variables].filter(([, isRequired]) => isRequired).map(([name]) => name);
      if (required.length !== 1 || required[0] !== 'id') continue;
      const answer = await bothWays(query, { id: MISSING_ID }, admin);
      // NOT_FOUND, a nullable field's null, or FORBIDDEN where the administrator may not look.
      expect(answer.body, operationName).toMatch(/"code":"(NOT_FOUND|FORBIDDEN)"|"data":\{"[A-Za-z]+":null/);
      expect(answer.ran, operationName).toBe('compiled');
      ran++;
    }
    expect(ran).toBeGreaterThan(20);
  });

  it('answers the public finder, the staff list and a group page the same both ways, with real records', async () => {
    const publicGroups = await bothWays(portalQuery('PublicGroups').query, {
      filter: { districtId: null, search: null },
      first: 20,
      after: null,
    });
    expect(JSON.parse(publicGroups.body).data.publicGroups.edges.length).toBe(20);

    const list = await bothWays(portalQuery('GroupList').query, { filter: { districtId: 'vest' }, first: 25 }, staff);
    const edges = JSON.parse(list.body).data.groups.edges as { node: { id: string } }[];
    expect(edges.length).toBeGreaterThan(5);
    const next = await bothWays(
      portalQuery('GroupList').query,
      { filter: { districtId: 'vest', search: 'sorg' }, first: 2, after: null },
      staff,
    );
    expect(next.status).toBe(200);

    const page = await bothWays(portalQuery('GroupPage').query, { id: edges[0]!.node.id }, staff);
    const slug = JSON.parse(page.body).data.group.slug as string;
    expect(slug).toBeTruthy();
    await bothWays(portalQuery('PublicGroup').query, { slug });
    // Another district's group answers NOT_FOUND, as a missing one does.
    const nord = await standard.login('nord.leder@demo.selvhjelp.no');
    const hidden = await bothWays(portalQuery('GroupPage').query, { id: edges[0]!.node.id }, nord);
    expect(hidden.body).toContain('NOT_FOUND');
  });

  it('answers the overview with and without its @include(if: $compare) part the same both ways', async () => {
    const { query } = portalQuery('NationalOverview');
    for (const compare of [true, false]) {
      const answer = await bothWays(query, { period: { from: '2025-01-01', to: '2025-12-31' }, compare }, admin);
      expect(answer.ran).toBe('compiled');
      expect('previousPeriod' in JSON.parse(answer.body).data.overview).toBe(compare);
    }
  });

  it('answers variables that do not hold with the same errors, from graphql-js', async () => {
    const query = portalQuery('GroupList').query;
    for (const variables of [{ first: 'many' }, { filter: { statuses: ['NOPE'] } }, { filter: { unknown: 1 } }]) {
      const answer = await bothWays(query, variables, staff);
      expect(answer.status).toBe(400);
      expect(answer.body).toContain('BAD_USER_INPUT');
      expect(answer.ran).toBe('standard');
    }
  });

  it('runs a query that differs from the portal text by one character on graphql-js', async () => {
    const { query } = portalQuery('PublicGroups');
    const before = await executions(compiled);
    const exact = await send(compiled, query, { first: 3 });
    const middle = await executions(compiled);
    const spaced = await send(compiled, `${query} `, { first: 3 });
    const after = await executions(compiled);
    expect(JSON.parse(spaced.body)).toEqual(JSON.parse(exact.body));
    expect(middle.compiled - before.compiled).toBe(1);
    expect(after.compiled - middle.compiled).toBe(0);
    expect(after.standard - middle.standard).toBe(1);
  });

  it('stops a compiled query past the request deadline with DEADLINE_EXCEEDED', async () => {
    const hurried = await startTestGateway(db, { limits: { deadlineMs: 1 } });
    try {
      const answer = await send(hurried, portalQuery('PublicGroups').query, { first: 20 });
      expect(answer.status).toBe(503);
      expect(JSON.parse(answer.body).errors[0].extensions).toMatchObject({ code: 'DEADLINE_EXCEEDED', limit: 1 });
      expect((await executions(hurried)).compiled).toBe(1);
    } finally {
      await hurried.close();
    }
  });

  it('runs mutations on graphql-js, and nothing compiled when compiled execution is off', async () => {
    const before = await executions(compiled);
    const answer = await send(
      compiled,
      'mutation { logout }',
      {},
      await standard.login('vest.leder@demo.selvhjelp.no'),
    );
    expect(answer.status).toBe(200);
    const after = await executions(compiled);
    expect(after.compiled).toBe(before.compiled);
    expect(after.standard).toBe(before.standard + 1);
    expect((await executions(standard)).compiled).toBe(0);
  });
});
