// The group lists at scale on a PostgreSQL server: statements, EXPLAIN ANALYZE and time of the
// staff list (first page, name search "sorg", last page by cursor) and the public finder, as
// the gateway calls them. Run it on a copy at demo size and one inflated to 20,000 groups
// (`pnpm db:seed --scale large`) and compare:
//   DATABASE_URL=postgresql://…/bench pnpm --filter @selvhjelp/db exec tsx bench/lists.ts
import type { GroupListOptions } from '../src/index.js';
import { NATIONAL_SCOPE, districtScope } from '@selvhjelp/domain';
import pg from 'pg';
import { countQueries, openDatabase } from '../src/index.js';

const RUNS = 20;
/** The portal's page size for the staff list (and about the finder's). */
const PAGE = 25;
const EXPLAINS = 7;
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL: a PostgreSQL database with the demo data (or more).');

// What adapter-pg sends: every statement with its parameters, to EXPLAIN it as it ran.
const sent: { text: string; values: unknown[] }[] = [];
// eslint-disable-next-line @typescript-eslint/unbound-method -- applied again below with the client as `this`
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [first, second] = args as [unknown, unknown];
  if (typeof first === 'object' && first !== null && 'text' in first) {
    const { text, values } = first as { text: string; values?: unknown[] };
    sent.push({ text, values: values ?? [] });
  } else if (typeof first === 'string') {
    sent.push({ text: first, values: Array.isArray(second) ? second : [] });
  }
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

const db = await openDatabase({ databaseUrl: url });
const explainer = new pg.Client({ connectionString: url, options: '-c TimeZone=UTC' });
await explainer.connect();
const vest = districtScope('vest');
const groups = db.repositories.groups;

/** The staff list as the gateway asks for it (the portal's columns only): one call where the repository has it. */
function staffList(options: GroupListOptions): Promise<unknown> {
  // Before the one-statement list: the page and the counts as the gateway asked for them then.
  const combined = (groups as Partial<Pick<typeof groups, 'listWithStatusCounts'>>).listWithStatusCounts;
  if (combined) return combined.call(groups, vest, options, 'summary');
  const { statuses: _ignored, ...withoutStatuses } = options.filter ?? {};
  return Promise.all([groups.list(vest, options), groups.statusCounts(vest, withoutStatuses)]);
}

async function cursorOfLastPage(
  next: (after: string | null) => Promise<{ hasNextPage: boolean; endCursor: string | null }>,
) {
  let after: string | null = null;
  for (;;) {
    const page = await next(after);
    if (!page.hasNextPage) return after;
    after = page.endCursor;
  }
}

const lastStaff = await cursorOfLastPage((after) => groups.list(vest, { first: PAGE, after }));
const lastPublic = await cursorOfLastPage((after) => groups.listPublic(NATIONAL_SCOPE, { first: PAGE, after }));
const { totalCount } = await groups.list(NATIONAL_SCOPE, { first: 0 });
const { totalCount: inVest } = await groups.list(vest, { first: 0 });

const cases: [string, () => Promise<unknown>][] = [
  ['staff first page', () => staffList({ first: PAGE })],
  ['staff search "sorg"', () => staffList({ first: PAGE, filter: { search: 'sorg' } })],
  ['staff last page', () => staffList({ first: PAGE, after: lastStaff })],
  ['public first page', () => groups.listPublic(NATIONAL_SCOPE, { first: PAGE })],
  ['public search "sorg"', () => groups.listPublic(NATIONAL_SCOPE, { first: PAGE, filter: { search: 'sorg' } })],
  ['public last page', () => groups.listPublic(NATIONAL_SCOPE, { first: PAGE, after: lastPublic })],
];

const KEY_LINE = /Scan|Rows Removed|Index Cond|Recheck|Sort Method|Planning Time|Execution Time/;
console.log(`${totalCount} groups, ${inVest} in vest (${new URL(url).pathname.slice(1)})\n`);
for (const [label, run] of cases) {
  await run(); // warm
  sent.length = 0;
  const { count } = await countQueries(db, run);
  const statements = sent.filter((statement) => !/^\s*(BEGIN|COMMIT|ROLLBACK)/i.test(statement.text));
  // EXPLAIN ANALYZE each statement EXPLAINS times; the median of their summed execution times.
  const executions: number[] = [];
  let lines: string[] = [];
  for (let round = 0; round < EXPLAINS; round += 1) {
    let execution = 0;
    lines = [];
    for (const statement of statements) {
      const { rows } = await explainer.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
        statement.values,
      );
      for (const { 'QUERY PLAN': line } of rows) {
        const time = /Execution Time: ([\d.]+)/.exec(line);
        if (time) execution += Number(time[1]);
        if (KEY_LINE.test(line)) lines.push(line.replace(/\(cost=[^)]*\)\s*/, ''));
      }
    }
    executions.push(execution);
  }
  executions.sort((a, b) => a - b);
  const execution = executions[Math.floor(executions.length / 2)]!;
  const times: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `## ${label}: ${count} statement(s), execution ${execution.toFixed(2)} ms, call median ${median.toFixed(2)} ms`,
  );
  for (const line of lines) console.log(`    ${line}`);
  console.log('');
}
await explainer.end();
await db.close();
