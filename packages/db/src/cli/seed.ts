// pnpm db:seed — applies pending migrations, then adds the demo data that is missing.
// pnpm db:seed --scale large — and then copies the demo groups up to 20,000 groups and fills the
// registries the overview counts (100,000 inquiries, 5,000 facilitators, 50,000 activities) for measuring.
import { DEMO_PASSWORD } from '../seed/demo-accounts.js';
import { LARGE_GROUP_COUNT, inflateGroups } from '../seed/scale.js';
import { inflateOverview } from '../seed/scale-overview.js';
import { assertDemoSeedAllowed, seedDemoData } from '../seed/seed.js';
import { runCli, withMigratedDatabase } from './env.js';

runCli(async () => {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  const large = args.join(' ') === '--scale large' || args.join(' ') === '--scale=large';
  if (args.length > 0 && !large) {
    console.error('Usage: pnpm db:seed [--scale large]');
    return 1;
  }
  // Before touching the database: nothing, not even a migration, happens on a refused seed.
  assertDemoSeedAllowed();
  await withMigratedDatabase(async (db) => {
    const { created, alreadyPresent, groups, facilitators, network } = await seedDemoData(db);
    console.log(`Demo accounts: ${created.length} created, ${alreadyPresent.length} already present.`);
    console.log(`Demo groups: ${groups.created} created, ${groups.alreadyPresent} already present.`);
    console.log(`Demo facilitators: ${facilitators.created} created.`);
    console.log(`Demo partners: ${network.partners} created; outreach activities: ${network.activities} created.`);
    if (created.length > 0) console.log(`Password for the new demo accounts: ${DEMO_PASSWORD}`);
    if (!large) return;
    console.log(`Copies of the demo groups: ${await inflateGroups(db, LARGE_GROUP_COUNT)} created.`);
    const scale = await inflateOverview(db);
    console.log(
      `Scale data: ${scale.inquiries} inquiries (${scale.cases} follow-up cases, ${scale.interestEntries} on interest lists), ` +
        `${scale.facilitators} facilitators (${scale.courses} courses, ${scale.completions} completions), ` +
        `${scale.activities} activities, ${scale.surveyResponses} survey answer sheets, ${scale.groupHistories} group status steps.`,
    );
  });
  return 0;
});
