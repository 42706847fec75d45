import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Debian's Chromium; nothing is downloaded at run time. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Headless Chromium that talks to nobody but our servers; Playwright gives it a fresh temporary profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface PortalContext {
  context: BrowserContext;
  page: Page;
  /** Requests the pages made to any other origin (fonts, CDNs…); must stay empty. */
  foreignRequests: string[];
}

/** A fresh context (no cookies) with one page, recording every request that leaves `origin`. */
export async function openPortal(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<PortalContext> {
  const context = await browser.newContext({ locale: 'nb-NO', ...options });
  const foreignRequests: string[] = [];
  const allowed = new URL(origin).origin;
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:')) return;
    if (new URL(url).origin !== allowed) foreignRequests.push(url);
  });
  const page = await context.newPage();
  return { context, page, foreignRequests };
}
