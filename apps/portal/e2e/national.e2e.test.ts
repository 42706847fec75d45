import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPortal } from './browser';
import { demo, expectAccessible, loginAs } from './helpers';

const portalUrl = inject('portalUrl');

/** A national user's menu; an administrator's adds users and API clients. */
const NATIONAL_MENU = [
  'Oversikt',
  'Landsoversikt',
  'Grupper',
  'Distrikter',
  'Utadrettet arbeid',
  'Rapporter',
  'Brukerundersøkelser',
];

describe('unpinned instance', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('offers every office on the start page', async () => {
    const { page, context } = await openPortal(browser, portalUrl);
    await page.goto(`${portalUrl}/`);
    const main = page.getByRole('main');
    for (const office of ['Nasjonalt kontor (Oslo)', 'Selvhjelp Nord', 'Selvhjelp Vest', 'Selvhjelp Øst']) {
      await expect.poll(() => main.getByRole('link', { name: office }).count(), { message: office }).toBe(1);
    }
    await expectAccessible(page);
    const response = await page.goto(`${portalUrl}/bergen`);
    expect(response?.status()).toBe(404);
    await expectAccessible(page);
    await context.close();
  });

  it('shows the national shell to a national user, with every district', async () => {
    const { page, context, foreignRequests } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/nasjonalt', demo.national.email);
    const header = page.getByRole('banner');
    await expect.poll(() => header.innerText()).toContain('Selvhjelp Norge – nasjonalt kontor');
    await expect.poll(() => header.innerText()).toContain(`${demo.national.name} (nasjonalt)`);
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await expect.poll(() => nav.getByRole('link').allInnerTexts()).toEqual(NATIONAL_MENU);
    const main = page.getByRole('main');
    // A district card leads to what a national user may read of it (not to a district login).
    const card = main.getByRole('link', { name: 'Selvhjelp Vest', exact: true });
    await expect.poll(() => card.getAttribute('href')).toBe('/nasjonalt/distrikter/vest');
    await expect.poll(() => main.innerText()).toContain('Tromsø');
    await expect.poll(() => main.innerText()).toContain('Vestland');
    await expectAccessible(page);
    await card.click();
    await page.waitForURL(`${portalUrl}/nasjonalt/distrikter/vest`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Selvhjelp Vest');
    await expect.poll(() => page.getByLabel('Passord').count()).toBe(0);

    await nav.getByRole('link', { name: 'Distrikter' }).click();
    await page.waitForURL(`${portalUrl}/nasjonalt/distrikter`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Distriktskontorer');
    await expect
      .poll(() =>
        page.getByRole('main').getByRole('link', { name: 'Selvhjelp Vest', exact: true }).getAttribute('href'),
      )
      .toBe('/nasjonalt/distrikter/vest');
    await expectAccessible(page);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('does not let a Vest session into another portal: its pages do not exist for it', async () => {
    const { page, context } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/vest', demo.vestStaff.email);
    for (const path of ['/nord', '/nasjonalt', '/nord/brukere']) {
      const response = await page.goto(`${portalUrl}${path}`);
      expect(response?.status(), path).toBe(404);
      expect(page.url(), path).toBe(`${portalUrl}${path}`);
      await expect.poll(() => page.getByRole('main').innerText()).not.toContain(demo.vestStaff.name);
    }
    // The Vest session itself is untouched.
    await page.goto(`${portalUrl}/vest`);
    expect(page.url()).toBe(`${portalUrl}/vest`);
    await context.close();
  });

  it('refuses a district user on the national portal', async () => {
    const { page, context } = await openPortal(browser, portalUrl);
    await page.goto(`${portalUrl}/nasjonalt/logg-inn`);
    await page.getByLabel('E-post').fill(demo.vestLead.email);
    await page.getByLabel('Passord').fill('demo-passord-2026');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForLoadState('load');
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toContain('kan ikke logge inn på Selvhjelp Norge – nasjonalt kontor');
    await context.close();
  });
});

describe('national user administration', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets an admin list users of every district and create a national user', async () => {
    const { page, context } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/nasjonalt', demo.admin.email);
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    // An administrator's menu: the national user's, then users and API clients.
    await expect
      .poll(() => nav.getByRole('link').allInnerTexts())
      .toEqual([...NATIONAL_MENU, 'Brukere', 'API-klienter']);
    await nav.getByRole('link', { name: 'Brukere' }).click();
    await page.waitForURL(`${portalUrl}/nasjonalt/brukere`);
    const table = page.getByRole('table');
    await expect.poll(() => table.innerText()).toContain(demo.vestStaff.email);
    await expect.poll(() => table.innerText()).toContain(demo.nordStaff.email);
    await expectAccessible(page);

    await page.getByLabel('Distrikt', { exact: true }).first().selectOption('nord');
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.waitForURL(/district=nord/);
    await expect.poll(() => page.getByRole('table').innerText()).not.toContain(demo.vestStaff.email);

    const email = `nasjonal.${Date.now()}@demo.selvhjelp.no`;
    await page.getByLabel('Navn', { exact: true }).fill('Nina Nasjonal');
    await page.getByLabel('E-post', { exact: true }).fill(email);
    await page.locator('#create-role').selectOption('NATIONAL');
    await page.locator('#create-district').selectOption('');
    await page.getByRole('button', { name: 'Opprett bruker' }).click();
    const link = page.getByTestId('password-link');
    await link.waitFor();
    await expect
      .poll(() => link.getAttribute('href'))
      .toMatch(new RegExp(`^${portalUrl}/nasjonalt/nytt-passord\\?token=`));
    await context.close();
  });
});
