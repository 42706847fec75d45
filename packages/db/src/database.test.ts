import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.js';
import { countQueries, databaseInternals } from './database.js';
import { createTestStaffUser, testBackends, uniqueEmail } from './testing/index.js';

describe.each(testBackends())('Database on $name', ({ name, open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('describes itself without credentials and answers ping', async () => {
    expect(db.kind).toBe(name);
    expect(db.description).not.toMatch(/password|@/);
    await expect(db.ping()).resolves.toBeUndefined();
  });

  it('commits a transaction, and rolls it back when the work throws', async () => {
    const committed = await db.transaction((repos) =>
      repos.staffUsers.create(NATIONAL_SCOPE, {
        email: uniqueEmail(),
        name: 'Committed',
        role: 'ADMIN',
        districtId: null,
      }),
    );
    expect(await db.repositories.staffUsers.findById(NATIONAL_SCOPE, committed.id)).toEqual(committed);

    const email = uniqueEmail();
    await expect(
      db.transaction(async (repos) => {
        await repos.staffUsers.create(NATIONAL_SCOPE, { email, name: 'Rolled Back', role: 'ADMIN', districtId: null });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.repositories.staffUsers.findByEmail(NATIONAL_SCOPE, email)).toBeNull();
  });

  it('counts the statements of an operation, transaction control excluded', async () => {
    const user = await createTestStaffUser(db);
    const single = await countQueries(db, () => db.repositories.staffUsers.findById(NATIONAL_SCOPE, user.id));
    expect(single.count).toBe(1);
    expect(single.statements[0]).toMatch(/^SELECT/);

    const inTransaction = await countQueries(db, () =>
      db.transaction(async (repos) => {
        await repos.staffUsers.findById(NATIONAL_SCOPE, user.id);
        await repos.staffUsers.findByEmail(NATIONAL_SCOPE, user.email);
      }),
    );
    expect(inTransaction.count).toBe(2);
  });

  it('stores instants in UTC whatever the server time zone', async () => {
    const { prisma } = databaseInternals(db);
    const [row] = await prisma.$queryRaw<{ tz: string }[]>`SELECT current_setting('TimeZone') AS tz`;
    expect(row?.tz).toBe('UTC');
    const user = await createTestStaffUser(db);
    const at = new Date('2026-07-01T12:34:56.789Z');
    await db.repositories.staffUsers.setPassword(NATIONAL_SCOPE, user.id, 'x', at);
    const [stored] = await prisma.$queryRaw<{ epoch: number }[]>`
      SELECT (extract(epoch FROM updated_at) * 1000)::float8 AS epoch FROM staff_user WHERE id = ${user.id}::uuid`;
    expect(stored?.epoch).toBe(at.getTime());
  });

  it('bounds statements and idle transactions on a PostgreSQL server', async () => {
    if (name !== 'postgresql') return;
    const { prisma } = databaseInternals(db);
    const [row] = await prisma.$queryRaw<{ statement: string; idle: string }[]>`
      SELECT current_setting('statement_timeout') AS statement, current_setting('idle_in_transaction_session_timeout') AS idle`;
    expect(row).toEqual({ statement: '30s', idle: '1min' });
  });
});
