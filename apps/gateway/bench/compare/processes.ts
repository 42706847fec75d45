// The servers under measurement, each in a process of its own (so that its CPU can be read from
// /proc/<pid>/stat): the gateway as `pnpm start` / production runs it (its compiled build), the
// hand-written baseline, and the portal's production build.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

export interface Server {
  name: string;
  pid: number;
  /** http://127.0.0.1:port */
  origin: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

const TICK_MS = 1000 / 100; // USER_HZ is 100 on Linux

/** User + system CPU of a process (all its threads) so far, in ms (10 ms resolution). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error(`${url} did not answer within 2 minutes:\n${output()}`);
}

async function start(
  name: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  readyPath: string,
): Promise<Server> {
  const child = spawn(process.execPath, [...(process.env.PROF_ARGS?.split(' ') ?? []), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(`${origin}${readyPath}`, child, () => output);
  return {
    name,
    pid: child.pid!,
    origin,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
      }),
  };
}

export interface GatewayServer extends Server {
  /** Its Prometheus endpoint (a listener of its own, as in production). */
  metricsUrl: string;
}

/**
 * The gateway's compiled build (apps/gateway/dist), as `pnpm start` runs it on PGlite
 * (NODE_ENV=production with GATEWAY_DEMO=true: the demo's settings) and as production runs it on
 * PostgreSQL (NODE_ENV=production, whose settings refuse PGlite).
 */
export async function startGateway(database: Record<string, string>, production: boolean): Promise<GatewayServer> {
  const port = await freePort();
  const metricsPort = await freePort();
  const env: Record<string, string> = {
    ...database,
    GATEWAY_PORT: String(port),
    METRICS_PORT: String(metricsPort),
    SEED_DEMO_DATA: 'never',
    // The retention job's first run would land inside a measurement.
    RETENTION_INTERVAL_MINUTES: '0',
    REPORT_JOB_INTERVAL_SECONDS: '0',
    NODE_ENV: 'production',
    ...(production ? { PUBLIC_PORTAL_URL: 'https://bench.selvhjelp.invalid' } : { GATEWAY_DEMO: 'true' }),
  };
  const server = await start('gateway', ['apps/gateway/dist/main.js'], env, port, '/healthz');
  return { ...server, metricsUrl: `http://127.0.0.1:${metricsPort}/metrics` };
}

/** The hand-written baseline (bench/baseline/server.ts) through tsx's loader. */
export async function startBaseline(database: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const tsx = pathToFileURL(join(REPO_ROOT, 'apps/gateway/node_modules/tsx/dist/loader.mjs')).href;
  return start(
    'baseline',
    ['--import', tsx, 'apps/gateway/bench/baseline/server.ts'],
    { ...database, BASELINE_PORT: String(port), NODE_ENV: 'production' },
    port,
    '/healthz',
  );
}

/** The portal as `pnpm start` runs it: production build, NODE_ENV=production, demo settings. */
export async function startPortal(gatewayOrigin: string): Promise<Server> {
  const port = await freePort();
  return start(
    'portal',
    ['apps/portal/server.js'],
    {
      PORTAL_PORT: String(port),
      GATEWAY_URL: `${gatewayOrigin}/graphql`,
      NODE_ENV: 'production',
      PORTAL_DEMO: 'true',
    },
    port,
    '/grupper',
  );
}
