import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { launchBrowser, openPortal } from './browser';
import { gatewayLogin } from './gateway-api';
import { demo, expectAccessible, htmlLang } from './helpers';

const portalUrl = inject('portalUrl');
const gatewayUrl = inject('gatewayUrl');

async function axeAtBothWidths(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const violation of await axeViolations(page)) problems.push(`${width} px: ${violation}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return problems;
}

/** The explorer's answer pane, as Monaco renders it. */
function responseText(page: Page): Promise<string> {
  return page.locator('.graphiql-response').innerText();
}

async function replaceQuery(page: Page, query: string): Promise<void> {
  await page.locator('.graphiql-query-editor .monaco-editor').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // insertText is one input event: Monaco's bracket auto-closing does not interfere.
  await page.keyboard.insertText(query);
}

describe('API documentation and explorer', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('documents the schema and one example per scope, server-rendered, in bokmål and English', async () => {
    const { page, context, foreignRequests } = await openPortal(browser, portalUrl);
    await page.goto(`${portalUrl}/`);
    await expect
      .poll(() => page.getByRole('main').getByRole('link', { name: 'API-dokumentasjon' }).getAttribute('href'))
      .toBe('/api/dokumentasjon');
    const response = await page.goto(`${portalUrl}/api/dokumentasjon`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('API-dokumentasjon');
    const html = await response!.text();
    // From the SDL's descriptions, in the server's HTML.
    expect(html).toContain('Groups open to new members that are starting or running; no login needed.');
    expect(html).toContain('id="type-PublicGroup"');
    for (const scope of ['groups:read', 'activities:read', 'referrals:write', 'statistics:read'])
      await expect.poll(() => page.getByRole('heading', { name: scope, exact: true }).count()).toBe(1);
    expect(html).toContain(`curl -s ${portalUrl}/api/graphql`);
    // Every scope has a worked example from the SDL, referrals:write included.
    expect(html).toContain('mutation SubmitReferral');
    expect(html).not.toContain('Eksempel kommer når operasjonen er publisert i skjemaet.');
    await expectAccessible(page);
    expect(await axeAtBothWidths(page)).toEqual([]);

    await page.getByRole('button', { name: 'Change language to English' }).click();
    await page.waitForLoadState('load');
    await expect.poll(() => htmlLang(page)).toBe('en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('API documentation');
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('explains itself without JavaScript', async () => {
    const { page, context } = await openPortal(browser, portalUrl, { javaScriptEnabled: false });
    const response = await page.goto(`${portalUrl}/api/utforsker`);
    expect(response?.status()).toBe(200);
    expect(await response!.text()).toContain('Utforskeren trenger JavaScript.');
    await expectAccessible(page);
    await context.close();
  });

  it('runs a public query against the demo gateway, loading nothing from another origin', async () => {
    const { page, context, foreignRequests } = await openPortal(browser, portalUrl);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${portalUrl}/api/utforsker`);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor();

    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => responseText(page), { timeout: 20_000 }).toContain('totalCount');
    expect(await responseText(page)).not.toContain('"errors"');
    expect(requests.some((url) => url === `${portalUrl}/api/graphql`)).toBe(true);
    // Monaco's workers run, from our own origin (started when Monaco first needs one, so waited for).
    await expect
      .poll(() => requests.some((url) => /\/assets\/graphql\.worker-[\w-]+\.js$/.test(url)), { timeout: 20_000 })
      .toBe(true);

    await expectAccessible(page);
    expect(await axeAtBothWidths(page)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('sends the pasted key as Authorization with each query, and only to the relay', async () => {
    const token = await gatewayLogin(gatewayUrl, demo.vestLead.email, 'vest');
    const { page, context } = await openPortal(browser, portalUrl);
    const authorised: string[] = [];
    page.on('request', (request) => {
      if (request.headers().authorization) authorised.push(`${request.url()} ${request.headers().authorization}`);
    });
    await page.goto(`${portalUrl}/api/utforsker`);
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor();
    await replaceQuery(page, 'query Mine { groups(first: 1) { totalCount } }');

    // GraphiQL takes the operation's name from the editor after a pause: a click right after
    // typing can still send the old name ("Unknown operation"), so it is clicked until the new one runs.
    await expect
      .poll(
        async () => {
          if (!(await responseText(page)).includes('UNAUTHENTICATED')) {
            await page.locator('.graphiql-execute-button').click();
          }
          return responseText(page);
        },
        { timeout: 20_000, interval: 1_000 },
      )
      .toContain('UNAUTHENTICATED');

    await page.getByLabel('API-nøkkel').fill(token);
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => responseText(page), { timeout: 20_000 }).toContain('totalCount');
    expect(await responseText(page)).not.toContain('UNAUTHENTICATED');
    expect(authorised).toEqual([`${portalUrl}/api/graphql Bearer ${token}`]);
    // Not remembered unless asked: a reload forgets it.
    await page.reload();
    await expect.poll(() => page.getByLabel('API-nøkkel').inputValue()).toBe('');
    await context.close();
  });

  it("relays the gateway's refusal of a key that does not hold: 401 with its Bearer challenge", async () => {
    const answer = await fetch(`${portalUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer shn_${'0'.repeat(36)}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });
});
