import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeAtBothWidths, groupsWithKey, shownKey, tabTo, withKey } from './api-client-support';
import { launchBrowser, openPortal } from './browser';
import { DEMO_PASSWORD, demo, expectAccessible, loginAs } from './helpers';

const portalUrl = inject('portalUrl');
const gatewayUrl = inject('gatewayUrl');
const UUID = '[0-9a-f-]{36}';

describe('API clients in the portal', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an administrator creates NAV Bergen for vest; the key is shown once, reads vest only, rotates and is revoked', async () => {
    const run = Date.now();
    const name = `NAV Bergen E2E${run}`;
    const { page, context, foreignRequests } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/nasjonalt', demo.admin.email);

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'API-klienter' }).click();
    await page.waitForURL(`${portalUrl}/nasjonalt/api-klienter`);
    await expectAccessible(page);
    expect(await axeAtBothWidths(page)).toEqual([]);
    await page.getByRole('link', { name: 'Ny API-klient' }).first().click();
    await page.waitForURL(`${portalUrl}/nasjonalt/api-klienter/ny`);
    expect(await axeAtBothWidths(page)).toEqual([]);

    // Every mistake at once, next to its field, with what was typed kept.
    await page.getByLabel('Navn på klienten').fill(name);
    await page.getByLabel('Kontaktpersonens e-post').fill('ikke-en-adresse');
    await page.getByRole('button', { name: 'Opprett API-klient' }).click();
    const summary = page.getByRole('group', { name: 'Skjemaet har feil' });
    await expect.poll(() => summary.innerText()).toContain('Tilganger');
    expect(await summary.innerText()).toContain('Kontaktperson');
    expect(await summary.innerText()).toContain('Distrikter klienten ser');
    expect(await page.getByLabel('Navn på klienten').inputValue()).toBe(name);
    expect(await page.getByLabel('Kontaktpersonens e-post').inputValue()).toBe('ikke-en-adresse');
    await expectAccessible(page);
    expect(await axeAtBothWidths(page)).toEqual([]);

    await page.getByLabel('Kontaktperson', { exact: true }).fill('Kari Nav');
    await page.getByLabel('Kontaktpersonens e-post').fill('kari.nav@nav.example');
    await page.getByLabel('Lese grupper (groups:read)').check();
    await page.getByLabel('Sende henvisninger og forespørsler (referrals:write)').check();
    await page.getByLabel('Selvhjelp Vest').check();
    await page.getByRole('button', { name: 'Opprett API-klient' }).click();

    const notice = page.getByTestId('api-key-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Den blir ikke vist igjen');
    expect(await notice.innerText()).toContain('Authorization: Bearer');
    expect(await notice.getByRole('link', { name: /API-dokumentasjonen/ }).getAttribute('href')).toBe(
      '/api/dokumentasjon',
    );
    const key = await shownKey(page);
    expect(key).toMatch(/^shn_[0-9A-Za-z]{36}$/);
    // Never in the address.
    expect(page.url()).toBe(`${portalUrl}/nasjonalt/api-klienter/ny`);
    expect(page.url()).not.toContain(key!);
    expect(await axeAtBothWidths(page)).toEqual([]);

    // The copy button puts it on the clipboard.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: portalUrl });
    await notice.getByRole('button', { name: 'Kopier nøkkelen' }).click();
    await expect.poll(() => notice.getByRole('status').innerText()).toBe('Nøkkelen er kopiert.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

    // A reload or a later visit does not show it again.
    await page.reload();
    await page.getByLabel('Navn på klienten').waitFor();
    expect(await shownKey(page)).toBeNull();
    expect(await page.content()).not.toContain(key!);
    await page.goto(`${portalUrl}/nasjonalt/api-klienter`);
    const row = page.getByRole('row').filter({ hasText: name });
    await expect.poll(() => row.innerText()).toContain('Aktiv');
    expect(await row.innerText()).toContain('Selvhjelp Vest');
    expect(await row.innerText()).toContain('groups:read');
    expect(await page.content()).not.toContain(key!);
    await row.getByRole('link', { name }).click();
    await page.waitForURL(new RegExp(`/nasjonalt/api-klienter/${UUID}$`));
    const clientUrl = page.url();
    expect(await page.content()).not.toContain(key!);
    await expect.poll(() => page.getByTestId('api-client-secrets').innerText()).toContain(`shn_…${key!.slice(-4)}`);
    await expectAccessible(page);
    expect(await axeAtBothWidths(page)).toEqual([]);

    // With the key: vest's groups, not another district's; inquiries stay closed.
    const vest = await groupsWithKey(key!, 'vest');
    expect(vest.codes).toEqual([]);
    expect(vest.totalCount).toBeGreaterThan(0);
    expect(vest.districts).toEqual(['vest']);
    const nord = await groupsWithKey(key!, 'nord');
    expect(nord).toEqual({ codes: [], totalCount: 0, districts: [] });
    expect((await withKey(key!, '{ inquiries(first: 1) { totalCount } }')).codes).toEqual(['FORBIDDEN']);

    // The last use shows on the page.
    await page.reload();
    await expect.poll(() => page.getByTestId('api-client-secrets').innerText()).not.toContain('Aldri');

    // So does its use, from the usage log (written in batches, so read again until it is there):
    // three requests, the refused inquiries among them as an error, per day and per operation.
    await expect
      .poll(async () => {
        await page.reload();
        return page.getByTestId('api-client-usage-totals').innerText();
      })
      .toMatch(/^3 forespørsler, \d+ poeng brukt\. 0 avvist .*, 1 med feil\.$/);
    expect(await page.getByRole('figure', { name: 'Forespørsler per dag' }).count()).toBe(1);
    expect(await page.getByTestId('api-client-usage-operations').innerText()).toContain('Uten navn');
    expect(await axeAtBothWidths(page)).toEqual([]);

    // Rotation: a new key, shown once; both keys work during the overlap.
    await page.getByLabel('Dager den gamle nøkkelen fortsatt virker').fill('31');
    await page.getByRole('button', { name: 'Lag ny nøkkel' }).click();
    await expect
      .poll(() => page.locator('#api-client-overlapDays-error').innerText())
      .toBe('Skriv et helt tall fra 0 til 30.');
    expect(await page.getByLabel('Dager den gamle nøkkelen fortsatt virker').inputValue()).toBe('31');
    await page.getByLabel('Dager den gamle nøkkelen fortsatt virker').fill('7');
    await page.getByRole('button', { name: 'Lag ny nøkkel' }).click();
    await page.getByTestId('api-key-notice').waitFor();
    const newKey = await shownKey(page);
    expect(newKey).toMatch(/^shn_/);
    expect(newKey).not.toBe(key);
    expect(page.url()).toBe(clientUrl);
    expect(await page.getByTestId('api-key-notice').innerText()).toContain('De tidligere nøklene virker til');
    expect(await axeAtBothWidths(page)).toEqual([]);
    expect((await groupsWithKey(newKey!, 'vest')).codes).toEqual([]);
    expect((await groupsWithKey(key!, 'vest')).codes).toEqual([]);
    await page.reload();
    await page.getByTestId('api-client-secrets').waitFor();
    expect(await shownKey(page)).toBeNull();
    expect(await page.content()).not.toContain(newKey!);
    await expect.poll(() => page.getByTestId('api-client-secrets').getByRole('row').count()).toBe(3);

    // Revocation: asked first, then every key stops.
    await page.getByRole('button', { name: 'Tilbakekall …' }).click();
    await page.getByRole('button', { name: 'Ja, tilbakekall' }).waitFor();
    expect((await groupsWithKey(newKey!, 'vest')).codes).toEqual([]);
    await expectAccessible(page);
    expect(await axeAtBothWidths(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, tilbakekall' }).click();
    await page.waitForURL(`${clientUrl}?melding=revoked`);
    await expect.poll(() => page.getByTestId('api-client-status').innerText()).toBe('Tilbakekalt');
    for (const revoked of [key!, newKey!]) {
      const answer = await groupsWithKey(revoked, 'vest');
      expect(answer.codes).toEqual(['UNAUTHENTICATED']);
    }
    expect(await page.getByRole('button', { name: 'Lag ny nøkkel' }).count()).toBe(0);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('shows a stale edit as a conflict, keeping what was typed', async () => {
    const { page, context } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/vest', demo.vestLead.email);
    const name = `Bergen kommune E2E${Date.now()}`;
    await page.goto(`${portalUrl}/vest/api-klienter/ny`);
    await page.getByLabel('Navn på klienten').fill(name);
    await page.getByLabel('Kontaktperson', { exact: true }).fill('Per Kommune');
    await page.getByLabel('Kontaktpersonens e-post').fill('per@bergen.example');
    await page.getByLabel('Lese aktiviteter (activities:read)').check();
    await page.getByRole('button', { name: 'Opprett API-klient' }).click();
    await page.getByTestId('api-key-notice').waitFor();
    await page.getByRole('link', { name: 'Gå til API-klienten' }).click();
    await page.waitForURL(new RegExp(`/vest/api-klienter/${UUID}$`));
    const clientUrl = page.url();

    // Two tabs open the form; the second saves first.
    await page.goto(`${clientUrl}/rediger`);
    const other = await context.newPage();
    await other.goto(`${clientUrl}/rediger`);
    await other.getByLabel('Kontaktperson', { exact: true }).fill('Kari Kommune');
    await other.getByRole('button', { name: 'Lagre endringene' }).click();
    await other.waitForURL(`${clientUrl}?melding=saved`);

    await page.getByLabel('Kontaktperson', { exact: true }).fill('Ola Kommune');
    await page.getByRole('button', { name: 'Lagre endringene' }).click();
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('Endret av noen andre');
    expect(await page.getByLabel('Kontaktperson', { exact: true }).inputValue()).toBe('Ola Kommune');
    await expectAccessible(page);
    // Saving again over it is a choice the user makes.
    await page.getByRole('button', { name: 'Lagre endringene' }).click();
    await page.waitForURL(`${clientUrl}?melding=saved`);
    await expect.poll(() => page.getByRole('main').innerText()).toContain('Ola Kommune');
    await context.close();
  });

  it("a district lead sees only their own district's clients, and staff have no such page", async () => {
    // An administrator's clients: one for nord, one for vest and nord together.
    const login = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p, realm: {}) { token } }',
        variables: { e: demo.admin.email, p: DEMO_PASSWORD },
      }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    const run = Date.now();
    for (const [label, districts] of [
      [`Nord kun E2E${run}`, ['nord']],
      [`Vest og nord E2E${run}`, ['vest', 'nord']],
    ] as const) {
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: 'mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { client { id } } }',
          variables: {
            input: {
              name: label,
              contactName: 'Test Person',
              contactEmail: 'test@example.no',
              scopes: ['GROUPS_READ'],
              districtIds: districts,
            },
          },
        }),
      });
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    }

    const lead = await openPortal(browser, portalUrl);
    await loginAs(lead.page, portalUrl, '/vest', demo.vestLead.email);
    await lead.page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'API-klienter' }).click();
    await lead.page.waitForURL(`${portalUrl}/vest/api-klienter`);
    // The address changes a moment before the new page is drawn (the home page has tables too).
    const table = lead.page.getByRole('table', { name: /^API-klienter \(\d+ i alt\)$/ });
    await table.waitFor();
    const text = await table.innerText();
    expect(text).not.toContain(`Nord kun E2E${run}`);
    expect(text).not.toContain(`Vest og nord E2E${run}`);
    const districtCells = await table.locator('tbody tr td:nth-child(4)').allInnerTexts();
    // The earlier tests made Vest's own clients: those are listed, and nothing else.
    expect(districtCells.length).toBeGreaterThan(0);
    for (const cell of districtCells) expect(cell).toBe('Selvhjelp Vest');
    // The district is fixed to the lead's own in the form.
    await lead.page.goto(`${portalUrl}/vest/api-klienter/ny`);
    expect(await lead.page.getByRole('main').innerText()).toContain('Distrikt: Selvhjelp Vest');
    expect(await lead.page.getByLabel('Selvhjelp Nord').count()).toBe(0);
    await lead.context.close();

    const staff = await openPortal(browser, portalUrl);
    await loginAs(staff.page, portalUrl, '/vest', demo.vestStaff.email);
    expect(
      await staff.page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'API-klienter' })
        .count(),
    ).toBe(0);
    for (const path of ['/vest/api-klienter', '/vest/api-klienter/ny'])
      expect((await staff.page.goto(`${portalUrl}${path}`))?.status()).toBe(403);
    await staff.context.close();

    const national = await openPortal(browser, portalUrl);
    await loginAs(national.page, portalUrl, '/nasjonalt', demo.national.email);
    expect((await national.page.goto(`${portalUrl}/nasjonalt/api-klienter`))?.status()).toBe(403);
    await national.context.close();
  });

  it('creates and rotates without JavaScript: the key is in the answer to the POST, selectable, with no copy button', async () => {
    const { page, context } = await openPortal(browser, portalUrl, { javaScriptEnabled: false });
    await loginAs(page, portalUrl, '/vest', demo.vestLead.email);
    await page.goto(`${portalUrl}/vest/api-klienter/ny`);
    const name = `Uten skript E2E${Date.now()}`;
    await page.getByLabel('Navn på klienten').fill(name);
    await page.getByRole('button', { name: 'Opprett API-klient' }).click();
    await page.waitForLoadState('load');
    const summary = page.getByRole('group', { name: 'Skjemaet har feil' });
    expect(await summary.innerText()).toContain('Tilganger');
    expect(await page.getByLabel('Navn på klienten').inputValue()).toBe(name);
    await expectAccessible(page);

    await page.getByLabel('Kontaktperson', { exact: true }).fill('Kari Skript');
    await page.getByLabel('Kontaktpersonens e-post').fill('kari@skript.example');
    await page.getByLabel('Lese grupper (groups:read)').check();
    await page.getByRole('button', { name: 'Opprett API-klient' }).click();
    await page.waitForLoadState('load');
    const key = await shownKey(page);
    expect(key).toMatch(/^shn_/);
    expect(page.url()).toBe(`${portalUrl}/vest/api-klienter/ny`);
    expect(await page.getByRole('button', { name: 'Kopier nøkkelen' }).count()).toBe(0);
    expect((await groupsWithKey(key!, 'vest')).codes).toEqual([]);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Gå til API-klienten' }).click();
    await page.waitForURL(new RegExp(`/vest/api-klienter/${UUID}$`));
    expect(await shownKey(page)).toBeNull();
    await page.getByLabel('Dager den gamle nøkkelen fortsatt virker').fill('0');
    await page.getByRole('button', { name: 'Lag ny nøkkel' }).click();
    await page.waitForLoadState('load');
    const newKey = await shownKey(page);
    expect(newKey).toMatch(/^shn_/);
    expect(newKey).not.toBe(key);
    // No overlap: the old key stopped at once.
    expect((await groupsWithKey(key!, 'vest')).codes).toEqual(['UNAUTHENTICATED']);
    expect((await groupsWithKey(newKey!, 'vest')).codes).toEqual([]);
    await expectAccessible(page);
    await context.close();
  });

  it('a district lead creates a client with the keyboard alone', async () => {
    const { page, context } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/vest', demo.vestLead.email);
    await page.goto(`${portalUrl}/vest/api-klienter`);
    await tabTo(page, page.getByRole('link', { name: 'Ny API-klient' }).first());
    await page.keyboard.press('Enter');
    await page.waitForURL(`${portalUrl}/vest/api-klienter/ny`);
    const name = `Tastatur E2E${Date.now()}`;
    await tabTo(page, page.getByLabel('Navn på klienten'));
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kari Tastatur');
    await page.keyboard.press('Tab');
    await page.keyboard.type('kari@tastatur.example');
    await tabTo(page, page.getByLabel('Lese statistikk (statistics:read)'));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Opprett API-klient' }));
    await page.keyboard.press('Enter');
    await page.getByTestId('api-key-notice').waitFor();
    expect(await shownKey(page)).toMatch(/^shn_/);
    // The notice takes the focus, so a screen reader reads it first.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain(`API-klienten ${name} er opprettet`);
    await tabTo(page, page.getByRole('button', { name: 'Kopier nøkkelen' }));
    await context.close();
  });
});
