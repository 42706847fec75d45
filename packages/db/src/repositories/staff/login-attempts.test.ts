import { districtScope, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { countQueries } from '../../database.js';
import { OutOfScopeError } from '../../errors.js';
import type { LoginOutcome } from './types.js';
import { createTestStaffUser, testBackends, uniqueEmail } from '../../testing/index.js';

describe.each(testBackends())('LoginAttemptRepository on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  const start = new Date('2026-04-01T08:00:00.000Z').getTime();
  const record = (email: string, outcome: LoginOutcome, minute: number, userId: string | null = null) =>
    db.repositories.loginAttempts.record(NATIONAL_SCOPE, {
      email,
      userId,
      outcome,
      ipAddress: '198.51.100.7',
      userAgent: null,
      at: new Date(start + minute * 60_000),
    });

  it('counts bad-credential failures since the last success, in one query', async () => {
    const email = uniqueEmail();
    expect(await db.repositories.loginAttempts.failureStreak(NATIONAL_SCOPE, email)).toEqual({
      failures: 0,
      lastFailureAt: null,
    });

    await record(email, 'BAD_CREDENTIALS', 1);
    await record(email, 'BAD_CREDENTIALS', 2);
    await record(email, 'THROTTLED', 3); // refused before the password was checked: not a failure
    const { result, count } = await countQueries(db, () =>
      db.repositories.loginAttempts.failureStreak(NATIONAL_SCOPE, email.toUpperCase()),
    );
    expect(count).toBe(1);
    expect(result).toEqual({ failures: 2, lastFailureAt: new Date(start + 2 * 60_000) });

    await record(email, 'SUCCESS', 4);
    expect(await db.repositories.loginAttempts.failureStreak(NATIONAL_SCOPE, email)).toEqual({
      failures: 0,
      lastFailureAt: null,
    });

    await record(email, 'BAD_CREDENTIALS', 5);
    expect(await db.repositories.loginAttempts.failureStreak(NATIONAL_SCOPE, email)).toEqual({
      failures: 1,
      lastFailureAt: new Date(start + 5 * 60_000),
    });
    // Other addresses do not count.
    expect((await db.repositories.loginAttempts.failureStreak(NATIONAL_SCOPE, uniqueEmail())).failures).toBe(0);
  });

  it('stores the e-mail lower-cased', async () => {
    const email = uniqueEmail('Upper');
    const attempt = await record(email.toUpperCase(), 'BAD_CREDENTIALS', 1);
    expect(attempt.email).toBe(email.toLowerCase());
  });

  it('limits a district scope to attempts of its own users', async () => {
    const user = await createTestStaffUser(db, { districtId: 'midt' });
    await record(user.email, 'BAD_CREDENTIALS', 1, user.id);
    expect((await db.repositories.loginAttempts.failureStreak(districtScope('midt'), user.email)).failures).toBe(1);
    expect((await db.repositories.loginAttempts.failureStreak(districtScope('vest'), user.email)).failures).toBe(0);
    await expect(
      db.repositories.loginAttempts.record(districtScope('vest'), {
        email: user.email,
        userId: user.id,
        outcome: 'SUCCESS',
        ipAddress: null,
        userAgent: null,
        at: new Date(),
      }),
    ).rejects.toThrow(OutOfScopeError);
  });

  const fromNet = (email: string, outcome: LoginOutcome, minute: number, clientNet: string) =>
    db.repositories.loginAttempts.record(NATIONAL_SCOPE, {
      email,
      userId: null,
      outcome,
      ipAddress: null,
      clientNet,
      userAgent: null,
      at: new Date(start + minute * 60_000),
    });

  it('counts an address’s streak per network, and only since a moment when asked', async () => {
    const email = uniqueEmail();
    const attempts = db.repositories.loginAttempts;
    await fromNet(email, 'BAD_CREDENTIALS', 1, '203.0.113.9');
    await fromNet(email, 'BAD_CREDENTIALS', 2, '203.0.113.9');
    await fromNet(email, 'BAD_CREDENTIALS', 3, '2001:db8:1:2::/64');
    expect((await attempts.failureStreak(NATIONAL_SCOPE, email)).failures).toBe(3);
    expect(await attempts.failureStreak(NATIONAL_SCOPE, email, { clientNet: '203.0.113.9' })).toEqual({
      failures: 2,
      lastFailureAt: new Date(start + 2 * 60_000),
    });
    expect((await attempts.failureStreak(NATIONAL_SCOPE, email, { since: new Date(start + 90_000) })).failures).toBe(2);
    // A success from one network ends that network's streak only.
    await fromNet(email, 'SUCCESS', 4, '2001:db8:1:2::/64');
    expect((await attempts.failureStreak(NATIONAL_SCOPE, email, { clientNet: '2001:db8:1:2::/64' })).failures).toBe(0);
    expect((await attempts.failureStreak(NATIONAL_SCOPE, email, { clientNet: '203.0.113.9' })).failures).toBe(2);
  });

  it('counts a network’s failures across addresses since a moment, in one query, for the national scope only', async () => {
    const net = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let minute = 1; minute <= 4; minute++) await fromNet(uniqueEmail(), 'BAD_CREDENTIALS', minute, net);
    await fromNet(uniqueEmail(), 'SUCCESS', 5, net);
    await fromNet(uniqueEmail(), 'THROTTLED', 6, net);
    const { result, count } = await countQueries(db, () =>
      db.repositories.loginAttempts.clientNetFailures(NATIONAL_SCOPE, net, new Date(start + 90_000)),
    );
    expect(count).toBe(1);
    expect(result).toEqual({ failures: 3, lastFailureAt: new Date(start + 4 * 60_000) });
    await expect(
      db.repositories.loginAttempts.clientNetFailures(districtScope('vest'), net, new Date(start)),
    ).rejects.toThrow(OutOfScopeError);
  });
});
