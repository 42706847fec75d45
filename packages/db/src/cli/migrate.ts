// pnpm db:migrate — applies pending migrations (what `prisma migrate deploy` does).
import { openDatabase } from '../database.js';
import { prepareDatabase } from '../prepare.js';
import { databaseOptionsFromEnv, runCli } from './env.js';

runCli(async () => {
  const { where, ...options } = databaseOptionsFromEnv();
  console.log(`Database: ${where}`);
  const db = await openDatabase(options);
  try {
    const { appliedMigrations } = await prepareDatabase(db, { seed: 'never' });
    if (appliedMigrations.length === 0) console.log('Database is up to date.');
    for (const name of appliedMigrations) console.log(`Applied ${name}`);
  } finally {
    await db.close();
  }
});
