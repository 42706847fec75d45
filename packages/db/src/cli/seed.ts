// pnpm db:seed — applies pending migrations, then adds the demo data that is missing.
import { DEMO_PASSWORD } from '../seed/demo-accounts.js';
import { assertDemoSeedAllowed, seedDemoData } from '../seed/seed.js';
import { runCli, withMigratedDatabase } from './env.js';

runCli(async () => {
  // Before touching the database: nothing, not even a migration, happens on a refused seed.
  assertDemoSeedAllowed();
  await withMigratedDatabase(async (db) => {
    const { created, alreadyPresent, groups, facilitators, network } = await seedDemoData(db);
    console.log(`Demo accounts: ${created.length} created, ${alreadyPresent.length} already present.`);
    console.log(`Demo groups: ${groups.created} created, ${groups.alreadyPresent} already present.`);
    console.log(`Demo facilitators: ${facilitators.created} created.`);
    console.log(`Demo partners: ${network.partners} created; outreach activities: ${network.activities} created.`);
    if (created.length > 0) console.log(`Password for the new demo accounts: ${DEMO_PASSWORD}`);
  });
});
