// pnpm db:migrate — applies pending migrations (what `prisma migrate deploy` does).
import { runCli, withMigratedDatabase } from './env.js';

runCli(async () => {
  await withMigratedDatabase(async (_db, appliedMigrations) => {
    if (appliedMigrations.length === 0) console.log('Database is up to date.');
  });
});
