import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPortal } from './browser';
import { demo, expectAccessible, loginAs } from './helpers';

const portalUrl = inject('portalUrl');
const UUID = '[0-9a-f-]{36}';
const WIDTHS = [1280, 390] as const;

/** The id of the focused element (or its text for a button without one). */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return element?.id || element?.textContent?.trim() || '';
  });
}

/** Presses Tab until the element with this id (or a button with this text) has focus: keyboard only. */
async function tabTo(page: Page, target: string): Promise<void> {
  for (let presses = 0; presses < 150; presses += 1) {
    if ((await focused(page)) === target) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

async function accessibleAtBothWidths(page: Page): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await expectAccessible(page);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('inquiries on the Vest portal', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('logs a phone inquiry from a relative by keyboard only, in one screen, then shows it', async () => {
    const run = Date.now();
    const { page, foreignRequests } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/vest', demo.vestStaff.email);

    // From the main menu to the list and its "Ny henvendelse", by keyboard.
    await tabTo(page, 'Henvendelser');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${portalUrl}/vest/henvendelser`);
    await accessibleAtBothWidths(page);
    await tabTo(page, 'Ny henvendelse');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${portalUrl}/vest/henvendelser/ny`);
    await page.getByRole('heading', { level: 1, name: 'Ny henvendelse' }).waitFor();
    await accessibleAtBothWidths(page);

    // Day and time are filled in with now; a fødselsnummer in the note is refused and the rest kept.
    await tabTo(page, 'inquiry-channel'); // Telefon, the first channel
    await page.keyboard.press('Space');
    await tabTo(page, 'inquiry-inquirerType'); // Personen selv …
    await page.keyboard.press('ArrowDown'); // … Pårørende
    await tabTo(page, 'inquiry-themeIds'); // Sorg, the first theme
    await page.keyboard.press('Space');
    await tabTo(page, 'inquiry-minutesSpent');
    await page.keyboard.type('12');
    await tabTo(page, 'inquiry-actions'); // Ga informasjon
    await page.keyboard.press('Space');
    await tabTo(page, 'inquiry-note');
    await page.keyboard.type(`Datteren ringte for moren E2E${run}, fnr 13097248022.`);
    await tabTo(page, 'Lagre henvendelse');
    await page.keyboard.press('Enter');
    await page.getByText('Teksten ser ut til å inneholde et fødselsnummer').first().waitFor();
    await expect.poll(() => page.locator('#inquiry-minutesSpent').inputValue()).toBe('12');
    expect(await page.locator('#inquiry-inquirerType-RELATIVE').isChecked()).toBe(true);
    await accessibleAtBothWidths(page);

    // The summary links to the note; fix it there and save.
    await tabTo(page, 'inquiry-note');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(`Datteren ringte for moren E2E${run}.`);
    await tabTo(page, 'Lagre henvendelse');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/vest/henvendelser/${UUID}\\?melding=created$`));
    await page.getByText('Henvendelsen er lagret.').waitFor();
    const facts = page.getByRole('region', { name: 'Om henvendelsen' });
    await facts.getByText('Pårørende', { exact: true }).waitFor();
    await facts.getByText('Telefon', { exact: true }).waitFor();
    await facts.getByText(`Datteren ringte for moren E2E${run}.`).waitFor();
    await accessibleAtBothWidths(page);

    // The same pages in English.
    await page.getByRole('button', { name: 'Change language to English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByRole('region', { name: 'About the inquiry' }).getByText('A relative', { exact: true }).waitFor();
    await accessibleAtBothWidths(page);
    await page.goto(`${portalUrl}/vest/henvendelser/ny`);
    await page.getByRole('heading', { level: 1, name: 'New inquiry' }).waitFor();
    await accessibleAtBothWidths(page);
    await page.goto(`${portalUrl}/vest/henvendelser`);
    await page.getByRole('heading', { level: 1, name: 'Inquiries' }).waitFor();
    await accessibleAtBothWidths(page);

    expect(foreignRequests).toEqual([]);
  });
});
