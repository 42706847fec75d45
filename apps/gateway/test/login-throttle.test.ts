import { randomUUID } from 'node:crypto';
import type { Database } from '@selvhjelp/db';
import { testBackends } from '@selvhjelp/db/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoginThrottle } from '../src/auth/login-throttle.js';
import { RedisLoginThrottle } from '../src/auth/redis-login-throttle.js';
import type { GraphQLResponse, TestGateway } from './harness.js';
import { DEMO_PASSWORD, startTestGateway } from './harness.js';

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
// Twenty demo accounts are not there; the rest are unknown addresses, which count alike.
const DEMO_ACCOUNTS = [
  'vest.ansatt',
  'vest.leder',
  'nord.ansatt',
  'nord.leder',
  'midt.ansatt',
  'midt.leder',
  'sor.ansatt',
  'sor.leder',
  'ost.ansatt',
  'ost.leder',
];
const accounts = (run: string) => [
  ...DEMO_ACCOUNTS.map((name) => `${name}@demo.selvhjelp.no`),
  ...Array.from({ length: 10 }, (_, index) => `spray${index}.${run}@demo.selvhjelp.no`),
];

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

    beforeAll(async () => {
      if (!store.available) return;
      db = await backend.open();
      state = store.make();
      // Two gateways on the same state stand for two processes behind a load balancer.
      first = await startTestGateway(db, { loginThrottle: state.throttle() });
      second = await startTestGateway(db, { loginThrottle: state.throttle() });
    });
    afterAll(async () => {
      await first?.close();
      await second?.close();
      await state?.close();
      await db?.close();
    });

    const login = (gateway: TestGateway, email: string, password: string, address: string) =>
      gateway.gql<{ login: { token: string } }>(LOGIN, { email, password }, null, { 'x-forwarded-for': address });
    const throttled = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.reason === 'LOGIN_THROTTLED';

    it.skipIf(!store.available)(
      'slows one password sprayed from one address across 20 accounts, not the owner elsewhere',
      async () => {
        const sprayer = '203.0.113.77';
        const results: GraphQLResponse[] = [];
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
        expect(throttled(await login(first, 'vest.ansatt@demo.selvhjelp.no', DEMO_PASSWORD, sprayer))).toBe(true);
        // …but the owner logs in from elsewhere, also from another address in the same IPv6 world.
        expect(
          (await login(second, 'vest.ansatt@demo.selvhjelp.no', DEMO_PASSWORD, '198.51.100.20')).data?.login.token,
        ).toBeTruthy();
      },
    );

    it.skipIf(!store.available)('does not let a stranger lock a colleague out from elsewhere', async () => {
      const stranger = '203.0.113.90';
      for (let attempt = 0; attempt < 7; attempt++)
        await login(first, 'nord.leder@demo.selvhjelp.no', `gjetning-${attempt}-x`, stranger);
      expect(throttled(await login(second, 'nord.leder@demo.selvhjelp.no', DEMO_PASSWORD, stranger))).toBe(true);
      expect(
        (await login(second, 'nord.leder@demo.selvhjelp.no', DEMO_PASSWORD, '198.51.100.21')).data?.login.token,
      ).toBeTruthy();
    });

    it.skipIf(!store.available)(
      'lets the address try again once the wait is over, twice as long each time',
      async () => {
        const address = '203.0.113.120';
        const email = `wait.${randomUUID().slice(0, 8)}@demo.selvhjelp.no`;
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
          `v6-${host}.${randomUUID().slice(0, 8)}@demo.selvhjelp.no`,
          'feil-passord-x',
          `2001:db8:77:1::${host.toString(16)}`,
        );
      }
      expect(
        throttled(await login(second, 'midt.leder@demo.selvhjelp.no', DEMO_PASSWORD, '2001:db8:77:1:ffff::1')),
      ).toBe(true);
      expect(
        (await login(second, 'midt.leder@demo.selvhjelp.no', DEMO_PASSWORD, '2001:db8:77:2::1')).data?.login.token,
      ).toBeTruthy();
    });
  });
});
