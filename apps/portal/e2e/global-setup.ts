import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from './browser';
import type { Service } from './processes';
import { freePort, startService, stopService, waitForHealthy } from './processes';

const PORTAL_DIR = path.resolve(import.meta.dirname, '..');
const REPO_DIR = path.resolve(PORTAL_DIR, '..', '..');
const GATEWAY_MAIN = path.join(REPO_DIR, 'apps', 'gateway', 'dist', 'main.js');
const PORTAL_BUILD = path.join(PORTAL_DIR, 'build', 'server', 'index.js');

declare module 'vitest' {
  export interface ProvidedContext {
    /** Portal serving every office (`/`, `/nasjonalt`, `/:district`). */
    portalUrl: string;
    /** Portal pinned with PORTAL_DISTRICT=vest. */
    vestPortalUrl: string;
    gatewayUrl: string;
  }
}

function requireFile(file: string, hint: string): void {
  // Missing prerequisites fail the run loudly; an e2e suite that skips proves nothing.
  if (!existsSync(file)) throw new Error(`E2E cannot run: ${file} is missing. ${hint}`);
}

/**
 * Starts the real gateway (in-memory PGlite, migrated and seeded with demo data) and the
 * built portal twice, unpinned and pinned to Vest, and stops them after the run.
 */
export default async function setup(project: TestProject) {
  requireFile(CHROMIUM_PATH, 'Install Debian Chromium (apt-get install chromium) or set CHROMIUM_PATH.');
  requireFile(GATEWAY_MAIN, 'Build the gateway: pnpm turbo run build --filter @selvhjelp/gateway');
  requireFile(PORTAL_BUILD, 'Build the portal: pnpm --filter @selvhjelp/portal build');

  const services: Service[] = [];
  const stopAll = () => Promise.all(services.map((service) => stopService(service)));
  try {
    const gatewayPort = await freePort();
    const gatewayBase = `http://127.0.0.1:${gatewayPort}`;
    const gateway = startService(
      'gateway',
      GATEWAY_MAIN,
      {
        GATEWAY_PORT: String(gatewayPort),
        PGLITE_DATA_DIR: 'memory://',
        NODE_ENV: 'test',
        SEED_DEMO_DATA: 'if-empty',
        LOG_LEVEL: 'warn',
      },
      REPO_DIR,
    );
    services.push(gateway);
    await waitForHealthy(gateway, `${gatewayBase}/healthz`);

    const portalEnv = { NODE_ENV: 'production', GATEWAY_URL: `${gatewayBase}/graphql`, PORTAL_DISTRICT: '' };
    const [unpinnedPort, vestPort] = [await freePort(), await freePort()];
    const unpinned = startService(
      'portal',
      'server.js',
      { ...portalEnv, PORTAL_PORT: String(unpinnedPort) },
      PORTAL_DIR,
    );
    const vest = startService(
      'portal-vest',
      'server.js',
      { ...portalEnv, PORTAL_PORT: String(vestPort), PORTAL_DISTRICT: 'vest' },
      PORTAL_DIR,
    );
    services.push(unpinned, vest);
    // `localhost` is a secure context for the browser, so the production __Host- cookie works over http.
    const portalUrl = `http://localhost:${unpinnedPort}`;
    const vestPortalUrl = `http://localhost:${vestPort}`;
    await Promise.all([
      waitForHealthy(unpinned, `${portalUrl}/healthz`),
      waitForHealthy(vest, `${vestPortalUrl}/healthz`),
    ]);

    project.provide('portalUrl', portalUrl);
    project.provide('vestPortalUrl', vestPortalUrl);
    project.provide('gatewayUrl', `${gatewayBase}/graphql`);
  } catch (error) {
    await stopAll();
    throw error;
  }

  return async () => {
    await stopAll();
  };
}
