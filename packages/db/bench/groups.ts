// Group repository figures on every test backend: statements and time of a list page, of a CSV
// import of 200 groups, and of the demo seed.
//   pnpm exec tsx bench/groups.ts        (TEST_DATABASE_URL=... adds PostgreSQL)
import { NATIONAL_SCOPE, districtScope } from '@selvhjelp/domain';
import { countQueries } from '../src/database.js';
import { seedDemoData } from '../src/seed/seed.js';
import { testBackends, testNewGroup } from '../src/testing/index.js';

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: Math.round(performance.now() - started) };
}

for (const backend of testBackends()) {
  const db = await backend.open();
  try {
    const seed = await timed(() => seedDemoData(db));
    const reseed = await timed(() => seedDemoData(db));
    console.log(
      `${backend.name}: demo seed ${seed.ms} ms (${seed.result.groups.created} groups, accounts incl. argon2), again ${reseed.ms} ms`,
    );

    const imports: string[] = [];
    for (let run = 0; run < 3; run += 1) {
      const batch = Array.from({ length: 200 }, (_, index) =>
        testNewGroup({ changeKind: 'IMPORTED', data: { districtId: 'ost', name: `Import ${run}-${index}` } }),
      );
      const { result, ms } = await timed(() =>
        countQueries(db, () => db.repositories.groups.createMany(NATIONAL_SCOPE, batch)),
      );
      imports.push(`${ms} ms / ${result.count} statements`);
    }
    console.log(`${backend.name}: createMany 200 groups: ${imports.join(', ')}`);

    for (const first of [20, 100]) {
      const runs: string[] = [];
      for (let run = 0; run < 3; run += 1) {
        const { result, ms } = await timed(() =>
          countQueries(db, () => db.repositories.groups.list(districtScope('ost'), { first })),
        );
        runs.push(`${ms} ms / ${result.count} statements`);
      }
      console.log(`${backend.name}: list first ${first}: ${runs.join(', ')}`);
    }
  } finally {
    await db.close();
  }
}
