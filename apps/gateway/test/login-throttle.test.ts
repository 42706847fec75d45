import { randomUUID } from 'node:crypto';
import type { Database } from '@selvhjelp/db';
import type { TestStaffUserData } from '@selvhjelp/db/testing';
import { createTestStaffUser, testBackends } from '@selvhjelp/db/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoginThrottle } from '../src/auth/login-throttle.js';
import { RedisLoginThrottle } from '../src/auth/redis-login-throttle.js';
import { graphql } from './generated/index.js';
import type { TestGateway, TypedResponse } from './harness.js';
import { startTestGateway } from './harness.js';

const LOGIN = graphql(`
  mutation ThrottledLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);
const PASSWORD = 'et langt passord for testene';
// Ten accounts that exist, staff and lead of five districts; the spray adds ten unknown addresses, which count alike.
const KNOWN: TestStaffUserData[] = (['vest', 'nord', 'midt', 'sor', 'ost'] as const).flatMap((districtId) => [
  { districtId },
  { districtId, role: 'DISTRICT_LEAD' as const },
]);

const { TEST_REDIS_URL } = process.env;
interface ThrottleState {
  /** A throttle per gateway; undefined = the default, the database's login log. */
  throttle(): LoginThrottle | undefined;
  close(): Promise<void>;
}

const stores: { name: string; available: boolean; make(): ThrottleState }[] = [
  { name: 'database', available: true, make: () => ({ throttle: () => undefined, close: async () => {} }) },
  {
    name: 'redis',
    available: Boolean(TEST_REDIS_URL),
    make: () => {
      const clients: Redis[] = [];
      const prefix = `selvhjelp-test:${randomUUID()}`;
      return {
        // One client per gateway, as separate processes would have.
        throttle: () => {
          const client = new Redis(TEST_REDIS_URL!);
          clients.push(client);
          return new RedisLoginThrottle(client, prefix);
        },
        close: async () => {
          await Promise.all(clients.map((client) => client.quit()));
        },
      };
    },
  },
];

if (!TEST_REDIS_URL) {
  console.warn('login throttle on Redis: skipped, TEST_REDIS_URL is not set (for example redis://127.0.0.1:6379)');
}

describe.each(testBackends())('login throttling on $name', (backend) => {
  describe.each(stores)('with state in $name', (store) => {
    let db: Database;
    let first: TestGateway;
    let second: TestGateway;
    let state: ThrottleState | undefined;
    /** The emails of KNOWN, in order, each with PASSWORD. */
    let known: string[] = [];
    const accounts = (run: string) => [
      ...known,
      ...Array.from({ length: 10 }, (_, index) => `spray${index}.${run}@test.selvhjelp.no`),
    ];

    beforeAll(async () => {
      if (!store.available) return;
      db = await backend.open({ seed: 'demo' });
      state = store.make();
      // Two gateways on the same state stand for two processes behind a load balancer.
      first = await startTestGateway(db, { loginThrottle: state.throttle() });
      second = await startTestGateway(db, { loginThrottle: state.throttle() });
      known = [];
      for (const data of KNOWN) known.push((await createTestStaffUser(db, { ...data, password: PASSWORD })).email);
    });
    afterAll(async () => {
      await first?.close();
      await second?.close();
      await state?.close();
      await db?.close();
    });

    const login = (gateway: TestGateway, email: string, password: string, address: string) =>
      gateway.run(LOGIN, { email, password }, null, { 'x-forwarded-for': address });
    const throttled = (result: TypedResponse<unknown>) => result.errors?.[0]?.extensions?.reason === 'LOGIN_THROTTLED';

    it.skipIf(!store.available)(
      'slows one password sprayed from one address across 20 accounts, not the owner elsewhere',
      async () => {
        const sprayer = '203.0.113.77';
        const results: TypedResponse<unknown>[] = [];
        for (const [index, email] of accounts(randomUUID().slice(0, 8)).entries()) {
          // Alternating gateways: the count is shared, not per process.
          results.push(await login(index % 2 ? second : first, email, 'Sommer2026!', sprayer));
        }
        expect(results.slice(0, 10).some(throttled)).toBe(false);
        for (const result of results.slice(10)) {
          expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'LOGIN_THROTTLED' });
          expect(result.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
        }
        // Even the right password waits from the spraying address…
        const owner = known[0]!;
        expect(throttled(await login(first, owner, PASSWORD, sprayer))).toBe(true);
        // …but the owner logs in from elsewhere, also from another address in the same IPv6 world.
        expect((await login(second, owner, PASSWORD, '198.51.100.20')).data?.login.token).toBeTruthy();
      },
    );

    it.skipIf(!store.available)('does not let a stranger lock a colleague out from elsewhere', async () => {
      const stranger = '203.0.113.90';
      const colleague = known[3]!;
      for (let attempt = 0; attempt < 7; attempt++) await login(first, colleague, `gjetning-${attempt}-x`, stranger);
      expect(throttled(await login(second, colleague, PASSWORD, stranger))).toBe(true);
      expect((await login(second, colleague, PASSWORD, '198.51.100.21')).data?.login.token).toBeTruthy();
    });

    it.skipIf(!store.available)(
      'lets the address try again once the wait is over, twice as long each time',
      async () => {
        const address = '203.0.113.120';
        const email = `wait.${randomUUID().slice(0, 8)}@test.selvhjelp.no`;
        for (let attempt = 0; attempt < 5; attempt++) await login(first, email, 'feil-passord-x', address);
        expect((await login(second, email, 'feil-passord-x', address)).errors?.[0]?.extensions?.retryAfterSeconds).toBe(
          1,
        );
        // Redis keeps real time, the database the gateways' clocks: move both.
        await new Promise((resolve) => setTimeout(resolve, 1_100));
        first.clock.advance(1_100);
        second.clock.advance(1_100);
        const again = await login(first, email, 'feil-passord-x', address);
        expect(throttled(again)).toBe(false);
        expect((await login(second, email, 'feil-passord-x', address)).errors?.[0]?.extensions?.retryAfterSeconds).toBe(
          2,
        );
      },
    );

    it.skipIf(!store.available)('counts an IPv6 /64 as one client', async () => {
      for (let host = 1; host <= 10; host++) {
        await login(
          first,
          `v6-${host}.${randomUUID().slice(0, 8)}@test.selvhjelp.no`,
          'feil-passord-x',
          `2001:db8:77:1::${host.toString(16)}`,
        );
      }
      const lead = known[5]!;
      expect(throttled(await login(second, lead, PASSWORD, '2001:db8:77:1:ffff::1'))).toBe(true);
      expect((await login(second, lead, PASSWORD, '2001:db8:77:2::1')).data?.login.token).toBeTruthy();
    });
  });
});
