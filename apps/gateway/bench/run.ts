// `pnpm bench`: speed goals as ratios, on every test backend (PGlite; PostgreSQL too when
// TEST_DATABASE_URL is set). Timings vary with the machine; the ratios and statement counts
// are what to watch:
//   - groups(first: 100) vs groups(first: 20) with nested data: statements equal, time < 5×.
//   - a public finder page vs a staff page of the same size.
import { countQueries } from '@selvhjelp/db';
import { testBackends } from '@selvhjelp/db/testing';
import { groupCsv } from '../test/group-fixtures.js';
import { startTestGateway } from '../test/harness.js';

const RUNS = 15;

const staffQuery = (first: number) => `query { groups(first: ${first}) { totalCount statusCounts { status count }
  edges { node { id name venue { name } municipality { name county { name } } district { name } themes { id label }
    nextMeetings(count: 3) { start } statusHistory { to changedBy { name } } followUps { date } history { kind } } } } }`;
const publicQuery = (first: number) => `query { publicGroups(first: ${first}) { totalCount
  edges { node { slug name venue { name } municipality { name } themes { label } nextMeetings(count: 3) { start } contact { email } } } } }`;

async function median(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

for (const backend of testBackends()) {
  const db = await backend.open();
  const gateway = await startTestGateway(db);
  try {
    const token = await gateway.login('vest.ansatt@demo.selvhjelp.no');
    const imported = await gateway.gql('mutation ($input: ImportGroupsInput!) { importGroups(input: $input) { createdCount } }', { input: { csv: groupCsv(300, {}, 'i gang'), dryRun: false } }, token);
    if (imported.errors) throw new Error(JSON.stringify(imported.errors));

    const rows: string[][] = [];
    const measure = async (label: string, query: string, auth: string | null) => {
      const { count } = await countQueries(db, () => gateway.gql(query, {}, auth));
      const ms = await median(() => gateway.gql(query, {}, auth));
      rows.push([label, String(count), ms.toFixed(1)]);
      return { count, ms };
    };
    const staff20 = await measure('staff groups(first: 20)', staffQuery(20), token);
    const staff100 = await measure('staff groups(first: 100)', staffQuery(100), token);
    const public20 = await measure('publicGroups(first: 20)', publicQuery(20), null);
    const public100 = await measure('publicGroups(first: 100)', publicQuery(100), null);
    const login = await median(() => gateway.login('vest.leder@demo.selvhjelp.no'));

    console.log(`\n${backend.name}`);
    console.log(`  ${'operation'.padEnd(28)} ${'SQL'.padStart(4)} ${'median ms'.padStart(10)}`);
    for (const [label, count, ms] of rows) console.log(`  ${label!.padEnd(28)} ${count!.padStart(4)} ${ms!.padStart(10)}`);
    console.log(`  login (argon2id 19 MiB, t=2)  ${login.toFixed(1).padStart(15)}`);
    console.log(`  ratio staff 100/20: time ${(staff100.ms / staff20.ms).toFixed(2)}×, statements ${staff100.count}/${staff20.count}`);
    console.log(`  ratio public 100/20: time ${(public100.ms / public20.ms).toFixed(2)}×, statements ${public100.count}/${public20.count}`);
  } finally {
    await gateway.close();
    await db.close();
  }
}
