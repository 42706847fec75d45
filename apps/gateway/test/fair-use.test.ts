import { randomUUID } from 'node:crypto';
import type { Database } from '@selvhjelp/db';
import { countQueries } from '@selvhjelp/db';
import { testBackends } from '@selvhjelp/db/testing';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetStore } from '../src/modules/fair-use/budget-store.js';
import { RedisBudgetStore } from '../src/modules/fair-use/budget-store.js';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

// Issue 14, acceptance 3 (decision 0034): a client past its budget gets 429 with Retry-After, and
// the budget holds across two gateway processes (here: two gateways on one database, or on one
// Redis). Budgets are tiny and refill slowly, so no assertion depends on timing.

const CREATE = graphql(`
  mutation FairUseCreateClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      key
      client {
        id
      }
    }
  }
`);

const USAGE = graphql(`
  query FairUseUsage($id: ID!, $days: Int) {
    apiClient(id: $id) {
      usage(days: $days) {
        days
        totals {
          requests
          rateLimited
          errors
          pointsSpent
        }
        perDay {
          day
          counts {
            requests
          }
        }
        perOperation {
          operationName
          counts {
            requests
            rateLimited
            errors
            pointsSpent
          }
        }
      }
    }
  }
`);

const RATE_LIMIT = 'query Budget { rateLimit { limit cost remaining restoreRate resetAt } }';
// A page of 5 groups costs 5 (operationCost: the page size times the object).
const FIVE_GROUPS = 'query FiveGroups { groups(first: 5) { totalCount } }';

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: { cost?: { requestedQueryCost: number; throttleStatus: Record<string, number> } };
  };
}

