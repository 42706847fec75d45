// `pnpm bench` (last step): the gateway against a hand-written baseline (bench/baseline/), the
// figures of issue 11. For each backend (PGlite; PostgreSQL when TEST_DATABASE_URL names a
// server) and size (the demo data; 20,000 groups by `db:seed --scale large`):
//   - the gateway's compiled build and the baseline, each a process of its own, must answer the
//     portal's PublicGroups and GroupList requests with byte-identical JSON (or the bench fails):
//     the finder's and the staff list's default pages, and the staff list's name search "sorg"
//     and its last page, reached by following the gateway's cursors page by page;
//   - in interleaved rounds (order alternating): p50 latency of sequential requests on one
//     connection, throughput at 8 connections, and the server process's CPU per request
//     (/proc/<pid>/stat over the 8-connection phase); each round gives a ratio gateway ÷ baseline.
//     The search and the last page are timed at 1 connection only (their figure is how they grow
//     from the demo size to 20k), which keeps the rounds as long as they were;
//   - what a bearer token costs the gateway: p50 of `{ __typename }` with a token − without;
//   - the portal's production build in front of the gateway: TTFB − the gateway time behind a
//     page, and portal CPU per page, for /grupper and /vest/grupper signed in
//     (apps/portal/bench/page-speed.mjs).
// Flags (after `pnpm bench --`): --quick (shorter phases, portal at demo size only),
// --backend pglite|postgresql, --size demo|large, --rounds N, --no-portal.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { BackendName, BenchDatabase, Size } from './compare/databases.js';
import { pgliteDatabase, postgresDatabase } from './compare/databases.js';
import { concurrent, fetchBody, sequential } from './compare/load.js';
import type { GatewayServer, Server } from './compare/processes.js';
import { REPO_ROOT, cpuMs, startBaseline, startGateway, startPortal } from './compare/processes.js';
import type { BenchRequest } from './compare/requests.js';
import { publicFinderRequest, staffListRequest, typenameRequest } from './compare/requests.js';
import { STAFF_LAST_PAGE, STAFF_SEARCH, formatReport, type ComboResult, type ServerFigures } from './compare/report.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    quick: { type: 'boolean', default: process.env.BENCH_QUICK === '1' },
    backend: { type: 'string', multiple: true },
    size: { type: 'string', multiple: true },
    rounds: { type: 'string' },
    'no-portal': { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const ROUNDS = Number(values.rounds ?? 10);
const LATENCY_REQUESTS = quick ? 20 : 40;
const THROUGHPUT_MS = quick ? 400 : 800;
const CONNECTIONS = 8;
const PAGE_REQUESTS = quick ? 15 : 30;
if (!(ROUNDS >= 1)) throw new Error('--rounds: a number of rounds (10 or more for the issue figures)');

const serverUrl = process.env.TEST_DATABASE_URL;
const isBackend = (name: string): name is BackendName => name === 'pglite' || name === 'postgresql';
const isSize = (name: string): name is Size => name === 'demo' || name === 'large';
const backends = (values.backend ?? ['pglite', ...(serverUrl ? ['postgresql'] : [])]).filter((name) => {
  if (!isBackend(name)) throw new Error(`--backend: pglite or postgresql, not ${name}`);
  return true;
}) as BackendName[];
const sizes = [...new Set(values.size ?? ['demo', 'large'])].sort().filter((name) => {
  if (!isSize(name)) throw new Error(`--size: demo or large, not ${name}`);
  return true;
}) as Size[]; // demo first
if (backends.includes('postgresql') && !serverUrl) throw new Error('--backend postgresql needs TEST_DATABASE_URL');

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Sequential latency only, or also throughput and CPU at 8 connections. */
interface Measured {
  request: BenchRequest;
  throughput: boolean;
}

interface StaffPage {
  data?: { groups?: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
}

/**
 * The `after` of the staff list's last page, as the portal's "next" link reaches it: the end
 * cursor of the page before, walking the gateway's pages from the first (null: one page only).
 */
async function lastPageCursor(gateway: Server, token: string): Promise<{ after: string | null; pages: number }> {
  let after: string | null = null;
  for (let pages = 1; ; pages++) {
    const body = await fetchBody(
      gateway.origin,
      staffListRequest(token, 'staff list page', { after: after ?? undefined }),
    );
    const info = (JSON.parse(body.toString('utf8')) as StaffPage).data?.groups?.pageInfo;
    if (!info) throw new Error(`The gateway refused a staff list page: ${body.toString('utf8').slice(0, 500)}`);
    if (!info.hasNextPage) return { after, pages };
    after = info.endCursor;
  }
}

/** Both servers must send the same bytes for the same request before anything is timed. */
async function assertSameAnswer(
  gateway: Server,
  baseline: Server,
  request: BenchRequest,
): Promise<{ bytes: number; nodes: number }> {
  const [expected, actual] = await Promise.all([
    fetchBody(gateway.origin, request),
    fetchBody(baseline.origin, request),
  ]);
  const parsed = JSON.parse(expected.toString('utf8')) as {
    errors?: unknown;
    data?: Record<string, { edges?: unknown[] }>;
  };
  if (parsed.errors) throw new Error(`The gateway refused the ${request.label}: ${expected.toString('utf8')}`);
  if (!expected.equals(actual)) {
    const folder = mkdtempSync(join(tmpdir(), 'selvhjelp-bench-diff-'));
    writeFileSync(join(folder, 'gateway.json'), expected);
    writeFileSync(join(folder, 'baseline.json'), actual);
    let at = 0;
    while (at < expected.length && expected[at] === actual[at]) at++;
    throw new Error(
      `The baseline's ${request.label} differs from the gateway's at byte ${at}: ` +
        `…${expected.subarray(Math.max(0, at - 80), at + 80).toString()}… (both in ${folder})`,
    );
  }
  const [list] = Object.values(parsed.data ?? {});
  return { bytes: expected.length, nodes: list?.edges?.length ?? 0 };
}

async function measureServer(server: Server, { request, throughput }: Measured, into: ServerFigures): Promise<void> {
  const times = await sequential(server.origin, request, LATENCY_REQUESTS);
  into.p50.push(median(times));
  if (!throughput) return;
  const before = cpuMs(server.pid);
  const { requests, seconds } = await concurrent(server.origin, request, CONNECTIONS, THROUGHPUT_MS);
  into.cpu.push((cpuMs(server.pid) - before) / requests);
  into.throughput.push(requests / seconds);
}

interface PageSpeed {
  measurePages(options: {
    targets: { name: string; url: string; pid: number }[];
    path: string;
    rounds: number;
    requests: number;
    warmup: number;
    cookie?: string;
    gatewayMetrics: string;
  }): Promise<{ ttfb: number[]; cpu: number[]; gatewayMs: number[]; calls: number[]; portalMs: number[] }[]>;
}

async function measurePortal(gateway: GatewayServer, token: string, result: ComboResult): Promise<void> {
  const pageSpeed = (await import(
    pathToFileURL(join(REPO_ROOT, 'apps/portal/bench/page-speed.mjs')).href
  )) as PageSpeed;
  const portal = await startPortal(gateway.origin);
  try {
    // The portal's session cookie holds the gateway's token (react-router's cookie encoding).
    const cookie = `selvhjelp_session=${encodeURIComponent(Buffer.from(JSON.stringify({ token })).toString('base64'))}`;
    for (const [path, pageCookie] of [
      ['/grupper', undefined],
      ['/vest/grupper', cookie],
    ] as const) {
      const [page] = await pageSpeed.measurePages({
        targets: [{ name: 'portal', url: portal.origin, pid: portal.pid }],
        path,
        rounds: ROUNDS,
        requests: PAGE_REQUESTS,
        warmup: 20,
        cookie: pageCookie,
        gatewayMetrics: gateway.metricsUrl,
      });
      result.pages.push({ path, ...page! });
    }
  } finally {
    await portal.stop();
  }
}

/** One backend and size under measurement: its servers, the requests, the figures so far. */
interface Combo {
  db: BenchDatabase;
  gateway: GatewayServer;
  baseline: Server;
  requests: Measured[];
  result: ComboResult;
}

/** Starts the servers on a database, checks their answers alike and warms them. */
async function startCombo(db: BenchDatabase): Promise<Combo> {
  const gateway = await startGateway(db.gatewayEnv, db.backend === 'postgresql');
  const baseline = await startBaseline(db.baselineEnv);
  try {
    const last = await lastPageCursor(gateway, db.staffToken);
    const requests: Measured[] = [
      { request: publicFinderRequest(), throughput: true },
      { request: staffListRequest(db.staffToken), throughput: true },
      { request: staffListRequest(db.staffToken, STAFF_SEARCH, { search: 'sorg' }), throughput: false },
      {
        request: staffListRequest(db.staffToken, STAFF_LAST_PAGE, { after: last.after ?? undefined }),
        throughput: false,
      },
    ];
    const result: ComboResult = {
      backend: db.backend,
      size: db.size,
      groups: db.groups,
      rounds: ROUNDS,
      staffPages: last.pages,
      requests: [],
      pages: [],
      tokenCost: [],
    };
    for (const { request } of requests) {
      result.requests.push({
        label: request.label,
        ...(await assertSameAnswer(gateway, baseline, request)),
        gateway: { p50: [], throughput: [], cpu: [] },
        baseline: { p50: [], throughput: [], cpu: [] },
      });
    }
    // Warm both (JIT, caches, pools) before the first round.
    for (const server of [gateway, baseline])
      for (const { request, throughput } of requests) {
        await sequential(server.origin, request, 100);
        if (throughput) await concurrent(server.origin, request, CONNECTIONS, 500);
      }
    for (const token of [undefined, db.staffToken]) await sequential(gateway.origin, typenameRequest(token), 100);
    return { db, gateway, baseline, requests, result };
  } catch (error) {
    await Promise.all([gateway.stop(), baseline.stop()]);
    throw error;
  }
}

async function measureRound({ db, gateway, baseline, requests, result }: Combo, round: number): Promise<void> {
  // What a bearer token costs the gateway: `{ __typename }` with it ÷ without, back to back.
  const bare = typenameRequest();
  const signedIn = typenameRequest(db.staffToken);
  const pair = round % 2 ? [signedIn, bare] : [bare, signedIn];
  const p50 = new Map<BenchRequest, number>();
  for (const request of pair) p50.set(request, median(await sequential(gateway.origin, request, LATENCY_REQUESTS)));
  result.tokenCost.push(p50.get(signedIn)! - p50.get(bare)!);
  const order = round % 2 ? [baseline, gateway] : [gateway, baseline];
  for (const [index, request] of requests.entries())
    for (const server of order) {
      const figures = result.requests[index]!;
      await measureServer(server, request, server === gateway ? figures.gateway : figures.baseline);
    }
}

/** The gateway's count of operations by executor (its Prometheus text). */
async function executions(gateway: GatewayServer): Promise<{ compiled: number; standard: number }> {
  const text = await (await fetch(gateway.metricsUrl)).text();
  const count = (kind: string) =>
    Number(new RegExp(`graphql_executions_total\\{executor="${kind}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
  return { compiled: count('compiled'), standard: count('standard') };
}

const results: ComboResult[] = [];
for (const backend of backends) {
  // A database per size (the demo data; the same inflated to 20,000 groups), both measured in
  // the same rounds, so that how a figure grows with the registry is read from rounds that saw
  // the same load on the machine.
  let started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  process.stdout.write(`${backend}: seeding ${sizes.join(' and ')}… `);
  const dbs: BenchDatabase[] = [];
  const combos: Combo[] = [];
  try {
    for (const size of sizes)
      dbs.push(backend === 'pglite' ? await pgliteDatabase(size) : await postgresDatabase(serverUrl!, size));
    process.stdout.write(`${seconds()}; measuring… `);
    started = performance.now();
    for (const db of dbs) combos.push(await startCombo(db));
    for (let round = 0; round < ROUNDS; round++)
      for (const combo of round % 2 ? [...combos].reverse() : combos) await measureRound(combo, round);
    for (const { db, gateway, result } of combos) {
      result.executions = await executions(gateway);
      if (!values['no-portal'] && (!quick || db.size === 'demo')) await measurePortal(gateway, db.staffToken, result);
    }
    results.push(...combos.map((combo) => combo.result));
    console.log(seconds());
  } finally {
    await Promise.all(combos.flatMap(({ gateway, baseline }) => [gateway.stop(), baseline.stop()]));
    await Promise.all(dbs.map((db) => db.drop()));
  }
}
console.log(
  formatReport(results, {
    connections: CONNECTIONS,
    latencyRequests: LATENCY_REQUESTS,
    throughputMs: THROUGHPUT_MS,
    pageRequests: PAGE_REQUESTS,
  }),
);
