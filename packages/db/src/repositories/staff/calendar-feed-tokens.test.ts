import { districtScope, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { OutOfScopeError } from '../../errors.js';
import { createTestStaffUser, randomTokenHash, testBackends } from '../../testing/index.js';

const vest = districtScope('vest');

describe.each(testBackends())('CalendarFeedTokenRepository on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  const tokens = () => db.repositories.calendarFeedTokens;

  it('gives the user back for a working address and records the use', async () => {
    const user = await createTestStaffUser(db, { districtId: 'vest' });
    const tokenHash = randomTokenHash();
    const issued = await tokens().issue(vest, { userId: user.id, tokenHash, now: new Date('2026-11-01T10:00:00Z') });
    expect(issued).toMatchObject({ userId: user.id, lastUsedAt: null, revokedAt: null });
    expect(await tokens().use(tokenHash, new Date('2026-11-02T10:00:00Z'))).toBe(user.id);
    expect(await tokens().active(vest, user.id)).toMatchObject({
      id: issued.id,
      lastUsedAt: new Date('2026-11-02T10:00:00Z'),
    });
    expect(await tokens().use(randomTokenHash(), new Date())).toBeNull();
  });

  it('keeps one working address per user: a new one stops the old, revoking stops both', async () => {
    const user = await createTestStaffUser(db, { districtId: 'vest' });
    const first = randomTokenHash();
    const second = randomTokenHash();
    await tokens().issue(vest, { userId: user.id, tokenHash: first, now: new Date() });
    await tokens().issue(vest, { userId: user.id, tokenHash: second, now: new Date() });
    expect(await tokens().use(first, new Date())).toBeNull();
    expect(await tokens().use(second, new Date())).toBe(user.id);
    expect(await tokens().revoke(vest, user.id, new Date())).toBe(1);
    expect(await tokens().use(second, new Date())).toBeNull();
    expect(await tokens().active(vest, user.id)).toBeNull();
  });

  it('stops working when the user is deactivated', async () => {
    const user = await createTestStaffUser(db, { districtId: 'vest' });
    const tokenHash = randomTokenHash();
    await tokens().issue(vest, { userId: user.id, tokenHash, now: new Date() });
    await db.repositories.staffUsers.deactivate(NATIONAL_SCOPE, user.id, user.version, new Date());
    expect(await tokens().use(tokenHash, new Date())).toBeNull();
  });

  it('treats a user of another district as missing', async () => {
    const user = await createTestStaffUser(db, { districtId: 'nord' });
    await expect(
      tokens().issue(vest, { userId: user.id, tokenHash: randomTokenHash(), now: new Date() }),
    ).rejects.toBeInstanceOf(OutOfScopeError);
    expect(await tokens().active(vest, user.id)).toBeNull();
    expect(await tokens().revoke(vest, user.id, new Date())).toBe(0);
  });
});
