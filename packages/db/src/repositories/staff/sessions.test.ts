import { districtScope, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { countQueries } from '../../database.js';
import { OutOfScopeError, UniqueViolationError } from '../../errors.js';
import type { StaffUserRecord } from './types.js';
import { createTestStaffUser, randomTokenHash, testBackends } from '../../testing/index.js';

const HOUR = 3_600_000;
const IDLE = 30 * 60_000;

describe.each(testBackends())('SessionRepository on $name', ({ open }) => {
  let db: Database;
  let user: StaffUserRecord;
  beforeAll(async () => {
    db = await open();
    user = await createTestStaffUser(db, { districtId: 'vest' });
  });
  afterAll(() => db?.close());

  function openSession(now: Date, tokenHash = randomTokenHash()) {
    return db.repositories.sessions.create(NATIONAL_SCOPE, {
      userId: user.id,
      tokenHash,
      realmDistrictId: 'vest',
      expiresAt: new Date(now.getTime() + 8 * HOUR),
      ipAddress: '192.0.2.10',
      userAgent: 'vitest',
      now,
    });
  }

  it('finds an active session with its user in one query', async () => {
    const now = new Date('2026-03-01T10:00:00.000Z');
    const tokenHash = randomTokenHash();
    const session = await openSession(now, tokenHash);
    expect(session).toMatchObject({ userId: user.id, realmDistrictId: 'vest', lastSeenAt: now, revokedAt: null, user });

    const { result, count } = await countQueries(db, () =>
      db.repositories.sessions.findActiveByTokenHash(NATIONAL_SCOPE, tokenHash, new Date(now.getTime() + 60_000), IDLE),
    );
    expect(count).toBe(1);
    expect(result).toEqual(session);
    // Dates of the joined user come back as Date objects, not JSON strings.
    expect(result?.user.createdAt).toBeInstanceOf(Date);
  });

  it('moves the auth epoch on every revocation and user change, once per statement, and not on a touch', async () => {
    const sessions = db.repositories.sessions;
    const now = new Date('2026-03-03T10:00:00.000Z');
    const first = await openSession(now);
    await openSession(now);
    const start = (await sessions.authEpoch())!;
    await sessions.touch(NATIONAL_SCOPE, first.id, new Date(now.getTime() + 60_000));
    expect(await sessions.authEpoch()).toBe(start);
    await sessions.revoke(NATIONAL_SCOPE, first.id, now);
    expect(await sessions.authEpoch()).toBe(start + 1n);
    expect(await sessions.revokeAllForUser(NATIONAL_SCOPE, user.id, now)).toBeGreaterThan(0);
    expect(await sessions.authEpoch()).toBe(start + 2n);
    const other = await createTestStaffUser(db, { districtId: 'vest' });
    const beforeDeactivation = (await sessions.authEpoch())!;
    await db.repositories.staffUsers.deactivate(NATIONAL_SCOPE, other.id, other.version, now);
    expect(await sessions.authEpoch()).toBeGreaterThan(beforeDeactivation);
  });

  it('ends sessions by idle timeout, absolute expiry and revocation; touch extends the idle window', async () => {
    const now = new Date('2026-03-02T10:00:00.000Z');
    const tokenHash = randomTokenHash();
    const session = await openSession(now, tokenHash);
    const find = (at: Date) => db.repositories.sessions.findActiveByTokenHash(NATIONAL_SCOPE, tokenHash, at, IDLE);
    const at = (ms: number) => new Date(now.getTime() + ms);

    expect(await find(at(IDLE + 1))).toBeNull();
    expect(await db.repositories.sessions.touch(NATIONAL_SCOPE, session.id, at(IDLE - 1))).toBe(true);
    expect(await find(at(IDLE + 1))).not.toBeNull();
    expect(await find(at(8 * HOUR))).toBeNull(); // absolute expiry, however recently used

    expect(await db.repositories.sessions.revoke(NATIONAL_SCOPE, session.id, at(2000))).toBe(true);
    expect(await find(at(3000))).toBeNull();
    expect(await db.repositories.sessions.touch(NATIONAL_SCOPE, session.id, at(4000))).toBe(false);
  });

  it('applies the district scope through the session user', async () => {
    const now = new Date();
    const tokenHash = randomTokenHash();
    const session = await openSession(now, tokenHash);
    const nord = districtScope('nord');
    expect(await db.repositories.sessions.findActiveByTokenHash(nord, tokenHash, now, IDLE)).toBeNull();
    expect(await db.repositories.sessions.touch(nord, session.id, now)).toBe(false);
    expect(await db.repositories.sessions.revoke(nord, session.id, now)).toBe(false);
    expect(await db.repositories.sessions.revokeAllForUser(nord, user.id, now)).toBe(0);
    expect(
      await db.repositories.sessions.findActiveByTokenHash(districtScope('vest'), tokenHash, now, IDLE),
    ).not.toBeNull();
    await expect(
      db.repositories.sessions.create(nord, {
        userId: user.id,
        tokenHash: randomTokenHash(),
        realmDistrictId: 'nord',
        expiresAt: new Date(now.getTime() + HOUR),
        ipAddress: null,
        userAgent: null,
        now,
      }),
    ).rejects.toThrow(OutOfScopeError);
  });

  it('revokes every open session of a user', async () => {
    const other = await createTestStaffUser(db, { districtId: 'sor' });
    const now = new Date();
    for (let i = 0; i < 3; i++) {
      await db.repositories.sessions.create(NATIONAL_SCOPE, {
        userId: other.id,
        tokenHash: randomTokenHash(),
        realmDistrictId: null,
        expiresAt: new Date(now.getTime() + HOUR),
        ipAddress: null,
        userAgent: null,
        now,
      });
    }
    expect(await db.repositories.sessions.revokeAllForUser(districtScope('sor'), other.id, now)).toBe(3);
    expect(await db.repositories.sessions.revokeAllForUser(NATIONAL_SCOPE, other.id, now)).toBe(0);
  });

  it('refuses a token hash that is already in use', async () => {
    const tokenHash = randomTokenHash();
    await openSession(new Date(), tokenHash);
    await expect(openSession(new Date(), tokenHash)).rejects.toMatchObject({
      constructor: UniqueViolationError,
      field: 'tokenHash',
    });
  });
});
