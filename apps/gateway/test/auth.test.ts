import type { Database } from '@selvhjelp/db';
import type { TestStaffUserData } from '@selvhjelp/db/testing';
import { createTestStaffUser, testBackends } from '@selvhjelp/db/testing';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!, $realm: PortalRealmInput) {
    login(email: $email, password: $password, realm: $realm) {
      token
      expiresAt
      idleTimeoutSeconds
      user {
        email
        role
        district {
          id
        }
      }
    }
  }
`);
const ME = graphql(`
  query Me {
    me {
      id
      email
      name
      role
      district {
        id
        name
      }
    }
  }
`);
const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);
const PASSWORD = 'et langt passord for testene';

describe.each(testBackends())('authentication on $name', (backend) => {
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

  /** The email of a new staff user whose password is PASSWORD. */
  async function staffEmail(data: TestStaffUserData = {}) {
    return (await createTestStaffUser(db, { ...data, password: PASSWORD })).email;
  }

  it('gives the same UNAUTHENTICATED answer for a wrong password and an unknown email', async () => {
    // The raw answer, to see `data: null` as it goes over the wire.
    const wrongPassword = await gateway.gql(print(LOGIN), {
      email: await staffEmail(),
      password: 'not-the-password',
    });
    const unknownEmail = await gateway.gql(print(LOGIN), {
      email: 'nobody@test.selvhjelp.no',
      password: 'not-the-password',
    });
    expect(wrongPassword.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknownEmail.errors).toEqual(wrongPassword.errors);
    expect(wrongPassword.data).toBeNull();
  });

  it('logs every attempt, failed or not', async () => {
    const before = gateway.logs.filter((entry) => entry.message === 'login attempt').length;
    const email = await staffEmail({ districtId: 'sor' });
    await gateway.run(LOGIN, { email, password: 'wrong-password-x' });
    await gateway.login(email, PASSWORD);
    const attempts = gateway.logs.filter((entry) => entry.message === 'login attempt').slice(before);
    expect(attempts.map((entry) => entry.fields?.outcome)).toEqual(['BAD_CREDENTIALS', 'SUCCESS']);
  });

  it('answers me with UNAUTHENTICATED without a token or with a bad one', async () => {
    expect((await gateway.run(ME, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gateway.run(ME, {}, 'x'.repeat(43))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logs in, answers me, and logs out server-side', async () => {
    const email = await staffEmail({ districtId: 'vest' });
    const result = await gateway.run(LOGIN, {
      email: `${email.toUpperCase()} `,
      password: PASSWORD,
      realm: { districtId: 'vest' },
    });
    const token = result.data!.login.token;
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(result.data!.login.idleTimeoutSeconds).toBe(1800);
    const me = await gateway.run(ME, {}, token);
    expect(me.data?.me).toMatchObject({ email, district: { id: 'vest' } });

    expect((await gateway.run(LOGOUT, {}, token)).data).toEqual({ logout: true });
    expect((await gateway.run(ME, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('admits only the district’s own users on a district portal, and national roles on the national one', async () => {
    const nordStaff = await staffEmail({ districtId: 'nord' });
    const nordOnVest = await gateway.run(LOGIN, {
      email: nordStaff,
      password: PASSWORD,
      realm: { districtId: 'vest' },
    });
    expect(nordOnVest.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const staffOnNational = await gateway.run(LOGIN, {
      email: await staffEmail({ role: 'DISTRICT_LEAD', districtId: 'vest' }),
      password: PASSWORD,
      realm: { districtId: null },
    });
    expect(staffOnNational.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const national = await staffEmail({ role: 'NATIONAL' });
    await expect(gateway.login(national, PASSWORD, { districtId: null })).resolves.toBeTruthy();
    const admin = await staffEmail({ role: 'ADMIN' });
    await expect(gateway.login(admin, PASSWORD, { districtId: null })).resolves.toBeTruthy();
    await expect(gateway.login(nordStaff, PASSWORD, { districtId: 'nord' })).resolves.toBeTruthy();
  });

  it('ends a session after 30 idle minutes, and after 12 hours whatever the activity', async () => {
    const idleToken = await gateway.login(await staffEmail({ districtId: 'midt' }), PASSWORD);
    gateway.clock.advance(29 * 60_000);
    expect((await gateway.run(ME, {}, idleToken)).data?.me).toBeTruthy();
    gateway.clock.advance(29 * 60_000);
    expect((await gateway.run(ME, {}, idleToken)).data?.me).toBeTruthy();
    gateway.clock.advance(31 * 60_000);
    expect((await gateway.run(ME, {}, idleToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const busyToken = await gateway.login(await staffEmail({ role: 'DISTRICT_LEAD', districtId: 'midt' }), PASSWORD);
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      gateway.clock.advance(20 * 60_000);
      expect((await gateway.run(ME, {}, busyToken)).data?.me).toBeTruthy();
    }
    gateway.clock.advance(21 * 60_000);
    expect((await gateway.run(ME, {}, busyToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('makes an address wait longer after each failure beyond five, known or unknown alike', async () => {
    const from = { 'x-forwarded-for': '192.0.2.55' };
    const known = await staffEmail({ districtId: 'innlandet' });
    for (const email of [known, 'ukjent.person@test.selvhjelp.no']) {
      for (let attempt = 0; attempt < 5; attempt++) {
        const result = await gateway.run(LOGIN, { email, password: 'wrong-password-x' }, null, from);
        expect(result.errors?.[0]?.extensions?.retryAfterSeconds).toBeUndefined();
      }
      const throttled = await gateway.run(LOGIN, { email, password: PASSWORD }, null, from);
      expect(throttled.errors?.[0]?.extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'LOGIN_THROTTLED',
        retryAfterSeconds: 1,
      });
      gateway.clock.advance(1_100);
      await gateway.run(LOGIN, { email, password: 'wrong-password-x' }, null, from);
      const longer = await gateway.run(LOGIN, { email, password: PASSWORD }, null, from);
      expect(longer.errors?.[0]?.extensions?.retryAfterSeconds).toBe(2);
      // The next email is tried from elsewhere: this address has used up its share across accounts.
      from['x-forwarded-for'] = '192.0.2.56';
    }
    gateway.clock.advance(2_100);
    const after = await gateway.run(LOGIN, { email: known, password: PASSWORD }, null, {
      'x-forwarded-for': '192.0.2.55',
    });
    expect(after.data?.login.token).toBeTruthy();
  });
});
