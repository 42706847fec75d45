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

/**
 * Content-Security-Policy violations seen by any page since the last check. e2e/csp-setup.ts
 * fails the running test when this is not empty, so no test can pass with a violation.
 */
const cspViolations: string[] = [];

export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}

// Runs in every page before its own scripts (Playwright injects it past the CSP): the event
// covers what the page blocked, the console covers what Chromium reports without JavaScript.
function reportViolations() {
  document.addEventListener('securitypolicyviolation', (event) => {
    const report = (window as unknown as { __cspViolation?: (text: string) => void }).__cspViolation;
    void report?.(
      `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${event.documentURI} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
    );
  });
}

async function watchCsp(context: BrowserContext, javaScript: boolean): Promise<void> {
  if (javaScript) {
    await context.exposeFunction('__cspViolation', (text: string) => cspViolations.push(text));
    await context.addInitScript(reportViolations);
  }
  context.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) cspViolations.push(`console: ${message.text()}`);
  });
}

/**
 * A fresh context (no cookies) with one page, recording every request that leaves `origin`
 * and every CSP violation.
 */
export async function openPortal(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<PortalContext> {
  const context = await browser.newContext({ locale: 'nb-NO', ...options });
  await watchCsp(context, options.javaScriptEnabled !== false);
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
