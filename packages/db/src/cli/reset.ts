// pnpm db:reset — throws all data away, then migrates and seeds. Refused in production.
import { rmSync } from 'node:fs';
import pg from 'pg';
import { IN_MEMORY } from '../backends.js';
import { openDatabase } from '../database.js';
import { acquirePgliteLock } from '../lock.js';
import { prepareDatabase } from '../prepare.js';
import { DEMO_PASSWORD } from '../seed/demo-accounts.js';
import { databaseOptionsFromEnv, runCli } from './env.js';

async function dropPublicSchema(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Everything we own lives in "public", including _prisma_migrations.
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
  } finally {
    await client.end();
  }
}

function deletePgliteFolder(dataDir: string): void {
  // Holding the lock while deleting: refuses (DatabaseLockedError) if a server has it open.
  const lock = acquirePgliteLock(dataDir);
  try {
    rmSync(dataDir, { recursive: true, force: true });
  } finally {
    lock.release();
  }
}

runCli(async () => {
  if (process.env.NODE_ENV === 'production') {
    console.error(
      'Refusing to reset: NODE_ENV is "production". db:reset deletes all data and is for development only.',
    );
    return 1;
  }
  const { where, ...options } = databaseOptionsFromEnv();
  console.log(`Database: ${where}`);
  if (options.databaseUrl) await dropPublicSchema(options.databaseUrl);
  else if (options.pgliteDataDir && !options.pgliteDataDir.startsWith(IN_MEMORY))
    deletePgliteFolder(options.pgliteDataDir);
  console.log('All data deleted.');
  const db = await openDatabase(options);
  try {
    const { appliedMigrations, seeded } = await prepareDatabase(db, { seed: 'if-empty' });
    for (const name of appliedMigrations) console.log(`Applied ${name}`);
    if (seeded) console.log(`Demo accounts and groups created; password: ${DEMO_PASSWORD}`);
  } finally {
    await db.close();
  }
  return 0;
});
