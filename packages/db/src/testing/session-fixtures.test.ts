import { createHash } from 'node:crypto';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { verifyPassword } from '../passwords.js';
import { createSignedInStaffUser, createTestStaffUser, testBackends } from './index.js';

describe.each(testBackends())('staff user factories on $name', (backend) => {
  let db: Database;
  beforeAll(async () => {
    db = await backend.open();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('opens a session the store finds by the hash of the token it returns', async () => {
    const now = new Date();
    const { user, token } = await createSignedInStaffUser(
      db,
      { role: 'DISTRICT_LEAD', districtId: 'nord' },
      { realm: { districtId: 'nord' }, now },
    );
    expect(user).toMatchObject({ role: 'DISTRICT_LEAD', districtId: 'nord' });
    const hash = createHash('sha256').update(token, 'utf8').digest('hex');
    const session = await db.repositories.sessions.findActiveByTokenHash(NATIONAL_SCOPE, hash, now, 30 * 60_000);
    expect(session).toMatchObject({ userId: user.id, realmDistrictId: 'nord' });
  });

  it('sets the password it is given, hashed as the gateway verifies it', async () => {
    const user = await createTestStaffUser(db, { password: 'et passord' });
    expect(await verifyPassword(user.passwordHash!, 'et passord')).toBe(true);
  });
});
