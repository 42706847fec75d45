import { randomBytes } from 'node:crypto';
import type { DistrictId, Role } from '@selvhjelp/domain';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import type { Database } from '../database.js';
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
}

/** Creates a staff user through the repository (national scope). Defaults: district staff in 'vest'. */
export function createTestStaffUser(db: Database, data: TestStaffUserData = {}): Promise<StaffUserRecord> {
  const role = data.role ?? 'DISTRICT_STAFF';
  const national = role === 'NATIONAL' || role === 'ADMIN';
  return db.repositories.staffUsers.create(NATIONAL_SCOPE, {
    email: data.email ?? uniqueEmail(),
    name: data.name ?? `Test Person ${counter}`,
    role,
    districtId: data.districtId !== undefined ? data.districtId : national ? null : 'vest',
  });
}
