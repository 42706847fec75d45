import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPortal } from './browser';
import { demo, expectAccessible, loginAs } from './helpers';

// Issue 13: the national office reads a district's non-personal registers inside its own portal.

const portalUrl = inject('portalUrl');
const WIDTHS = [1280, 390] as const;

async function accessibleAtBothWidths(page: Page): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await expectAccessible(page);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('one district read from the national portal', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('goes from the district table to its key facts and on to each register, read-only', async () => {
    const { page, context, foreignRequests } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/nasjonalt', demo.national.email);
    await page.goto(`${portalUrl}/nasjonalt/distrikter`);
    await page.getByRole('main').getByRole('link', { name: 'Selvhjelp Vest', exact: true }).click();
    await page.waitForURL(`${portalUrl}/nasjonalt/distrikter/vest`);
    await page.getByRole('heading', { level: 1, name: 'Selvhjelp Vest' }).waitFor();
    await expect.poll(() => page.getByRole('main').innerText()).toContain('Vestland');
    await accessibleAtBothWidths(page);

    // A figure leads to its list: the running groups of Vest.
    const figures = page.getByTestId('district-group-statuses');
    await figures.getByRole('link', { name: 'I gang (selvgående)' }).click();
    await page.waitForURL(`${portalUrl}/nasjonalt/distrikter/vest/grupper?status=RUNNING`);
    await page.getByRole('heading', { level: 1, name: 'Grupper i Selvhjelp Vest' }).waitFor();
    const rows = page.getByRole('table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    for (const status of await rows.locator('td:nth-child(2)').allInnerTexts()) {
      expect(status).toContain('I gang');
    }
    // No register of the district is changed from here.
    await expect.poll(() => page.getByRole('link', { name: /^Ny / }).count()).toBe(0);
    await expect.poll(() => page.getByRole('link', { name: /Importer/ }).count()).toBe(0);
    await accessibleAtBothWidths(page);

    // The group's own page is the national portal's (not the district's, which has no login for them).
    const first = rows.first().getByRole('link');
    expect(await first.getAttribute('href')).toMatch(/^\/nasjonalt\/grupper\/[0-9a-f-]{36}$/);

    const sections = page.getByRole('navigation', { name: 'Sider om Selvhjelp Vest' });
    for (const [label, path, heading] of [
      ['Kurs', 'kurs', 'Kurs i Selvhjelp Vest'],
      ['Samarbeidspartnere', 'samarbeidspartnere', 'Samarbeidspartnere i Selvhjelp Vest'],
      ['Aktiviteter', 'aktiviteter', 'Aktiviteter i Selvhjelp Vest'],
    ] as const) {
      await sections.getByRole('link', { name: label, exact: true }).click();
      await page.waitForURL(`${portalUrl}/nasjonalt/distrikter/vest/${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expect
        .poll(() => page.getByRole('table').first().locator('tbody tr').count(), { message: path })
        .toBeGreaterThan(0);
      // Rows name organisations and events, never open a record page (it would name people).
      await expect.poll(() => page.locator('tbody a').count(), { message: path }).toBe(0);
      await expect.poll(() => page.getByRole('link', { name: /^Ny / }).count(), { message: path }).toBe(0);
      await accessibleAtBothWidths(page);
    }
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('has no inquiries, cases or volunteer peers of a district, and no such pages in a district portal', async () => {
    const { page, context } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/nasjonalt', demo.national.email);
    for (const path of ['henvendelser', 'saker', 'likepersoner', 'interesseliste']) {
      const response = await page.goto(`${portalUrl}/nasjonalt/distrikter/vest/${path}`);
      expect(response?.status(), path).toBe(404);
    }
    expect((await page.goto(`${portalUrl}/nasjonalt/distrikter/bergen`))?.status()).toBe(404);
    await context.close();

    const vest = await openPortal(browser, portalUrl);
    await loginAs(vest.page, portalUrl, '/vest', demo.vestStaff.email);
    for (const path of ['/vest/distrikter/nord', '/vest/distrikter/vest/grupper']) {
      expect((await vest.page.goto(`${portalUrl}${path}`))?.status(), path).toBe(404);
    }
    await vest.context.close();
  });

  it('reads the same in English', async () => {
    const { page, context } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/nasjonalt', demo.national.email);
    await page.goto(`${portalUrl}/nasjonalt/distrikter/nord`);
    await page.getByRole('button', { name: 'Change language to English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByRole('heading', { level: 2, name: 'The registers in figures' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Pages about Selvhjelp Nord' })
      .getByRole('link', { name: 'Partners' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Partners in Selvhjelp Nord' }).waitFor();
    await accessibleAtBothWidths(page);
    await context.close();
  });
});
