import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPortal } from './browser';
import { demo, expectAccessible, loginAs } from './helpers';

// Issue 13, acceptance 7: the national user opens the dashboard, changes the period, drills into
// a district's groups; 0 axe violations at 1280 and 390 px; the period form by keyboard only.

const portalUrl = inject('portalUrl');
const WIDTHS = [1280, 390] as const;

async function accessibleAtBothWidths(page: Page): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await expectAccessible(page);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The id of the focused element (or its text for a button without one). */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return element?.id || element?.textContent?.trim() || '';
  });
}

/** Presses Tab until the element with this id (or a button with this text) has focus: keyboard only. */
async function tabTo(page: Page, target: string): Promise<void> {
  for (let presses = 0; presses < 200; presses += 1) {
    if ((await focused(page)) === target) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

describe('the national overview', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens from the national home, changes the period, compares, and drills into a district’s groups', async () => {
    const { page, context, foreignRequests } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/nasjonalt', demo.national.email);
    await page
      .getByRole('main')
      .getByRole('link', { name: /^Landsoversikten/ })
      .click();
    await page.waitForURL(`${portalUrl}/nasjonalt/oversikt`);
    await page.getByRole('heading', { level: 1, name: 'Landsoversikt' }).waitFor();
    const year = String(new Date().getFullYear());
    await expect.poll(() => page.getByTestId('overview-period').innerText()).toContain(year);
    // The charts are drawn on the server, each with its table; the map credits its source.
    await expect.poll(() => page.locator('figure svg[role="img"]').count()).toBeGreaterThanOrEqual(4);
    await expect.poll(() => page.getByRole('main').innerText()).toContain('Kartdata: Kartverket');
    await expect.poll(() => page.getByTestId('stat-table-GROUPS_BY_STATUS').locator('tbody tr').count()).toBe(7);
    await accessibleAtBothWidths(page);

    // Another period, compared with the same days a year earlier.
    await page.getByLabel('Fra og med').fill(`${Number(year) - 1}-01-01`);
    await page.getByLabel('Til og med').fill(`${Number(year) - 1}-06-30`);
    await page.getByLabel('Sammenlign med samme periode i fjor').check();
    await page.getByRole('button', { name: 'Vis tall' }).click();
    await page.waitForURL(/compare=1/);
    await expect.poll(() => page.getByTestId('overview-period').innerText()).toContain(`sammenlignet med`);
    await expect
      .poll(() => page.getByTestId('stat-table-GROUPS_BY_STATUS').getByText('Samme periode i fjor').count())
      .toBe(1);
    await accessibleAtBothWidths(page);

    // A period ending before it starts is refused next to its field, and nothing is counted.
    await page.getByLabel('Til og med').fill(`${Number(year) - 2}-01-01`);
    await page.getByRole('button', { name: 'Vis tall' }).click();
    await page.getByRole('group', { name: 'Skjemaet har feil' }).waitFor();
    await expect.poll(() => page.getByTestId('overview-period').count()).toBe(0);
    await accessibleAtBothWidths(page);

    // From a figure to the district's groups: Vest's running groups.
    await page.goto(`${portalUrl}/nasjonalt/oversikt`);
    const vest = page.getByTestId('stat-table-GROUPS_BY_STATUS').locator('tbody tr', { hasText: 'Selvhjelp Vest' });
    const running = vest.locator('a[href$="/grupper?status=RUNNING"]');
    await running.click();
    await page.waitForURL(`${portalUrl}/nasjonalt/distrikter/vest/grupper?status=RUNNING`);
    await page.getByRole('heading', { level: 1, name: 'Grupper i Selvhjelp Vest' }).waitFor();
    // No inquiry or case figure leads anywhere.
    await page.goto(`${portalUrl}/nasjonalt/oversikt`);
    for (const key of ['INQUIRIES_BY_CHANNEL', 'INQUIRIES_BY_INQUIRER', 'CASES', 'INTEREST_DEMAND']) {
      await expect.poll(() => page.getByTestId(`stat-table-${key}`).locator('a').count(), { message: key }).toBe(0);
    }
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('exports the period as XLSX, and prints with its charts', async () => {
    const { page, context } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/nasjonalt', demo.national.email);
    await page.goto(`${portalUrl}/nasjonalt/oversikt`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Last ned som Excel (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const file = Buffer.concat(chunks);
    // An XLSX file is a zip archive with the workbook inside.
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(file.includes(Buffer.from('xl/workbook.xml'))).toBe(true);

    // The print view: the charts and tables stay, the menu and the forms go.
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('figure svg[role="img"]').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('stat-table-GROUPS_BY_STATUS').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('link', { name: 'Last ned som Excel (XLSX)' }).isVisible()).toBe(false);
    await context.close();
  });

  it('takes a period by keyboard only, and reads in English', async () => {
    const { page, context } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/nasjonalt', demo.national.email);
    await page.goto(`${portalUrl}/nasjonalt/oversikt`);
    await tabTo(page, 'overview-from');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('01012025');
    await tabTo(page, 'overview-to');
    await page.keyboard.press('ControlOrMeta+A');
    // Day and month alike, so the field's order (dd.mm or mm/dd, by the browser's locale) does not matter.
    await page.keyboard.type('12122025');
    await tabTo(page, 'overview-compare');
    await page.keyboard.press('Space');
    await tabTo(page, 'Vis tall');
    await page.keyboard.press('Enter');
    await page.waitForURL(/from=2025-01-01&to=2025-12-12&compare=1/);
    await expect.poll(() => page.getByTestId('overview-period').innerText()).toContain('2025');

    await page.getByRole('button', { name: 'Change language to English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByRole('heading', { level: 1, name: 'National overview' }).waitFor();
    await accessibleAtBothWidths(page);
    await context.close();
  });

  it("does not exist in a district portal, whose home shows the district's own figures after its due lists", async () => {
    const { page, context } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/vest', demo.vestStaff.email);
    const figures = page.getByRole('region', { name: /^Tall for / });
    await expect.poll(() => figures.count()).toBe(1);
    const byStatus = figures.getByTestId('stat-table-GROUPS_BY_STATUS');
    await expect.poll(() => byStatus.locator('tbody tr').count()).toBe(1);
    await expect.poll(() => byStatus.locator('tbody tr').innerText()).toContain('Selvhjelp Vest');
    await accessibleAtBothWidths(page);
    expect((await page.goto(`${portalUrl}/vest/oversikt`))?.status()).toBe(404);
    await context.close();
  });
});
