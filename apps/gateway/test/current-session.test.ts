import type { Database } from '@selvhjelp/db';
import type { TestStaffUserData } from '@selvhjelp/db/testing';
import { createTestStaffUser, testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

const CURRENT_SESSION = graphql(`
  query CurrentSession {
    currentSession {
      realm {
        districtId
      }
      expiresAt
      idleExpiresAt
      idleTimeoutSeconds
    }
  }
`);

const PASSWORD = 'et langt passord for testene';

const MINUTE = 60_000;

describe.each(testBackends())('the current session on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db);
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  async function currentSession(token: string | null) {
    return gateway.run(CURRENT_SESSION, {}, token);
  }

  // Real logins (not ready-made sessions): what is under test is the realm the login records.
  async function loginAs(staff: TestStaffUserData, realm?: { districtId: string | null }) {
    const user = await createTestStaffUser(db, { ...staff, password: PASSWORD });
    return gateway.login(user.email, PASSWORD, realm);
  }

  it('names the portal the session was opened on, from the server’s record', async () => {
    const vest = await loginAs({ districtId: 'vest' }, { districtId: 'vest' });
    expect((await currentSession(vest)).data?.currentSession.realm).toEqual({ districtId: 'vest' });
    const national = await loginAs({ role: 'NATIONAL' }, { districtId: null });
    expect((await currentSession(national)).data?.currentSession.realm).toEqual({ districtId: null });
  });

  it('gives no realm to an API login by district staff, so it opens no portal (not even the national one)', async () => {
    const api = await loginAs({ districtId: 'vest' });
    expect((await currentSession(api)).data?.currentSession.realm).toBeNull();
  });

  it('answers UNAUTHENTICATED without a valid session', async () => {
    expect((await currentSession(null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await currentSession('x'.repeat(43))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('moves the idle expiry on with every use, the keep-alive included, and never past the absolute expiry', async () => {
    const loggedInAt = gateway.clock.now.getTime();
    const token = await loginAs({ districtId: 'nord' }, { districtId: 'nord' });
    const first = (await currentSession(token)).data!.currentSession;
    expect(first.idleTimeoutSeconds).toBe(1800);
    expect(new Date(first.idleExpiresAt).getTime()).toBe(loggedInAt + 30 * MINUTE);
    expect(new Date(first.expiresAt).getTime()).toBe(loggedInAt + 12 * 60 * MINUTE);

    // 28 minutes idle: the portal warns; asking for the session is the "stay logged in".
    gateway.clock.advance(28 * MINUTE);
    const kept = (await currentSession(token)).data!.currentSession;
    expect(new Date(kept.idleExpiresAt).getTime()).toBe(loggedInAt + 58 * MINUTE);

    // Still alive 29 minutes after the keep-alive, which is 57 after login.
    gateway.clock.advance(29 * MINUTE);
    expect((await currentSession(token)).data?.currentSession).toBeTruthy();

    // Within the minute that is not written again, the answer still tells the true expiry.
    gateway.clock.advance(20_000);
    const unwritten = (await currentSession(token)).data!.currentSession;
    expect(new Date(unwritten.idleExpiresAt).getTime()).toBe(loggedInAt + 87 * MINUTE);

    gateway.clock.advance(31 * MINUTE);
    expect((await currentSession(token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
