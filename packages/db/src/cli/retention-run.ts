// pnpm retention:run [--as-of <ISO instant>] — applies pending migrations, then runs the
// retention job once (decision 0020) and prints what it anonymised per district.
import { runCli, withMigratedDatabase } from './env.js';
import { describeRun, parseRetentionArgs } from './retention-args.js';

runCli(async () => {
  const parsed = parseRetentionArgs(process.argv.slice(2), process.env, new Date());
  // Before touching the database: a refused run opens nothing.
  if ('refused' in parsed) {
    console.error(parsed.refused);
    return 1;
  }
  return withMigratedDatabase(async (db) => {
    const result = await db.repositories.retention.run({ now: parsed.asOf, trigger: 'ON_DEMAND' });
    if (result.status === 'skipped') {
      console.log('Skipped: another process is running the retention job right now. Nothing was changed.');
      return 0;
    }
    for (const line of describeRun(result.run)) console.log(line);
    return 0;
  });
});
