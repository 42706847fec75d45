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

describe('interest list and referral directory on the Vest portal', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows demand as counts, whom to contact for a starting group, and keeps the referral directory', async () => {
    const run = Date.now();
    const { page, foreignRequests } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/vest', demo.vestLead.email);

    await page.goto(`${portalUrl}/vest/henvendelser`);
    await page.getByRole('link', { name: 'Interesseliste' }).click();
    await page.waitForURL(`${portalUrl}/vest/interesseliste`);
    const demand = page.getByTestId('interest-demand');
    await demand.getByRole('rowheader').first().waitFor();
    await accessibleAtBothWidths(page);
    const groups = await page.locator('#interest-gruppe option').count();
    if (groups > 1) {
      await page.locator('#interest-gruppe').selectOption({ index: 1 });
      await page.getByRole('button', { name: 'Vis hvem som kan kontaktes' }).click();
      await page.waitForURL(/gruppe=/);
      await page.getByRole('heading', { level: 2, name: 'En gruppe starter' }).waitFor();
      await accessibleAtBothWidths(page);
    }

    // A new resource: a local area needs its municipalities, reported next to the field with the rest kept.
    await page.goto(`${portalUrl}/vest/henvisninger`);
    await accessibleAtBothWidths(page);
    await page.getByRole('link', { name: 'Nytt hjelpetilbud' }).click();
    await page.waitForURL(`${portalUrl}/vest/henvisninger/ny`);
    const name = `Sorgsenteret E2E${run}`;
    await page.getByLabel('Navn', { exact: true }).fill(name);
    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Psykolog' });
    await page.getByLabel('Hva tilbudet gir', { exact: true }).fill('Samtaler etter dødsfall.');
    await page.getByRole('radio', { name: 'Enkelte kommuner' }).check();
    await page.getByLabel('Slik henviser du', { exact: true }).fill('Ring og be om time.');
    await page.getByRole('button', { name: 'Lagre hjelpetilbudet' }).click();
    await page.locator('#referral-municipalityNumbers-error').waitFor();
    await expect.poll(() => page.getByLabel('Navn', { exact: true }).inputValue()).toBe(name);
    await accessibleAtBothWidths(page);
    await page.getByRole('checkbox', { name: 'Bergen', exact: true }).check();
    await page.getByRole('button', { name: 'Lagre hjelpetilbudet' }).click();
    await page.waitForURL(/\/vest\/henvisninger\?melding=created$/);
    await page.getByTestId('referral-table').getByText(name, { exact: true }).waitFor();

    await page.getByRole('link', { name: `Endre «${name}»` }).click();
    await page.waitForURL(/\/rediger$/);
    await accessibleAtBothWidths(page);
    await page.getByLabel('Telefon', { exact: true }).fill('55 55 55 55');
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    await page.waitForURL(/\/vest\/henvisninger\?melding=saved$/);

    await page.getByRole('button', { name: `Arkiver «${name}»` }).click();
    await page.waitForURL(/\/vest\/henvisninger\?melding=archived$/);
    await expect.poll(() => page.getByTestId('referral-table').getByText(name, { exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: 'Change language to English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByRole('heading', { level: 1, name: 'Referral directory' }).waitFor();
    await accessibleAtBothWidths(page);
    await page.goto(`${portalUrl}/vest/interesseliste`);
    await page.getByRole('heading', { level: 1, name: 'Interest list' }).waitFor();
    await accessibleAtBothWidths(page);

    expect(foreignRequests).toEqual([]);
  });
});
