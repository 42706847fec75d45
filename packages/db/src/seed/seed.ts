import type { Database } from '../database.js';
import { databaseInternals } from '../database.js';
import { hashPassword } from '../passwords.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';

export interface SeedResult {
  created: string[];
  alreadyPresent: string[];
}

/**
 * Creates the demo accounts that are missing, in one transaction. Existing accounts are left
 * as they are (a changed password or deactivation survives a re-seed; `db:reset` restores all),
 * which makes the seed idempotent.
 */
export async function seedDemoData(db: Database): Promise<SeedResult> {
  const { prisma } = databaseInternals(db);
  const emails = DEMO_ACCOUNTS.map((account) => account.email);
  const existing = new Set(
    (await prisma.staffUser.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((row) => row.email),
  );
  const missing = DEMO_ACCOUNTS.filter((account) => !existing.has(account.email));
  // argon2 takes tens of milliseconds per hash: do it before the transaction, not inside it.
  const hashes = await Promise.all(missing.map(() => hashPassword(DEMO_PASSWORD)));
  await prisma.$transaction(async (tx) => {
    for (const [index, account] of missing.entries()) {
      await tx.staffUser.upsert({
        where: { email: account.email },
        create: { ...account, passwordHash: hashes[index] ?? null },
        // Someone else may have created it since we looked: leave theirs alone.
        update: {},
      });
    }
  });
  return { created: missing.map((account) => account.email), alreadyPresent: [...existing] };
}
