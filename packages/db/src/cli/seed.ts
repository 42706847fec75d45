// pnpm db:seed — applies pending migrations, then adds the demo data that is missing.
import { openDatabase } from '../database.js';
import { prepareDatabase } from '../prepare.js';
import { DEMO_PASSWORD } from '../seed/demo-accounts.js';
import { assertDemoSeedAllowed, seedDemoData } from '../seed/seed.js';
import { databaseOptionsFromEnv, runCli } from './env.js';

runCli(async () => {
  // Before touching the database: nothing, not even a migration, happens on a refused seed.
  assertDemoSeedAllowed();
  const { where, ...options } = databaseOptionsFromEnv();
  console.log(`Database: ${where}`);
  const db = await openDatabase(options);
  try {
    const { appliedMigrations } = await prepareDatabase(db, { seed: 'never' });
    for (const name of appliedMigrations) console.log(`Applied ${name}`);
    const { created, alreadyPresent, groups, facilitators, network } = await seedDemoData(db);
    console.log(`Demo accounts: ${created.length} created, ${alreadyPresent.length} already present.`);
    console.log(`Demo groups: ${groups.created} created, ${groups.alreadyPresent} already present.`);
    console.log(`Demo facilitators: ${facilitators.created} created.`);
    console.log(`Demo partners: ${network.partners} created; outreach activities: ${network.activities} created.`);
    if (created.length > 0) console.log(`Password for the new demo accounts: ${DEMO_PASSWORD}`);
  } finally {
    await db.close();
  }
});
