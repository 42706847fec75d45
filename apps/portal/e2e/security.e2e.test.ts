import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPortal, takeCspViolations } from './browser';
import { gatewayCall, gatewayLogin } from './gateway-api';
import { demo, DEMO_PASSWORD, expectAccessible, htmlLang, loginAs } from './helpers';

const portalUrl = inject('portalUrl');
const vestUrl = inject('vestPortalUrl');
const gatewayUrl = inject('gatewayUrl');

// The production build sets Secure cookies, hence the __Host- name.
const SESSION_COOKIE = '__Host-selvhjelp_session';

/** A session cookie as React Router writes it (base64 JSON), with whatever content an attacker likes. */
function sessionCookie(value: Record<string, unknown>): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(Buffer.from(JSON.stringify(value)).toString('base64'))}`;
}

function get(url: string, cookie?: string): Promise<Response> {
  return fetch(url, { redirect: 'manual', headers: cookie ? { Cookie: cookie } : {} });
}

function scriptNonce(response: Response): string {
  const policy = response.headers.get('Content-Security-Policy') ?? '';
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
  if (!nonce) throw new Error(`no nonce in ${JSON.stringify(policy)}`);
  return nonce;
}

// What a leaked stack trace or server path would look like.
const STACK_OR_PATH = /\bat [\w.<>]+ \(|node:internal|node_modules|\/work\/|file:\/\/|\.tsx?:\d+|TypeError|SyntaxError/;

describe('security headers (production build)', () => {
  it('sends CSP with a fresh nonce, HSTS and the other headers on every kind of answer', async () => {
    const token = await gatewayLogin(gatewayUrl, demo.vestStaff.email, 'vest');
    const cookie = sessionCookie({ token });
    const pages = [
      [`${portalUrl}/`, undefined],
      [`${portalUrl}/grupper`, undefined],
      [`${portalUrl}/vest/logg-inn`, undefined],
      [`${portalUrl}/finnes-ikke`, undefined],
      [`${portalUrl}/vest/grupper`, cookie],
      [`${portalUrl}/vest/grupper/ny`, cookie],
      [`${vestUrl}/vest/samarbeidspartnere`, cookie],
    ] as const;
    const nonces = new Set<string>();
    for (const [url, withCookie] of pages) {
      const response = await get(url, withCookie);
      expect([200, 404], url).toContain(response.status);
      const policy = response.headers.get('Content-Security-Policy') ?? '';
      for (const directive of [
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
      ]) {
        expect(policy, url).toContain(directive);
      }
      expect(policy, url).not.toContain('unsafe-inline');
      expect(response.headers.get('Strict-Transport-Security'), url).toBe('max-age=31536000; includeSubDomains');
      expect(response.headers.get('X-Content-Type-Options'), url).toBe('nosniff');
      expect(response.headers.get('Referrer-Policy'), url).toBe('same-origin');
      expect(response.headers.get('Cache-Control'), url).toBe('no-store');

      const nonce = scriptNonce(response);
      nonces.add(nonce);
      const html = await response.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, url).toBeGreaterThan(0);
      for (const script of scripts) expect(script, url).toContain(`nonce="${nonce}"`);
      expect(html, url).not.toMatch(/\sstyle="/);
    }
    expect(nonces.size).toBe(pages.length);

    for (const url of [`${portalUrl}/healthz`, `${portalUrl}/grupper/meeting-guide.json`]) {
      const response = await get(url);
      expect(response.headers.get('Content-Security-Policy'), url).toContain("frame-ancestors 'none'");
      expect(response.headers.get('Strict-Transport-Security'), url).not.toBeNull();
    }
  });

  it('fails a test on a CSP violation: an injected inline script is blocked and reported', async () => {
    const browser = await launchBrowser();
    try {
      const { page } = await openPortal(browser, portalUrl);
      await page.goto(`${portalUrl}/grupper`);
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.body.append(script);
      });
      // Both ways of noticing must see it: the page's event and Chromium's console report.
      const seen: string[] = [];
      await expect
        .poll(() => {
          seen.push(...takeCspViolations());
          return [
            seen.some((entry) => entry.startsWith('script-src-elem blocked inline')),
            seen.some((entry) => entry.startsWith('console:')),
          ];
        })
        .toEqual([true, true]);
      expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    } finally {
      await browser.close();
    }
  });
});

describe('the realm comes from the server, not the cookie (acceptance 6)', () => {
  it('answers 404 to a Vest user on /nord/grupper and /nasjonalt whatever the cookie says', async () => {
    const vestToken = await gatewayLogin(gatewayUrl, demo.vestStaff.email, 'vest');
    // A control: the token itself is good on its own portal.
    expect((await get(`${portalUrl}/vest/grupper`, sessionCookie({ token: vestToken }))).status).toBe(200);

    // Logged in without a realm, as an API client would; null used to mean "national".
    const apiToken = (
      await gatewayCall<{ login: { token: string } }>(
        gatewayUrl,
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email: demo.vestStaff.email, password: DEMO_PASSWORD },
      )
    ).login.token;

    const cookies = [
      { token: vestToken },
      { token: vestToken, realm: 'nord' },
      { token: vestToken, realm: null },
      { token: apiToken, realm: null },
      { token: apiToken, realm: 'nord' },
    ];
    for (const content of cookies) {
      for (const path of ['/nord/grupper', '/nasjonalt', '/nasjonalt/grupper']) {
        const response = await get(`${portalUrl}${path}`, sessionCookie(content));
        expect(response.status, `${path} with ${JSON.stringify({ ...content, token: '…' })}`).toBe(404);
        expect(await response.text()).not.toContain(demo.vestStaff.name);
      }
    }
    // Not logged in: the login page, as before.
    const anonymous = await get(`${portalUrl}/nord/grupper`);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('Location')).toContain('/nord/logg-inn');
  });
});

describe('production errors show no stack or path', () => {
  it('answers a malformed form post, a malformed address and a bad data request plainly', async () => {
    const origin = new URL(portalUrl).origin;
    const broken = await fetch(`${portalUrl}/vest/logg-inn`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: origin, 'Content-Type': 'multipart/form-data; boundary=x' },
      body: 'this is not multipart',
    });
    expect(broken.status).toBeGreaterThanOrEqual(400);
    const brokenBody = await broken.text();
    expect(brokenBody).not.toMatch(STACK_OR_PATH);

    const brokenData = await fetch(`${portalUrl}/vest/logg-inn.data`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: origin, 'Content-Type': 'multipart/form-data; boundary=x' },
      body: 'this is not multipart',
    });
    expect(brokenData.status).toBeGreaterThanOrEqual(400);
    expect(await brokenData.text()).not.toMatch(STACK_OR_PATH);

    for (const path of ['/%E0%A4%A', '/assets/%E0%A4%A', '/grupper/%00', '/grupper/..%2f..%2fetc%2fpasswd']) {
      const response = await get(`${portalUrl}${path}`);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(await response.text(), path).not.toMatch(STACK_OR_PATH);
    }
  });
});

describe('idle timeout warning', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('warns two minutes before, keeps the session without losing what was typed, and says when time is up', async () => {
    const { page, context } = await openPortal(browser, vestUrl);
    // The browser's clock is moved on; the gateway's session stays young, as it would when the
    // user clicks in time.
    await page.clock.install();
    await loginAs(page, vestUrl, '/vest', demo.vestStaff.email);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Grupper' }).click();
    await page.waitForURL(`${vestUrl}/vest/grupper`);
    await page.getByRole('link', { name: 'Ny gruppe' }).click();
    await page.waitForURL(`${vestUrl}/vest/grupper/ny`);
    const name = page.getByLabel('Navn', { exact: true });
    await name.fill('Halvferdig gruppe');
    // The countdown runs once the page is hydrated; the dialog element appears then.
    await page.getByTestId('idle-warning').waitFor({ state: 'attached' });

    const dialog = page.getByRole('alertdialog');
    await page.clock.fastForward('27:00');
    expect(await dialog.isVisible()).toBe(false);
    await page.clock.fastForward('01:30');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByRole('heading').innerText()).toBe('Vil du fortsatt være innlogget?');
    await expect.poll(() => dialog.innerText()).toMatch(/logget ut om [01] min \d+ s/);
    // Focus is in the dialog, on the way to stay.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Forbli innlogget');
    expect(await dialog.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await dialog.getAttribute('aria-describedby')).toBeTruthy();
    await expectAccessible(page);

    const keepAlive = page.waitForResponse((response) => response.url().includes('/vest/okt'));
    await dialog.getByRole('button', { name: 'Forbli innlogget' }).click();
    expect((await keepAlive).status()).toBe(200);
    await dialog.waitFor({ state: 'hidden' });
    expect(page.url()).toBe(`${vestUrl}/vest/grupper/ny`);
    expect(await name.inputValue()).toBe('Halvferdig gruppe');
    // The countdown starts again from the gateway's answer: no warning for a while.
    await page.clock.fastForward('20:00');
    expect(await dialog.isVisible()).toBe(false);

    // Past the timeout without a click: it says so and offers login, and the text stays.
    await page.clock.fastForward('10:30');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByRole('heading').innerText()).toBe('Du er logget ut');
    const login = dialog.getByRole('link', { name: 'Logg inn på nytt' });
    expect(await login.getAttribute('href')).toBe('/vest/logg-inn?redirectTo=%2Fvest%2Fgrupper%2Fny&sesjon=utlopt');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Logg inn på nytt');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Lukk' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await name.inputValue()).toBe('Halvferdig gruppe');
    await context.close();
  });

  it('speaks English to an English reader', async () => {
    const { page, context } = await openPortal(browser, vestUrl);
    await page.clock.install();
    await loginAs(page, vestUrl, '/vest', demo.vestStaff.email);
    // Hydrated first: a click before it posts the language form without JavaScript, racing the reload.
    await page.getByTestId('idle-warning').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Change language to English' }).click();
    await expect.poll(() => htmlLang(page)).toBe('en');
    await page.getByTestId('idle-warning').waitFor({ state: 'attached' });
    await page.clock.fastForward('28:30');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByRole('heading').innerText()).toBe('Do you want to stay logged in?');
    await expect.poll(() => dialog.getByRole('button').innerText()).toBe('Stay logged in');
    await expectAccessible(page);
    await context.close();
  });
});
