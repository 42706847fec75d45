import { emailSchema, NATIONAL_SCOPE, personNameSchema } from '@selvhjelp/domain';
import type { Database } from '../database.js';
import { DbError, UniqueViolationError } from '../errors.js';
import { hashPassword } from '../passwords.js';
import type { StaffUserRecord } from '../repositories/staff/types.js';
import { administratorPasswordProblem } from './password-check.js';

/** The input of admin:create was refused; the message says why and is safe to print. */
export class AdministratorRefusedError extends DbError {}

export interface NewAdministrator {
  email: string;
  name?: string;
  password: string;
}

export const DEFAULT_ADMINISTRATOR_NAME = 'Administrator';

/** Email and name as they will be stored; throws AdministratorRefusedError naming the problem. */
export function parseAdministrator(input: Omit<NewAdministrator, 'password'>): { email: string; name: string } {
  const email = emailSchema.safeParse(input.email);
  if (!email.success)
    throw new AdministratorRefusedError(`Refused email "${input.email}": ${email.error.issues[0]?.message}`);
  const name = personNameSchema.safeParse(input.name ?? DEFAULT_ADMINISTRATOR_NAME);
  if (!name.success) throw new AdministratorRefusedError(`Refused name: ${name.error.issues[0]?.message}`);
  return { email: email.data, name: name.data };
}

/**
 * Creates an administrator (national, no district) with a password. Refuses a weak password and
 * an email that already has an account of any role: this is how a new installation gets its
 * first user, not a way to take over an existing one.
 */
export async function createAdministrator(db: Database, input: NewAdministrator): Promise<StaffUserRecord> {
  const { email, name } = parseAdministrator(input);
  const problem = administratorPasswordProblem(input.password, [email, name]);
  if (problem) throw new AdministratorRefusedError(`Refused password: ${problem}`);
  if (await db.repositories.staffUsers.findByEmail(NATIONAL_SCOPE, email)) throw alreadyExists(email);
  // argon2 before the transaction: it takes tens of milliseconds.
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (repos) => {
      const user = await repos.staffUsers.create(NATIONAL_SCOPE, { email, name, role: 'ADMIN', districtId: null });
      const withPassword = await repos.staffUsers.setPassword(NATIONAL_SCOPE, user.id, passwordHash, new Date());
      if (!withPassword) throw new Error(`The new administrator ${user.id} vanished inside its own transaction.`);
      return withPassword;
    });
  } catch (error) {
    // Someone created it between our look and our write.
    if (error instanceof UniqueViolationError) throw alreadyExists(email);
    throw error;
  }
}

function alreadyExists(email: string): AdministratorRefusedError {
  return new AdministratorRefusedError(
    `An account with the email ${email} already exists. Nothing was changed. ` +
      'To give it a new password, use "Reset password" in the portal (/nasjonalt/brukere).',
  );
}
