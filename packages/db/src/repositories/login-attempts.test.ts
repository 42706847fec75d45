import { districtScope, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { countQueries } from '../database.js';
import { OutOfScopeError } from '../errors.js';
import type { LoginOutcome } from '../repositories/records.js';
import { createTestStaffUser, testBackends, uniqueEmail } from '../testing/index.js';

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
    expect(await db.repositories.loginAttempts.failureStreak(NATIONAL_SCOPE, email)).toEqual({ failures: 0, lastFailureAt: null });

    await record(email, 'BAD_CREDENTIALS', 1);
    await record(email, 'BAD_CREDENTIALS', 2);
    await record(email, 'THROTTLED', 3); // refused before the password was checked: not a failure
    const { result, count } = await countQueries(db, () =>
      db.repositories.loginAttempts.failureStreak(NATIONAL_SCOPE, email.toUpperCase()),
    );
    expect(count).toBe(1);
    expect(result).toEqual({ failures: 2, lastFailureAt: new Date(start + 2 * 60_000) });

    await record(email, 'SUCCESS', 4);
    expect(await db.repositories.loginAttempts.failureStreak(NATIONAL_SCOPE, email)).toEqual({ failures: 0, lastFailureAt: null });

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
});
