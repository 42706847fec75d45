import type { DistrictId } from '@selvhjelp/domain';
import { districtScope, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { countQueries } from '../../database.js';
import { InvalidCursorError, OutOfScopeError, StaleVersionError, UniqueViolationError } from '../../errors.js';
import { createTestStaffUser, randomTokenHash, testBackends, uniqueEmail } from '../../testing/index.js';

const vest = districtScope('vest');

describe.each(testBackends())('StaffUserRepository on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('treats a user of another district exactly like a missing one', async () => {
    const own = await createTestStaffUser(db, { districtId: 'vest' });
    const other = await createTestStaffUser(db, { districtId: 'nord' });
    const staffUsers = db.repositories.staffUsers;

    expect(await staffUsers.findById(vest, own.id)).toEqual(own);
    expect(await staffUsers.findById(vest, other.id)).toBeNull();
    expect(await staffUsers.findByEmail(vest, other.email)).toBeNull();
    expect(await staffUsers.findByIds(vest, [other.id, own.id, 'not-a-uuid'])).toEqual([null, own, null]);
    expect(await staffUsers.setPassword(vest, other.id, 'hash', new Date())).toBeNull();
    expect(await staffUsers.deactivate(vest, other.id, other.version, new Date())).toBeNull();
    expect((await staffUsers.findById(NATIONAL_SCOPE, other.id))?.active).toBe(true);

    const page = await staffUsers.list(vest, { first: 200 });
    expect(page.nodes.every((user) => user.districtId === 'vest')).toBe(true);
    expect(page.nodes.map((user) => user.id)).toContain(own.id);
  });

  it('lets national scope see national staff, whose district is null', async () => {
    const admin = await createTestStaffUser(db, { role: 'ADMIN' });
    expect(await db.repositories.staffUsers.findById(NATIONAL_SCOPE, admin.id)).toEqual(admin);
    expect(await db.repositories.staffUsers.findById(vest, admin.id)).toBeNull();
  });

  it('refuses to create a user outside the scope', async () => {
    await expect(createInScope('nord')).rejects.toThrow(OutOfScopeError);
    await expect(
      db.repositories.staffUsers.create(vest, { email: uniqueEmail(), name: 'X', role: 'NATIONAL', districtId: null }),
    ).rejects.toThrow(OutOfScopeError);
    await expect(createInScope('vest')).resolves.toMatchObject({ districtId: 'vest', version: 1, active: true });

    function createInScope(districtId: DistrictId) {
      return db.repositories.staffUsers.create(vest, {
        email: uniqueEmail(),
        name: 'Y',
        role: 'DISTRICT_STAFF',
        districtId,
      });
    }
  });

  it('stores e-mail lower-case and reports a taken one as UniqueViolationError(email)', async () => {
    const email = uniqueEmail('Mixed.Case');
    const user = await createTestStaffUser(db, { email });
    expect(user.email).toBe(email.toLowerCase());
    expect(await db.repositories.staffUsers.findByEmail(NATIONAL_SCOPE, email.toUpperCase())).toEqual(user);
    const attempt = createTestStaffUser(db, { email: email.toUpperCase() });
    await expect(attempt).rejects.toThrow(UniqueViolationError);
    await expect(attempt).rejects.toMatchObject({ field: 'email' });
  });

  it('pages with a keyset cursor ordered by name, then id', async () => {
    // Duplicate names make the id tie-break matter. 'innlandet' is reserved for this test.
    const names = ['Åse Dahl', 'Bjørn Lie', 'Anne Berg', 'Bjørn Lie', 'Carl Moe', 'Anne Berg', 'Dina Holm'];
    const created = [];
    for (const name of names) created.push(await createTestStaffUser(db, { name, districtId: 'innlandet' }));
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { result: page, count } = await countQueries(db, () =>
        db.repositories.staffUsers.list(NATIONAL_SCOPE, { districtId: 'innlandet', first: 3, after }),
      );
      expect(count).toBe(2); // the page and its count, nothing per row
      expect(page.totalCount).toBe(names.length);
      seen.push(...page.nodes.map((user) => user.id));
      pages += 1;
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(pages).toBe(3);
    // Same order as the database's collation gives: compare against its own ORDER BY.
    const all = await db.repositories.staffUsers.list(NATIONAL_SCOPE, { districtId: 'innlandet', first: 200 });
    expect(seen).toEqual(all.nodes.map((user) => user.id));
    expect(new Set(seen)).toEqual(new Set(created.map((user) => user.id)));
    expect(seen).toHaveLength(names.length);

    const filtered = await db.repositories.staffUsers.list(vest, { districtId: 'innlandet', first: 10 });
    expect(filtered).toEqual({ nodes: [], cursors: [], totalCount: 0, hasNextPage: false, endCursor: null });
    await expect(db.repositories.staffUsers.list(NATIONAL_SCOPE, { first: 3, after: 'bm9wZQ' })).rejects.toThrow(
      InvalidCursorError,
    );
    await expect(db.repositories.staffUsers.list(NATIONAL_SCOPE, { first: 1000 })).rejects.toThrow(RangeError);
  });

  it('loads many users in one query', async () => {
    const users = [await createTestStaffUser(db), await createTestStaffUser(db)];
    const { result, count } = await countQueries(db, () =>
      db.repositories.staffUsers.findByIds(NATIONAL_SCOPE, [users[1]!.id, users[0]!.id, users[1]!.id]),
    );
    expect(count).toBe(1);
    expect(result).toEqual([users[1], users[0], users[1]]);
  });

  it('deactivates with optimistic concurrency and revokes the sessions', async () => {
    const user = await createTestStaffUser(db, { districtId: 'vest' });
    const now = new Date();
    const tokenHash = randomTokenHash();
    const session = await db.repositories.sessions.create(NATIONAL_SCOPE, {
      userId: user.id,
      tokenHash,
      realmDistrictId: 'vest',
      expiresAt: new Date(now.getTime() + 3_600_000),
      ipAddress: null,
      userAgent: null,
      now,
    });
    const later = new Date(now.getTime() + 1000);
    expect(
      await db.repositories.sessions.findActiveByTokenHash(NATIONAL_SCOPE, tokenHash, later, 3_600_000),
    ).not.toBeNull();
    const deactivated = await db.repositories.staffUsers.deactivate(vest, user.id, user.version, later);
    expect(deactivated).toMatchObject({ active: false, version: user.version + 1, deactivatedAt: later });
    expect(
      await db.repositories.sessions.findActiveByTokenHash(NATIONAL_SCOPE, tokenHash, later, 3_600_000),
    ).toBeNull();
    expect(await db.repositories.sessions.revoke(NATIONAL_SCOPE, session.id, later)).toBe(false); // already revoked

    await expect(db.repositories.staffUsers.deactivate(vest, user.id, user.version, later)).rejects.toThrow(
      StaleVersionError,
    );
  });

  it('deactivates inside a caller transaction too, and rolls back with it', async () => {
    const user = await createTestStaffUser(db);
    await expect(
      db.transaction(async (repos) => {
        await repos.staffUsers.deactivate(NATIONAL_SCOPE, user.id, user.version, new Date());
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.repositories.staffUsers.findById(NATIONAL_SCOPE, user.id)).toEqual(user);
  });

  it('sets a password and bumps the version', async () => {
    const user = await createTestStaffUser(db);
    const now = new Date();
    const updated = await db.repositories.staffUsers.setPassword(NATIONAL_SCOPE, user.id, '$argon2id$fake', now);
    expect(updated).toMatchObject({ passwordHash: '$argon2id$fake', version: user.version + 1, updatedAt: now });
  });
});
