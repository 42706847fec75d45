import type { Database } from '@selvhjelp/db';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import { createSignedInStaffUser, testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

// The session cache as production runs it (default settings): two gateway processes on one
// database, as behind a load balancer. Revocation must reach both within a second.

const ME = graphql(`
  query SessionCacheMe {
    me {
      id
      name
    }
  }
`);

const LOGOUT = graphql(`
  mutation SessionCacheLogout {
    logout
  }
`);

const DEACTIVATE = graphql(`
  mutation SessionCacheDeactivate($input: DeactivateStaffUserInput!) {
    deactivateStaffUser(input: $input) {
      id
      active
    }
  }
`);

const WITHIN_MS = 1_000;

describe.each(testBackends())('the session cache on $name', (backend) => {
  let db: Database;
  let first: TestGateway;
  let second: TestGateway;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    first = await startTestGateway(db);
    second = await startTestGateway(db);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await db?.close();
  });

  async function signedIn(role: 'DISTRICT_STAFF' | 'ADMIN' = 'DISTRICT_STAFF') {
    return createSignedInStaffUser(db, role === 'ADMIN' ? { role } : { districtId: 'vest' }, {
      now: first.clock.now,
    });
  }

  /** Asks `gateway` until the token is refused; the time from `since` until then, in ms. */
  async function msUntilRefused(gateway: TestGateway, token: string, since: number): Promise<number> {
    for (;;) {
      const answer = await gateway.run(ME, {}, token);
      if (answer.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') return performance.now() - since;
      expect(answer.data?.me.id).toBeTruthy();
      if (performance.now() - since > 5 * WITHIN_MS) throw new Error('the session was never refused');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('is on, and answers a token from one lookup for the parallel calls of a page and the next requests', async () => {
    const { token } = await signedIn();
    const before = second.sessionCache.lookups;
    const answers = await Promise.all([1, 2, 3].map(() => second.run(ME, {}, token)));
    expect(answers.every((answer) => answer.data?.me.id)).toBe(true);
    await second.run(ME, {}, token);
    expect(second.sessionCache.lookups - before).toBe(1);
    // Operators see the same in the metrics.
    const metrics = await second.metrics.registry.metrics();
    expect(metrics).toMatch(/^session_lookups_total\{source="cache"\} [1-9]/m);
    expect(metrics).toMatch(/^session_lookups_total\{source="database"\} [1-9]/m);
  });

  it('a logout on one gateway stops the session on the other within a second', async () => {
    const { token } = await signedIn();
    expect((await second.run(ME, {}, token)).data?.me).toBeTruthy(); // now cached by the second
    const lookups = second.sessionCache.lookups;
    expect((await second.run(ME, {}, token)).data?.me).toBeTruthy();
    expect(second.sessionCache.lookups).toBe(lookups);

    expect((await first.run(LOGOUT, {}, token)).data?.logout).toBe(true);
    const since = performance.now();
    // The gateway that did the logout refuses at once: it read the epoch before answering.
    expect((await first.run(ME, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await msUntilRefused(second, token, since)).toBeLessThan(WITHIN_MS);
  });

  it('a deactivation ends the user’s cached sessions everywhere within a second', async () => {
    const admin = await signedIn('ADMIN');
    const target = await signedIn();
    expect((await first.run(ME, {}, target.token)).data?.me).toBeTruthy();
    expect((await second.run(ME, {}, target.token)).data?.me).toBeTruthy();

    const answer = await first.run(
      DEACTIVATE,
      { input: { id: target.user.id, version: target.user.version } },
      admin.token,
    );
    expect(answer.data?.deactivateStaffUser.active).toBe(false);
    const since = performance.now();
    expect((await first.run(ME, {}, target.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await msUntilRefused(second, target.token, since)).toBeLessThan(WITHIN_MS);
  });

  it('a session revoked behind the gateways’ backs (straight in the database) stops within a second', async () => {
    const { token, sessionId } = await signedIn();
    expect((await first.run(ME, {}, token)).data?.me).toBeTruthy();
    await db.repositories.sessions.revoke(NATIONAL_SCOPE, sessionId, new Date());
    const since = performance.now();
    expect(await msUntilRefused(first, token, since)).toBeLessThan(WITHIN_MS);
  });
});
