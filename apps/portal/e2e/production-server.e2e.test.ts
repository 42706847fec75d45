import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appCommands, startMode } from '../../../scripts/lib/apps.mjs';
import { launchBrowser, openPortal } from './browser';
import type { Service } from './processes';
import { freePort, startService, stopService, waitForHealthy } from './processes';

const portalUrl = inject('portalUrl');
const gatewayUrl = inject('gatewayUrl');
const REPO_DIR = path.resolve(import.meta.dirname, '..', '..', '..');

const ONE_YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';

/** The page's hashed script and stylesheet addresses. */
function assetPaths(html: string): string[] {
  return [...new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!))];
}

describe('the portal server (server.js)', () => {
  it('serves hashed assets for a year, immutable, and compresses them and the pages', async () => {
    const page = await fetch(`${portalUrl}/grupper`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Encoding')).toBe('br');
    expect(page.headers.get('Vary')).toMatch(/Accept-Encoding/i);
    // Compression leaves the security headers and the script nonce as they were.
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(page.headers.get('Content-Security-Policy') ?? '')?.[1];
    expect(nonce).toBeTruthy();
    expect(page.headers.get('Cache-Control')).toBe('no-store');
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const html = await page.text(); // fetch decompresses
    expect(html).toContain(`nonce="${nonce}"`);

    const assets = assetPaths(html);
    expect(assets.some((asset) => asset.endsWith('.js'))).toBe(true);
    expect(assets.some((asset) => asset.endsWith('.css'))).toBe(true);
    for (const asset of assets) {
      const gzip = await fetch(`${portalUrl}${asset}`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(gzip.status, asset).toBe(200);
      expect(gzip.headers.get('Cache-Control'), asset).toBe(ONE_YEAR_IMMUTABLE);
      const plain = await fetch(`${portalUrl}${asset}`, { headers: { 'Accept-Encoding': 'identity' } });
      expect(plain.headers.get('Content-Encoding'), asset).toBeNull();
      const body = await plain.text();
      // Tiny files are not worth compressing (below 1 kB); the rest are.
      if (body.length >= 1024) expect(gzip.headers.get('Content-Encoding'), asset).toBe('gzip');
      expect(await gzip.text(), asset).toBe(body);
    }

    const plainPage = await fetch(`${portalUrl}/grupper`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plainPage.headers.get('Content-Encoding')).toBeNull();
    await plainPage.arrayBuffer();
  });
});

describe('the portal as `pnpm start` runs it', () => {
  let portal: Service;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    const port = String(await freePort());
    const gatewayPort = new URL(gatewayUrl).port;
    // The same function scripts/start.mjs asks, with no flags: `pnpm start`.
    const mode = startMode([], {});
    expect(mode).toBe('demo');
    const { portal: command } = appCommands(mode, {
      env: { ...process.env, PORTAL_DISTRICT: '' },
      gatewayPort,
      portalPort: port,
    });
    expect(command.command).toBe(process.execPath);
    portal = startService(
      'portal-pnpm-start',
      command.args[0]!,
      command.env as Record<string, string>,
      path.join(REPO_DIR, command.cwd),
    );
    url = `http://localhost:${port}`;
    await waitForHealthy(portal, `${url}/healthz`);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (portal) await stopService(portal);
  });

  it("runs React's production build, with demo settings", async () => {
    // Vitest runs with NODE_ENV=test; `pnpm start` sets production for the portal whatever the shell has.
    expect(process.env.NODE_ENV).toBe('test');
    expect(readFileSync(portal.logFile, 'utf8')).toContain('(production build, demo settings)');

    const response = await fetch(`${url}/grupper`);
    expect(response.status).toBe(200);
    // Demo settings over plain http: no HSTS (production's settings send it).
    expect(response.headers.get('Strict-Transport-Security')).toBeNull();
    expect(response.headers.get('Content-Security-Policy')).toContain("object-src 'none'");
  });

  it('shows no React development warnings in the page', async () => {
    const { context, page } = await openPortal(browser, url);
    const messages: string[] = [];
    page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
    await page.goto(`${url}/grupper`);
    await page.waitForLoadState('networkidle');
    expect(messages).toEqual([]);
    await context.close();
  });
});
