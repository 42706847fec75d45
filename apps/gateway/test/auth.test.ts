import type { Database } from '@selvhjelp/db';
import { testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestGateway } from './harness.js';
import { DEMO_PASSWORD, startTestGateway } from './harness.js';

const LOGIN = `mutation Login($email: String!, $password: String!, $realm: PortalRealmInput) {
  login(email: $email, password: $password, realm: $realm) { token expiresAt idleTimeoutSeconds user { email role district { id } } }
}`;
const ME = '{ me { email name role district { id name } } }';

describe.each(testBackends())('authentication on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;

  beforeAll(async () => {
    db = await backend.open();
    gateway = await startTestGateway(db);
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  it('gives the same UNAUTHENTICATED answer for a wrong password and an unknown email', async () => {
    const wrongPassword = await gateway.gql(LOGIN, {
      email: 'vest.ansatt@demo.selvhjelp.no',
      password: 'not-the-password',
    });
    const unknownEmail = await gateway.gql(LOGIN, { email: 'nobody@demo.selvhjelp.no', password: 'not-the-password' });
    expect(wrongPassword.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknownEmail.errors).toEqual(wrongPassword.errors);
    expect(wrongPassword.data).toBeNull();
  });

  it('logs every attempt, failed or not', async () => {
    const before = gateway.logs.filter((entry) => entry.message === 'login attempt').length;
    await gateway.gql(LOGIN, { email: 'sor.ansatt@demo.selvhjelp.no', password: 'wrong-password-x' });
    await gateway.login('sor.ansatt@demo.selvhjelp.no');
    const attempts = gateway.logs.filter((entry) => entry.message === 'login attempt').slice(before);
    expect(attempts.map((entry) => entry.fields?.outcome)).toEqual(['BAD_CREDENTIALS', 'SUCCESS']);
  });

  it('answers me with UNAUTHENTICATED without a token or with a bad one', async () => {
    expect((await gateway.gql(ME)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gateway.gql(ME, {}, 'x'.repeat(43))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logs in, answers me, and logs out server-side', async () => {
    const result = await gateway.gql<{ login: { token: string; idleTimeoutSeconds: number; user: { role: string } } }>(
      LOGIN,
      {
        email: 'VEST.ansatt@demo.selvhjelp.no ',
        password: DEMO_PASSWORD,
        realm: { districtId: 'vest' },
      },
    );
    const token = result.data!.login.token;
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(result.data!.login.idleTimeoutSeconds).toBe(1800);
    const me = await gateway.gql<{ me: { email: string; district: { id: string } } }>(ME, {}, token);
    expect(me.data?.me).toMatchObject({ email: 'vest.ansatt@demo.selvhjelp.no', district: { id: 'vest' } });

    expect((await gateway.gql('mutation { logout }', {}, token)).data).toEqual({ logout: true });
    expect((await gateway.gql(ME, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('admits only the district’s own users on a district portal, and national roles on the national one', async () => {
    const nordOnVest = await gateway.gql(LOGIN, {
      email: 'nord.ansatt@demo.selvhjelp.no',
      password: DEMO_PASSWORD,
      realm: { districtId: 'vest' },
    });
    expect(nordOnVest.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const staffOnNational = await gateway.gql(LOGIN, {
      email: 'vest.leder@demo.selvhjelp.no',
      password: DEMO_PASSWORD,
      realm: { districtId: null },
    });
    expect(staffOnNational.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await expect(
      gateway.login('nasjonal@demo.selvhjelp.no', DEMO_PASSWORD, { districtId: null }),
    ).resolves.toBeTruthy();
    await expect(gateway.login('admin@demo.selvhjelp.no', DEMO_PASSWORD, { districtId: null })).resolves.toBeTruthy();
    await expect(
      gateway.login('nord.ansatt@demo.selvhjelp.no', DEMO_PASSWORD, { districtId: 'nord' }),
    ).resolves.toBeTruthy();
  });

  it('ends a session after 30 idle minutes, and after 12 hours whatever the activity', async () => {
    const idleToken = await gateway.login('midt.ansatt@demo.selvhjelp.no');
    gateway.clock.advance(29 * 60_000);
    expect((await gateway.gql(ME, {}, idleToken)).data?.me).toBeTruthy();
    gateway.clock.advance(29 * 60_000);
    expect((await gateway.gql(ME, {}, idleToken)).data?.me).toBeTruthy();
    gateway.clock.advance(31 * 60_000);
    expect((await gateway.gql(ME, {}, idleToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const busyToken = await gateway.login('midt.leder@demo.selvhjelp.no');
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      gateway.clock.advance(20 * 60_000);
      expect((await gateway.gql('{ me { id } }', {}, busyToken)).data?.me).toBeTruthy();
    }
    gateway.clock.advance(21 * 60_000);
    expect((await gateway.gql('{ me { id } }', {}, busyToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('makes an address wait longer after each failure beyond five, known or unknown alike', async () => {
    const from = { 'x-forwarded-for': '192.0.2.55' };
    for (const email of ['innlandet.ansatt@demo.selvhjelp.no', 'ukjent.person@demo.selvhjelp.no']) {
      for (let attempt = 0; attempt < 5; attempt++) {
        const result = await gateway.gql(LOGIN, { email, password: 'wrong-password-x' }, null, from);
        expect(result.errors?.[0]?.extensions?.retryAfterSeconds).toBeUndefined();
      }
      const throttled = await gateway.gql(LOGIN, { email, password: DEMO_PASSWORD }, null, from);
      expect(throttled.errors?.[0]?.extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'LOGIN_THROTTLED',
        retryAfterSeconds: 1,
      });
      gateway.clock.advance(1_100);
      await gateway.gql(LOGIN, { email, password: 'wrong-password-x' }, null, from);
      const longer = await gateway.gql(LOGIN, { email, password: DEMO_PASSWORD }, null, from);
      expect(longer.errors?.[0]?.extensions?.retryAfterSeconds).toBe(2);
      // The next email is tried from elsewhere: this address has used up its share across accounts.
      from['x-forwarded-for'] = '192.0.2.56';
    }
    gateway.clock.advance(2_100);
    const after = await gateway.gql<{ login: { token: string } }>(
      LOGIN,
      { email: 'innlandet.ansatt@demo.selvhjelp.no', password: DEMO_PASSWORD },
      null,
      { 'x-forwarded-for': '192.0.2.55' },
    );
    expect(after.data?.login.token).toBeTruthy();
  });
});
