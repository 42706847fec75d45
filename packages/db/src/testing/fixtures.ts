import { randomBytes } from 'node:crypto';
import type { DistrictId, Role } from '@selvhjelp/domain';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import type { Database } from '../database.js';
import { hashPassword } from '../passwords.js';
import type { StaffUserRecord } from '../repositories/staff/types.js';

/** Test data builders, shared with the gateway's integration tests. */

let counter = 0;

/** A unique e-mail address for a test user. */
export function uniqueEmail(prefix = 'user'): string {
  counter += 1;
  return `${prefix}.${counter}.${randomBytes(3).toString('hex')}@test.selvhjelp.no`;
}

/** A random sha-256-hex-looking string, like the token hashes the gateway stores. */
export function randomTokenHash(): string {
  return randomBytes(32).toString('hex');
}

export interface TestStaffUserData {
  email?: string;
  name?: string;
  role?: Role;
  districtId?: DistrictId | null;
  /** Sets this password (argon2, as the gateway hashes), for tests that log in for real. */
  password?: string;
}

/** Creates a staff user through the repository (national scope). Defaults: district staff in 'vest'. */
export async function createTestStaffUser(db: Database, data: TestStaffUserData = {}): Promise<StaffUserRecord> {
  const role = data.role ?? 'DISTRICT_STAFF';
  const national = role === 'NATIONAL' || role === 'ADMIN';
  const user = await db.repositories.staffUsers.create(NATIONAL_SCOPE, {
    email: data.email ?? uniqueEmail(),
    name: data.name ?? `Test Person ${counter}`,
    role,
    districtId: data.districtId !== undefined ? data.districtId : national ? null : 'vest',
  });
  if (data.password === undefined) return user;
  const updated = await db.repositories.staffUsers.setPassword(
    NATIONAL_SCOPE,
    user.id,
    await hashPassword(data.password),
    new Date(),
  );
  return updated!;
}
