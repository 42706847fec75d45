#!/usr/bin/env node
// `pnpm start`: build, then run the gateway (which migrates and seeds the embedded database
// on first start) and the portal, and print where to go and how to log in.
// `pnpm start:prod` (or NODE_ENV=production pnpm start): the same build, both apps in production
// mode; the apps refuse to start without the settings production needs, nothing is seeded and
// no demo login is printed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { runOrExit, waitForHttp } from './lib/run.mjs';

if (process.argv.includes('--production')) process.env.NODE_ENV = 'production';
const production = process.env.NODE_ENV === 'production';
const root = new URL('..', import.meta.url).pathname;
const gatewayPort = process.env.GATEWAY_PORT ?? '4000';
const portalPort = process.env.PORTAL_PORT ?? '3000';

// Fail fast, before building, when another instance holds the embedded database.
if (!process.env.DATABASE_URL && existsSync(`${root}packages/db/dist/index.js`)) {
  const { checkPgliteLock, defaultPgliteDataDir } = await import('@selvhjelp/db');
  const dataDir = process.env.PGLITE_DATA_DIR ?? defaultPgliteDataDir();
  const holder = checkPgliteLock(dataDir);
  if (holder) {
    console.error(
      `\nThe embedded database folder ${dataDir} is in use by another process (pid ${holder}).\n` +
        'Another `pnpm start` is probably running: stop it first (Ctrl-C in its terminal),\n' +
        'or set DATABASE_URL to use a PostgreSQL server.\n',
    );
    process.exit(2);
  }
}

await runOrExit(
  'pnpm',
  [
    'exec',
    'turbo',
    'run',
    'build',
    '--filter=@selvhjelp/gateway',
    '--filter=@selvhjelp/portal',
    '--output-logs=errors-only',
  ],
  { cwd: root },
);

const children = [];
const env = { ...process.env, GATEWAY_PORT: gatewayPort, PORTAL_PORT: portalPort };
let stopping = false;

function startChild(name, args, extraEnv = {}) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  child.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`\n${name} stopped (${signal ?? `exit ${code}`}); stopping everything.`);
    shutdown(code && code !== 0 ? code : 1);
  });
  children.push(child);
  return child;
}

function shutdown(code = 0) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  Promise.all(
    children.map((child) => (child.exitCode !== null ? null : new Promise((r) => child.once('exit', r)))),
  ).then(() => process.exit(code));
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

const gateway = startChild('gateway', ['apps/gateway/dist/main.js']);
try {
  await waitForHttp(`http://127.0.0.1:${gatewayPort}/healthz`, { child: gateway, timeoutMs: 300_000 });
} catch (error) {
  if (!stopping) {
    console.error(`Gateway did not become healthy: ${error.message}`);
    shutdown(1);
  }
  await new Promise(() => {});
}
const portal = startChild('portal', ['apps/portal/server.js'], {
  GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql`,
});
await waitForHttp(`http://127.0.0.1:${portalPort}/`, { child: portal, timeoutMs: 120_000 });

const pinned = process.env.PORTAL_DISTRICT;
if (production) {
  console.log(`
Selvhjelp Norge is running in production mode.
  Portal:   http://localhost:${portalPort}/${pinned ?? ''}   (public address: ${process.env.PUBLIC_PORTAL_URL}, through your TLS proxy)
  Gateway:  http://127.0.0.1:${gatewayPort}/graphql   (health: http://127.0.0.1:${gatewayPort}/healthz)

No demo data. A new installation gets its first administrator with: pnpm admin:create <email>

Stop with Ctrl-C.`);
} else {
  const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import('@selvhjelp/db/seed');
  console.log(`
Selvhjelp Norge is running.
  Portal:   http://localhost:${portalPort}/${pinned ?? ''}${pinned ? '' : '   (district portals at /<district>, national office at /nasjonalt)'}
  Gateway:  http://localhost:${gatewayPort}/graphql   (health: http://localhost:${gatewayPort}/healthz)

Demo logins (password for all: ${DEMO_PASSWORD}):
${DEMO_ACCOUNTS.map((account) => `  ${account.email.padEnd(36)} ${account.role.padEnd(15)} ${account.districtId ?? ''}`).join('\n')}

Stop with Ctrl-C.`);
}
