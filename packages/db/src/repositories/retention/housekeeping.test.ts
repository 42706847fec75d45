import { randomUUID } from 'node:crypto';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { databaseInternals } from '../../database.js';
import { createTestStaffUser, testBackends } from '../../testing/index.js';

// What the retention job deletes besides anonymising (decision 0038): security rows 90 days past
// use, the API usage log after 13 months, superseded change-feed entries after 30 days.
describe.each(testBackends())('the retention job’s deletions on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  const prisma = () => databaseInternals(db).prisma;

  it('deletes security rows 90 days past use and superseded feed entries after 30 days, and records what it deleted', async () => {
    // 2028-03-10 in Oslo; 90 days back: 2027-12-11.
    const now = new Date('2028-03-10T09:00:00.000Z');
    const user = await createTestStaffUser(db, { districtId: 'vest' });
    const p = prisma();
    const session = (label: string, expiresAt: string, revokedAt: string | null) => p.$executeRaw`
      INSERT INTO session (id, token_hash, user_id, created_at, last_seen_at, expires_at, revoked_at)
      VALUES (gen_random_uuid(), ${label}, ${user.id}::uuid, ${expiresAt}::timestamptz - interval '12 hours',
              ${expiresAt}::timestamptz - interval '12 hours', ${expiresAt}::timestamptz, ${revokedAt}::timestamptz)`;
    await session('expired-long-ago', '2027-12-10T08:00:00Z', null);
    await session('revoked-long-ago', '2028-06-01T00:00:00Z', '2027-12-01T00:00:00Z');
    await session('expired-lately', '2027-12-12T00:00:00Z', null);
    await session('revoked-lately', '2028-06-01T00:00:00Z', '2028-01-01T00:00:00Z');
    const attempt = (at: string) => p.$executeRaw`
      INSERT INTO login_attempt (id, email, outcome, at) VALUES (gen_random_uuid(), 'a@example.no', 'BAD_CREDENTIALS', ${at}::timestamptz)`;
    await attempt('2027-12-10T00:00:00Z');
    await attempt('2027-12-12T00:00:00Z');
    const link = (label: string, expiresAt: string) => p.$executeRaw`
      INSERT INTO password_reset_token (id, token_hash, user_id, purpose, created_at, expires_at)
      VALUES (gen_random_uuid(), ${label}, ${user.id}::uuid, 'RESET', ${expiresAt}::timestamptz - interval '1 day', ${expiresAt}::timestamptz)`;
    await link('link-long-ago', '2027-12-10T00:00:00Z');
    await link('link-lately', '2027-12-12T00:00:00Z');
    const calendar = (label: string, revokedAt: string | null) => p.$executeRaw`
      INSERT INTO calendar_feed_token (id, token_hash, user_id, created_at, revoked_at)
      VALUES (gen_random_uuid(), ${label}, ${user.id}::uuid, '2020-01-01T00:00:00Z', ${revokedAt}::timestamptz)`;
    await calendar('calendar-revoked-long-ago', '2027-12-10T00:00:00Z');
    await calendar('calendar-revoked-lately', '2027-12-12T00:00:00Z');
    await calendar('calendar-in-use', null);

    // Feed entries of groups that need not exist (a removal outlives its group). 30 days back: 2028-02-09.
    const [superseded, lateChange, moved] = [randomUUID(), randomUUID(), randomUUID()];
    const entry = (
      xid: number,
      groupId: string,
      districtId: string,
      removed: boolean,
      changedAt: string,
    ) => p.$executeRaw`
      INSERT INTO group_feed_entry (xid, group_id, district_id, removed, changed_at)
      VALUES (${xid}, ${groupId}::uuid, ${districtId}, ${removed}, ${changedAt}::timestamptz)`;
    await entry(1, superseded, 'vest', false, '2028-01-01T00:00:00Z'); // deleted: a later old entry
    await entry(2, superseded, 'vest', false, '2028-01-02T00:00:00Z'); // kept: the latest
    await entry(1, lateChange, 'vest', false, '2028-01-01T00:00:00Z'); // kept: what supersedes it is young
    await entry(3, lateChange, 'vest', false, '2028-03-01T00:00:00Z');
    await entry(1, moved, 'vest', false, '2028-01-01T00:00:00Z'); // deleted: its removal supersedes it
    await entry(2, moved, 'vest', true, '2028-01-02T00:00:00Z'); // kept: vest's copy must drop it
    await entry(2, moved, 'nord', false, '2028-01-02T00:00:00Z'); // kept: nord's latest
    const feedOf = (groupId: string) =>
      p.$queryRaw<{ xid: bigint; district_id: string; removed: boolean }[]>`
        SELECT xid, district_id, removed FROM group_feed_entry WHERE group_id = ${groupId}::uuid ORDER BY xid, district_id`;

    const result = await db.repositories.retention.run({ now, trigger: 'ON_DEMAND' });
    expect(result.status).toBe('completed');
    if (result.status !== 'completed') return;
    expect(result.run.deleted).toEqual({
      sessions: 2,
      loginAttempts: 1,
      passwordResetTokens: 1,
      calendarFeedTokens: 1,
      apiUsageEntries: 0,
      groupFeedEntries: 2,
    });
    expect((await p.session.findMany({ where: { userId: user.id } })).map((s) => s.tokenHash).sort()).toEqual([
      'expired-lately',
      'revoked-lately',
    ]);
    expect(await p.loginAttempt.count({ where: { email: 'a@example.no' } })).toBe(1);
    expect((await p.passwordResetToken.findMany({ where: { userId: user.id } })).map((t) => t.tokenHash)).toEqual([
      'link-lately',
    ]);
    expect((await p.calendarFeedToken.findMany({ where: { userId: user.id } })).map((t) => t.tokenHash).sort()).toEqual(
      ['calendar-in-use', 'calendar-revoked-lately'],
    );
    expect(await feedOf(superseded)).toEqual([{ xid: 2n, district_id: 'vest', removed: false }]);
    expect((await feedOf(lateChange)).map((row) => row.xid)).toEqual([1n, 3n]);
    expect(await feedOf(moved)).toEqual([
      { xid: 2n, district_id: 'nord', removed: false },
      { xid: 2n, district_id: 'vest', removed: true },
    ]);
    // Recorded with the run; a second run finds nothing more.
    const recorded = await db.repositories.retention.latestRuns(NATIONAL_SCOPE, 100);
    expect(recorded.find((run) => run.id === result.run.id)?.deleted).toEqual(result.run.deleted);
    const again = await db.repositories.retention.run({ now, trigger: 'ON_DEMAND' });
    expect(again.status === 'completed' && Object.values(again.run.deleted).every((n) => n === 0)).toBe(true);
  });
});