async function post(gateway: TestGateway, query: string, token: string, locale = 'nb'): Promise<Answer> {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': locale },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

const { TEST_REDIS_URL } = process.env;
if (!TEST_REDIS_URL)
  console.warn('fair use on Redis: skipped, TEST_REDIS_URL is not set (for example redis://127.0.0.1:6379)');

interface StoreUnderTest {
  name: string;
  available: boolean;
  /** A store per gateway, as separate processes would have; undefined = the database (the default). */
  make(): { store(): BudgetStore | undefined; close(): Promise<void> };
}

const stores: StoreUnderTest[] = [
  { name: 'database', available: true, make: () => ({ store: () => undefined, close: async () => {} }) },
  {
    name: 'redis',
    available: Boolean(TEST_REDIS_URL),
    make: () => {
      const clients: Redis[] = [];
      const prefix = `selvhjelp-test:budget:${randomUUID()}`;
      return {
        store: () => {
          const client = new Redis(TEST_REDIS_URL!);
          clients.push(client);
          return new RedisBudgetStore(client, prefix);
        },
        close: async () => {
          await Promise.all(clients.map((client) => client.quit()));
        },
      };
    },
  },
];

describe.each(testBackends())('fair use on $name', (backend) => {
  describe.each(stores)('with budgets in $name', (storeUnderTest) => {
    let db: Database;
    let state: ReturnType<StoreUnderTest['make']> | undefined;
    let first: TestGateway;
    let second: TestGateway;
    let quick: TestGateway;
    let admin: string;

    beforeAll(async () => {
      if (!storeUnderTest.available) return;
      db = await backend.open({ seed: 'demo' });
      state = storeUnderTest.make();
      // 30 points that come back one every 100 s: nothing refills while a test runs.
      const still = { capacity: 30, restoreRate: 0.01, mutationCost: 10 };
      first = await startTestGateway(db, { fairUse: { ...still, store: state.store() } });
      second = await startTestGateway(db, { fairUse: { ...still, store: state.store() } });
      // 3 points, one a second: empty after three quick calls, full again within seconds.
      quick = await startTestGateway(db, { fairUse: { capacity: 3, restoreRate: 1, store: state.store() } });
      admin = await first.login('admin@demo.selvhjelp.no');
    });
    afterAll(async () => {
      await first?.close();
      await second?.close();
      await quick?.close();
      await state?.close();
      await db?.close();
    });

    async function client(): Promise<{ key: string; id: string }> {
      const answer = await first.run(
        CREATE,
        {
          input: {
            name: `NAV Bergen ${randomUUID().slice(0, 8)}`,
            contactName: 'Kari Nordmann',
            contactEmail: 'kari.nordmann@nav.example',
            scopes: ['GROUPS_READ'],
            districtIds: ['vest'],
          },
        },
        admin,
      );
      expect(answer.errors).toBeUndefined();
      const created = answer.data!.createApiClient;
      return { key: created.key, id: created.client.id };
    }

    it.skipIf(!storeUnderTest.available)(
      'acceptance 3: the budget is shared by two gateways, and past it the answer is 429 with Retry-After',
      async () => {
        const { key } = await client();
        const one = await post(first, FIVE_GROUPS, key);
        expect(one.status).toBe(200);
        expect(one.body.errors).toBeUndefined();
        expect(one.body.extensions?.cost).toEqual({
          requestedQueryCost: 5,
          throttleStatus: { maximumAvailable: 30, currentlyAvailable: 25, restoreRate: 0.01 },
        });
        expect(one.headers.get('x-ratelimit-remaining')).toBe('25');
        // Spent alternately on both gateways: 25 → 20 → 15 → 10 → 5 → 0.
        for (const [index, expected] of [20, 15, 10, 5, 0].entries()) {
          const answer = await post(index % 2 ? first : second, FIVE_GROUPS, key);
          expect(answer.status, `call ${index + 2}`).toBe(200);
          expect(answer.body.extensions?.cost?.throttleStatus.currentlyAvailable).toBe(expected);
        }
        for (const gateway of [first, second]) {
          const refused = await post(gateway, FIVE_GROUPS, key, 'en');
          expect(refused.status).toBe(429);
          // 5 points at 0.01 a second: 500 s.
          expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(499);
          expect(refused.body.data ?? null).toBeNull();
          const error = refused.body.errors?.[0];
          expect(error?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'API_RATE_LIMITED' });
          expect(error?.message).toMatch(/^The API client has used up its budget\. Wait \d+ seconds/);
          expect(error?.extensions?.cost).toMatchObject({
            requestedQueryCost: 5,
            throttleStatus: { maximumAvailable: 30, currentlyAvailable: 0 },
          });
          expect(refused.body.extensions?.cost?.throttleStatus.currentlyAvailable).toBe(0);
        }
        // Another client's budget is its own.
        const other = await client();
        expect((await post(second, FIVE_GROUPS, other.key)).status).toBe(200);
      },
    );

    it.skipIf(!storeUnderTest.available)('a refused operation runs nothing', async () => {
      const { key } = await client();
      for (let spent = 0; spent < 30; spent += 10) {
        expect((await post(first, 'mutation { revokeApiClient(id: "x") { id } }', key)).status).toBe(200);
      }
      const groupReads = (statements: string[]) => statements.filter((sql) => /self_help_group/.test(sql));
      const counted = await countQueries(db, () => post(second, FIVE_GROUPS, key));
      expect(counted.result.status).toBe(429);
      expect(groupReads(counted.statements)).toEqual([]);
      // The same operation within a budget does read the groups.
      const allowed = await countQueries(db, async () => post(second, FIVE_GROUPS, (await client()).key));
      expect(allowed.result.status).toBe(200);
      expect(groupReads(allowed.statements).length).toBeGreaterThan(0);
    });

    it.skipIf(!storeUnderTest.available)(
      'prices a mutation at 10 and refuses an operation that could never fit the budget',
      async () => {
        const { key } = await client();
        const mutation = await post(first, 'mutation M { revokeApiClient(id: "x") { id } }', key);
        expect(mutation.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(mutation.body.extensions?.cost?.throttleStatus.currentlyAvailable).toBe(20);
        const huge = await post(first, 'query Huge { groups(first: 40) { totalCount } }', key);
        expect(huge.status).toBe(400);
        expect(huge.body.errors?.[0]?.extensions).toMatchObject({
          code: 'QUERY_TOO_COMPLEX',
          reason: 'MAX_COST',
          limit: 30,
          found: 40,
        });
      },
    );

    it.skipIf(!storeUnderTest.available)('answers rateLimit like GitHub, and leaves staff unbudgeted', async () => {
      const { key } = await client();
      const answer = await post(second, RATE_LIMIT, key);
      expect(answer.body.errors).toBeUndefined();
      const rateLimit = answer.body.data?.rateLimit as Record<string, unknown>;
      expect(rateLimit).toMatchObject({ limit: 30, cost: 1, remaining: 29, restoreRate: 0.01 });
      expect(Date.parse(rateLimit.resetAt as string)).toBeGreaterThan(second.clock.now.getTime());

      const staff = await post(first, RATE_LIMIT, admin);
      expect(staff.body.data?.rateLimit).toBeNull();
      expect(staff.body.extensions?.cost).toBeUndefined();
      expect(staff.headers.get('x-ratelimit-limit')).toBeNull();
    });

    it.skipIf(!storeUnderTest.available)(
      'refills: a refused client gets through again once points are back',
      async () => {
        const { key } = await client();
        let refused: Answer | undefined;
        for (let attempt = 0; attempt < 20 && !refused; attempt++) {
          const answer = await post(quick, RATE_LIMIT, key);
          if (answer.status === 429) refused = answer;
        }
        expect(refused?.headers.get('retry-after')).toBe('1');
        let again: Answer | undefined;
        for (let attempt = 0; attempt < 100 && again?.status !== 200; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          again = await post(quick, RATE_LIMIT, key);
        }
        expect(again?.status).toBe(200);
      },
    );

    it.skipIf(!storeUnderTest.available)(
      "keeps a usage log (no variables, no query text) and shows it on the client, in its district's scope",
      async () => {
        const { key, id } = await client();
        expect((await post(first, FIVE_GROUPS, key)).status).toBe(200);
        expect((await post(second, FIVE_GROUPS, key)).status).toBe(200);
        // Forbidden for a client: it runs, and answers an error.
        expect((await post(first, 'query Secret { inquiries(first: 1) { totalCount } }', key)).status).toBe(200);
        expect((await post(first, '{ noSuchField }', key)).status).toBe(400);
        expect((await post(second, 'mutation Spend { revokeApiClient(id: "x") { id } }', key)).status).toBe(200);
        // 30 − 5 − 5 − 1 − 10 = 9: one more page, then refused.
        expect((await post(first, FIVE_GROUPS, key)).status).toBe(200);
        expect((await post(first, FIVE_GROUPS, key)).status).toBe(429);
        await Promise.all([first.fairUse.usageLog.flush(), second.fairUse.usageLog.flush()]);

        const usage = await first.run(USAGE, { id }, admin);
        expect(usage.errors).toBeUndefined();
        const summary = usage.data!.apiClient.usage;
        expect(summary.days).toBe(30);
        expect(summary.totals).toEqual({ requests: 7, rateLimited: 1, errors: 3, pointsSpent: 26 });
        expect(summary.perDay).toHaveLength(1);
        expect(summary.perDay[0]?.counts.requests).toBe(7);
        expect(summary.perOperation).toEqual([
          { operationName: 'FiveGroups', counts: { requests: 4, rateLimited: 1, errors: 0, pointsSpent: 15 } },
          { operationName: 'Spend', counts: { requests: 1, rateLimited: 0, errors: 1, pointsSpent: 10 } },
          { operationName: 'Secret', counts: { requests: 1, rateLimited: 0, errors: 1, pointsSpent: 1 } },
          { operationName: null, counts: { requests: 1, rateLimited: 0, errors: 1, pointsSpent: 0 } },
        ]);
        // Nothing of the request itself is kept: no query text, no variables, no address.

        const nordLead = await first.login('nord.leder@demo.selvhjelp.no', undefined, { districtId: 'nord' });
        expect((await first.run(USAGE, { id }, nordLead)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        const vestLead = await first.login('vest.leder@demo.selvhjelp.no', undefined, { districtId: 'vest' });
        expect((await first.run(USAGE, { id, days: 7 }, vestLead)).data?.apiClient.usage.totals.requests).toBe(7);
        expect((await first.run(USAGE, { id, days: 0 }, admin)).errors?.[0]?.extensions?.reason).toBe(
          'API_USAGE_DAYS_RANGE',
        );
      },
    );
  });
});

describe.each(testBackends())('the usage log on $name', (backend) => {
  it('is written at a normal stop, with nothing left in the buffer', async () => {
    const db = await backend.open({ seed: 'demo' });
    try {
      const gateway = await startTestGateway(db);
      const admin = await gateway.login('admin@demo.selvhjelp.no');
      const created = await gateway.run(
        CREATE,
        {
          input: {
            name: 'Bergen kommune',
            contactName: 'Ola Nordmann',
            contactEmail: 'ola@bergen.example',
            scopes: ['GROUPS_READ'],
            districtIds: ['vest'],
          },
        },
        admin,
      );
      const { key, client } = created.data!.createApiClient;
      expect((await post(gateway, FIVE_GROUPS, key)).status).toBe(200);
      await gateway.close();
      const rows = await db.repositories.apiUsage.summaries(
        NATIONAL_SCOPE,
        [client.id],
        new Date(Date.now() - 3600_000),
      );
      expect(rows.get(client.id)?.requests).toBe(1);
    } finally {
      await db.close();
    }
  });
});
