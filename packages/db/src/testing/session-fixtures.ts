import { createHash, randomBytes } from 'node:crypto';
import type { DistrictId } from '@selvhjelp/domain';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import type { Database } from '../database.js';
import type { StaffUserRecord } from '../repositories/staff/types.js';
import type { TestStaffUserData } from './fixtures.js';
import { createTestStaffUser } from './fixtures.js';

/** The gateway's absolute session lifetime; a test that outlives it logs in again. */
const SESSION_LIFETIME_MS = 12 * 60 * 60_000;

export interface TestSessionOptions {
  /**
   * The portal the session was opened on, as `login(realm:)` records it; default none, like a
   * login through the API (which is what `gateway.login(email)` does).
   */
  realm?: { districtId: DistrictId | null } | null;
  /** When the session was opened; pass the test gateway's clock when the test moves it. */
  now?: Date;
}

export interface SignedInTestStaffUser {
  user: StaffUserRecord;
  /** A bearer token the gateway accepts, as the login mutation would hand out. */
  token: string;
  /** The session's id, for tests that revoke it straight in the store. */
  sessionId: string;
}

/**
 * Creates a staff user and opens a session for them, for tests that need "a lead of vest" rather
 * than a particular demo account. The session is written the way the login mutation writes it
 * (a random token, its sha-256 in the store), without the argon2 run a real login costs; the
 * login itself is tested on its own.
 */
export async function createSignedInStaffUser(
  db: Database,
  data: TestStaffUserData = {},
  options: TestSessionOptions = {},
): Promise<SignedInTestStaffUser> {
  const user = await createTestStaffUser(db, data);
  const token = randomBytes(32).toString('base64url');
  const now = options.now ?? new Date();
  const session = await db.repositories.sessions.create(NATIONAL_SCOPE, {
    userId: user.id,
    tokenHash: createHash('sha256').update(token, 'utf8').digest('hex'),
    realmDistrictId: options.realm?.districtId ?? null,
    expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
    ipAddress: null,
    userAgent: null,
    now,
  });
  return { user, token, sessionId: session.id };
}
