import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPortal } from './browser';
import { demo, expectAccessible, loginAs } from './helpers';

const portalUrl = inject('portalUrl');

/** axe at the desktop and the phone width, ending back at the desktop width. */
async function expectAccessibleAtBothWidths(page: Page): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAccessible(page);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

// The demo seed gives Vest an entry in every list (packages/db/src/seed/seed.test.ts holds it).
const SECTIONS = [
  'Oppfølging av grupper',
  'Oppfølgingssaker som forfaller',
  'Samtaler med likepersoner',
  'Igangsettere med kvalifisering som utløper',
  'Kurssamlinger de neste 30 dagene',
  'Aktiviteter de neste 30 dagene',
  'Grupper under oppstart',
];

describe('the district home on the Vest portal', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows what needs doing first as named sections with counts and entries; no axe violations', async () => {
    const { page } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/vest', demo.vestStaff.email);
    await page.goto(`${portalUrl}/vest`);
    await page.getByRole('heading', { level: 2, name: 'Dette haster' }).waitFor();

    for (const name of SECTIONS) {
      // Each list is a region named by its heading, so a screen reader can jump between them.
      const section = page.getByRole('region', { name, exact: true });
      await section.getByRole('heading', { level: 3, name }).waitFor();
      await expect.poll(() => section.getByText(/\d+ i alt/).count()).toBe(1);
      expect(await section.getByRole('listitem').count()).toBeGreaterThan(0);
      expect(await section.getByRole('link').count()).toBeGreaterThan(1);
    }
    await expectAccessibleAtBothWidths(page);

    // From the keyboard: the first group due a follow-up opens its page.
    const followUps = page.getByRole('region', { name: 'Oppfølging av grupper', exact: true });
    const first = followUps.getByRole('listitem').first().getByRole('link');
    const href = await first.getAttribute('href');
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${portalUrl}${href}`);
    await page.goBack();

    // The full list is a link away.
    await page
      .getByRole('region', { name: 'Oppfølgingssaker som forfaller', exact: true })
      .getByRole('link', { name: 'Alle saker som forfaller' })
      .click();
    await page.waitForURL(`${portalUrl}/vest/saker?due=1`);
  });

  it('reads in English, with the same sections', async () => {
    const { page } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/vest', demo.vestStaff.email);
    await page.goto(`${portalUrl}/vest`);
    await page.getByRole('button', { name: 'Change language to English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Needs doing first' }).waitFor();
    const cases = page.getByRole('region', { name: 'Follow-up cases due', exact: true });
    await expect.poll(() => cases.getByText(/\d+ in all/).count()).toBe(1);
    await expectAccessibleAtBothWidths(page);
  });
});
