// `pnpm bench`: what the access log costs a list of 20 follow-up cases (issue 12, acceptance 7).
// On every test backend, in interleaved rounds on one database: the district's case list page
// of 20 read in a transaction as the gateway reads it, with its 20 access-log entries appended in
// that transaction (what the read path does, decision 0021) and without them (the hand-written
// baseline: the same read, nothing logged). Prints the median of each and the ratio.
//   pnpm exec tsx bench/access-log.ts        (TEST_DATABASE_URL=... adds PostgreSQL)
import type { NewAccessLogEntry } from '../src/index.js';
import { accessLogEntries, districtScope } from '@selvhjelp/domain';
import { createTestStaffUser, openTestCase, testBackends } from '../src/testing/index.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const scope = districtScope('vest');

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

for (const backend of testBackends()) {
  const db = await backend.open();
  try {
    const staff = await createTestStaffUser(db, { districtId: 'vest', role: 'DISTRICT_STAFF' });
    for (let index = 0; index < 40; index += 1)
      await openTestCase(db, { districtId: 'vest', responsibleStaffUserId: staff.id });

    const withoutLog = () => db.transaction((repos) => repos.followUpCases.list(scope, { first: 20 }));
    const withLog = () =>
      db.transaction(async (repos) => {
        const page = await repos.followUpCases.list(scope, { first: 20 });
        const now = new Date();
        const entries: NewAccessLogEntry[] = accessLogEntries(
          { staffUserId: staff.id, role: 'DISTRICT_STAFF' },
          { recordType: 'FOLLOW_UP_CASE', action: 'LIST', outcome: 'ALLOWED', purpose: 'CASE_WORK' },
          page.nodes.map((node) => node.id),
          now,
        ).map((entry) => ({ ...entry, actorDistrictId: 'vest', recordDistrictId: 'vest', requestId: 'bench' }));
        await repos.accessLog.append(scope, entries);
        return page;
      });

    const check = await withLog();
    if (check.nodes.length !== 20) throw new Error(`expected a page of 20 cases, got ${check.nodes.length}`);
    for (let warm = 0; warm < 30; warm += 1) {
      await withoutLog();
      await withLog();
    }
    const times = { with: [] as number[], without: [] as number[] };
    for (let round = 0; round < ROUNDS; round += 1) {
      // Interleaved, the order alternating, so both see the same machine and the same log size.
      const order = round % 2 ? (['with', 'without'] as const) : (['without', 'with'] as const);
      for (const kind of order) {
        const started = performance.now();
        await (kind === 'with' ? withLog() : withoutLog());
        times[kind].push(performance.now() - started);
      }
    }
    const [logged, bare] = [median(times.with), median(times.without)];
    console.log(
      `${backend.name}: a 20-case list in a transaction: ${bare.toFixed(2)} ms without the access log, ` +
        `${logged.toFixed(2)} ms with its 20 entries (ratio ${(logged / bare).toFixed(2)}×, ${ROUNDS} interleaved rounds, medians)`,
    );
  } finally {
    await db.close();
  }
}
