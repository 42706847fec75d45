import { districtScope, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { countQueries } from '../../database.js';
import { OutOfScopeError } from '../../errors.js';
import type { StaffUserRecord } from './types.js';
import { createTestStaffUser, randomTokenHash, testBackends } from '../../testing/index.js';

const DAY = 86_400_000;

describe.each(testBackends())('PasswordResetTokenRepository on $name', ({ open }) => {
  let db: Database;
  let user: StaffUserRecord;
  beforeAll(async () => {
    db = await open();
    user = await createTestStaffUser(db, { districtId: 'ost' });
  });
  afterAll(() => db?.close());

  async function issue(now: Date, tokenHash = randomTokenHash()) {
    await db.repositories.passwordResetTokens.issue(NATIONAL_SCOPE, {
      userId: user.id,
      tokenHash,
      purpose: 'RESET',
      createdById: null,
      expiresAt: new Date(now.getTime() + DAY),
      now,
    });
    return tokenHash;
  }

  it('consumes a token exactly once, in one statement', async () => {
    const now = new Date();
    const tokenHash = await issue(now);
    const { result, count } = await countQueries(db, () =>
      db.repositories.passwordResetTokens.consume(NATIONAL_SCOPE, tokenHash, now),
    );
    expect(result).toBe(user.id);
    expect(count).toBe(1);
    expect(await db.repositories.passwordResetTokens.consume(NATIONAL_SCOPE, tokenHash, now)).toBeNull();
    expect(await db.repositories.passwordResetTokens.consume(NATIONAL_SCOPE, randomTokenHash(), now)).toBeNull();
  });

  it('finds the user a usable token belongs to without using it up', async () => {
    const now = new Date();
    const tokenHash = await issue(now);
    const tokens = db.repositories.passwordResetTokens;
    expect(await tokens.findUsableUserId(NATIONAL_SCOPE, tokenHash, now)).toBe(user.id);
    expect(await tokens.findUsableUserId(NATIONAL_SCOPE, tokenHash, new Date(now.getTime() + 2 * DAY))).toBeNull();
    expect(await tokens.findUsableUserId(districtScope('nord'), tokenHash, now)).toBeNull();
    expect(await tokens.consume(NATIONAL_SCOPE, tokenHash, now)).toBe(user.id);
    expect(await tokens.findUsableUserId(NATIONAL_SCOPE, tokenHash, now)).toBeNull();
  });

  it('lets exactly one of several concurrent consumers win', async () => {
    const now = new Date();
    const tokenHash = await issue(now);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => db.repositories.passwordResetTokens.consume(NATIONAL_SCOPE, tokenHash, now)),
    );
    expect(results.filter((userId) => userId === user.id)).toHaveLength(1);
    expect(results.filter((userId) => userId === null)).toHaveLength(4);
  });

  it('refuses an expired token', async () => {
    const issuedAt = new Date(Date.now() - 2 * DAY);
    const tokenHash = await issue(issuedAt);
    expect(await db.repositories.passwordResetTokens.consume(NATIONAL_SCOPE, tokenHash, new Date())).toBeNull();
  });

  it('invalidates earlier tokens when a new one is issued', async () => {
    const now = new Date();
    const first = await issue(now);
    const second = await issue(new Date(now.getTime() + 1000));
    expect(await db.repositories.passwordResetTokens.consume(NATIONAL_SCOPE, first, now)).toBeNull();
    expect(await db.repositories.passwordResetTokens.consume(NATIONAL_SCOPE, second, now)).toBe(user.id);
  });

  it('applies the district scope', async () => {
    const now = new Date();
    await expect(
      db.repositories.passwordResetTokens.issue(districtScope('nord'), {
        userId: user.id,
        tokenHash: randomTokenHash(),
        purpose: 'INVITE',
        createdById: null,
        expiresAt: new Date(now.getTime() + DAY),
        now,
      }),
    ).rejects.toThrow(OutOfScopeError);
    const tokenHash = await issue(now);
    expect(await db.repositories.passwordResetTokens.consume(districtScope('nord'), tokenHash, now)).toBeNull();
    expect(await db.repositories.passwordResetTokens.consume(districtScope('ost'), tokenHash, now)).toBe(user.id);
  });
});
