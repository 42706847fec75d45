import { DISTRICTS, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { verifyPassword } from '../passwords.js';
import { prepareDatabase } from '../prepare.js';
import { testBackends } from '../testing/index.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { seedDemoData } from './seed.js';

describe('DEMO_ACCOUNTS', () => {
  it('has an admin, a national user and a lead and a staff member per district', () => {
    expect(DEMO_ACCOUNTS).toHaveLength(2 + 2 * DISTRICTS.length);
    expect(DEMO_ACCOUNTS).toHaveLength(16);
    expect(new Set(DEMO_ACCOUNTS.map((account) => account.email)).size).toBe(DEMO_ACCOUNTS.length);
    expect(DEMO_ACCOUNTS.filter((account) => account.districtId === null).map((account) => account.role).sort()).toEqual([
      'ADMIN',
      'NATIONAL',
    ]);
    for (const district of DISTRICTS) {
      expect(DEMO_ACCOUNTS).toContainEqual(expect.objectContaining({ email: `${district.id}.leder@demo.selvhjelp.no`, role: 'DISTRICT_LEAD', districtId: district.id }));
      expect(DEMO_ACCOUNTS).toContainEqual(expect.objectContaining({ email: `${district.id}.ansatt@demo.selvhjelp.no`, role: 'DISTRICT_STAFF', districtId: district.id }));
    }
  });
});

describe.each(testBackends())('demo seed on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('seeds an empty database once and is idempotent', async () => {
    expect(await prepareDatabase(db, { seed: 'if-empty' })).toEqual({ appliedMigrations: [], seeded: true });
    expect(await prepareDatabase(db, { seed: 'if-empty' })).toEqual({ appliedMigrations: [], seeded: false });
    const again = await seedDemoData(db);
    expect(again.created).toEqual([]);
    expect(again.alreadyPresent).toHaveLength(16);

    const page = await db.repositories.staffUsers.list(NATIONAL_SCOPE, { first: 100 });
    expect(page.totalCount).toBe(16);
    const admin = await db.repositories.staffUsers.findByEmail(NATIONAL_SCOPE, 'admin@demo.selvhjelp.no');
    expect(admin).toMatchObject({ role: 'ADMIN', districtId: null, active: true });
    expect(admin?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(admin!.passwordHash!, DEMO_PASSWORD)).toBe(true);
  });
});
