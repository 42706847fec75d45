#!/usr/bin/env node
// `pnpm start`: build, then run the production builds of the gateway (which migrates and seeds
// the embedded database on first start) and the portal with demo settings, and print where to go
// and how to log in.
// `pnpm start:prod` (or NODE_ENV=production pnpm start): the same builds with production's
// settings; the apps refuse to start without what production needs, nothing is seeded and no
// demo login is printed.
// `pnpm dev`: the sources in watch mode (gateway through tsx, portal through Vite with hot
// reload), React's development build, demo settings.
// What each mode runs, and with which environment, is in lib/apps.mjs.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { appCommands, startMode } from './lib/apps.mjs';
import { runOrExit, waitForHttp } from './lib/run.mjs';

const mode = startMode(process.argv, process.env);
if (mode === 'dev' && process.env.NODE_ENV === 'production') {
  console.error('`pnpm dev` runs the sources for development; for production use `pnpm start:prod`.');
  process.exit(2);
}
if (mode === 'production') process.env.NODE_ENV = 'production';
const production = mode === 'production';
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

const turbo = (...args) =>
  runOrExit('pnpm', ['exec', 'turbo', 'run', ...args, '--output-logs=errors-only'], { cwd: root });
if (mode === 'dev') {
  // The packages both apps import, built; the apps' own generated code; the apps run from source.
  await turbo('build', '--filter=@selvhjelp/gateway^...', '--filter=@selvhjelp/portal^...');
  await turbo('codegen', '--filter=@selvhjelp/gateway', '--filter=@selvhjelp/portal');
} else {
  await turbo('build', '--filter=@selvhjelp/gateway', '--filter=@selvhjelp/portal');
}

const children = [];
const apps = appCommands(mode, { env: process.env, gatewayPort, portalPort });
let stopping = false;

function startChild(name, { command, args, cwd, env }) {
  const dir = join(root, cwd);
  const child = spawn(command.includes('/') ? resolve(dir, command) : command, args, {
    cwd: dir,
    stdio: 'inherit',
    env,
  });
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

const gateway = startChild('gateway', apps.gateway);
try {
  await waitForHttp(`http://127.0.0.1:${gatewayPort}/healthz`, { child: gateway, timeoutMs: 300_000 });
} catch (error) {
  if (!stopping) {
    console.error(`Gateway did not become healthy: ${error.message}`);
    shutdown(1);
  }
  await new Promise(() => {});
}
const portal = startChild('portal', apps.portal);
// localhost, not 127.0.0.1: Vite's dev server may listen on ::1 only.
await waitForHttp(`http://localhost:${portalPort}/`, { child: portal, timeoutMs: 120_000 });

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
Selvhjelp Norge is running (${mode === 'dev' ? 'development mode: sources, reloaded on change' : 'production build, demo settings'}).
  Portal:   http://localhost:${portalPort}/${pinned ?? ''}${pinned ? '' : '   (district portals at /<district>, national office at /nasjonalt)'}
  Gateway:  http://localhost:${gatewayPort}/graphql   (health: http://localhost:${gatewayPort}/healthz)

Demo logins (password for all: ${DEMO_PASSWORD}):
${DEMO_ACCOUNTS.map((account) => `  ${account.email.padEnd(36)} ${account.role.padEnd(15)} ${account.districtId ?? ''}`).join('\n')}

Stop with Ctrl-C.`);
}
