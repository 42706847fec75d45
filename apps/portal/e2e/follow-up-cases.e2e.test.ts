import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { launchBrowser, openPortal } from './browser';
import { gatewayCall, gatewayLogin } from './gateway-api';
import { demo, expectAccessible, loginAs } from './helpers';
import { addDays, todayInOslo } from '../app/shared/dates/dates';

// Acceptance 6 of issue 12: inquiry → case → match → access-log view, keyboard only in the
// forms, 0 axe violations at 1280 and 390 px, in bokmål and in English.

const portalUrl = inject('portalUrl');
const gatewayUrl = inject('gatewayUrl');
const UUID = '[0-9a-f-]{36}';

const WORDS = {
  nb: {
    open: 'Åpne sak',
    opened: 'Saken er åpnet.',
    suggest: 'Foreslå likeperson',
    confirm: /^Koble .+ til saken$/,
    matched: 'Likepersonen er koblet til saken.',
    load: /Følger \d+ av \d+ personer/,
    accessLog: 'Hvem har lest saken',
    read: 'Lest',
    created: 'Opprettet',
  },
  en: {
    open: 'Open case',
    opened: 'The case is open.',
    suggest: 'Suggest a volunteer peer',
    confirm: /^Match .+ to the case$/,
    matched: 'The volunteer peer is matched to the case.',
    load: /Follows \d+ of \d+ people/,
    accessLog: 'Who has read the case',
    read: 'Read',
    created: 'Created',
  },
} as const;

/** An inquiry by phone from a relative about grief in Bergen, logged through the gateway (the inquiry page is another page's test). */
async function logInquiry(token: string): Promise<string> {
  const result = await gatewayCall<{ logInquiry: { id: string } }>(
    gatewayUrl,
    `mutation E2eLogInquiry($input: InquiryInput!) { logInquiry(input: $input) { id } }`,
    {
      input: {
        channel: 'PHONE',
        inquirerType: 'RELATIVE',
        themeIds: ['grief'],
        languages: ['nb'],
        municipalityNumber: '4601',
        minutesSpent: 15,
        actions: ['MATCHED_TO_PEER'],
      },
    },
    token,
  );
  return result.logInquiry.id;
}

/** The hand-written baseline and axe, at desktop and phone widths. */
async function expectAccessibleAtBothWidths(page: Page): Promise<void> {
  await expectAccessible(page);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await axeViolations(page), `axe at ${width} px on ${page.url()}`).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Keyboard only: focus the control and press Enter, as a keyboard user who tabbed there would. */
async function press(page: Page, locator: ReturnType<Page['getByRole']>): Promise<void> {
  await locator.focus();
  await page.keyboard.press('Enter');
}

describe('follow-up cases on the Vest portal (acceptance 6)', () => {
  let browser: Browser;
  let token: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    token = await gatewayLogin(gatewayUrl, demo.vestLead.email, 'vest');
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of ['nb', 'en'] as const) {
    it(`opens a case from an inquiry, matches a peer and shows who read it (${lang})`, async () => {
      const words = WORDS[lang];
      const inquiryId = await logInquiry(token);
      const { page } = await openPortal(browser, portalUrl);
      await loginAs(page, portalUrl, '/vest', demo.vestLead.email);
      if (lang === 'en') {
        // Hydrated first: a key press before it posts the language form without JavaScript, racing the reload.
        await page.getByTestId('idle-warning').waitFor({ state: 'attached' });
        await press(page, page.getByRole('button', { name: 'Change language to English' }));
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      }

      // Open the case: the responsible is the lead by default; the next follow-up in two weeks.
      await page.goto(`${portalUrl}/vest/saker/ny?henvendelse=${inquiryId}`);
      await expectAccessibleAtBothWidths(page);
      await page.locator('#new-nextFollowUpOn').fill(addDays(todayInOslo(), 14));
      await press(page, page.getByRole('button', { name: words.open, exact: true }));
      await page
        .waitForURL(new RegExp(`/vest/saker/${UUID}\\?melding=opened$`), { timeout: 10_000 })
        .catch(async (error: unknown) => {
          throw new Error(`${String(error)}\n${page.url()}\n${await page.locator('main').innerText()}`);
        });
      await page.getByText(words.opened).waitFor();
      const caseUrl = page.url().split('?')[0]!;
      await expectAccessibleAtBothWidths(page);

      // Matching suggests peers with the API's reasons; confirm the first.
      await press(page, page.getByRole('link', { name: words.suggest, exact: true }));
      await page.waitForURL(`${caseUrl}/likeperson`);
      const suggestions = page.getByTestId('peer-suggestions');
      await suggestions.waitFor();
      expect(await suggestions.locator('li li').count()).toBeGreaterThan(0);
      await expectAccessibleAtBothWidths(page);
      await press(page, page.getByRole('button', { name: words.confirm }).first());
      await page.waitForURL(`${caseUrl}?melding=matched`);
      await page.getByText(words.matched).waitFor();
      expect(await page.getByTestId('case-peer').innerText()).toMatch(words.load);

      // The lead's access-log view lists the reads of the case.
      await press(page, page.getByRole('link', { name: words.accessLog, exact: true }));
      await page.waitForURL(`${caseUrl}/innsyn`);
      const log = page.getByTestId('access-log');
      await log.waitFor({ timeout: 10_000 }).catch(async (error: unknown) => {
        throw new Error(`${String(error)}\n${await page.locator('main').innerText()}`);
      });
      expect(await log.getByRole('cell', { name: words.read, exact: true }).count()).toBeGreaterThan(0);
      expect(await log.getByRole('cell', { name: words.created, exact: true }).count()).toBeGreaterThan(0);
      await expectAccessibleAtBothWidths(page);

      // The district's list shows the case with its peer, and the due list.
      await page.goto(`${portalUrl}/vest/saker`);
      await page.getByTestId('case-table').waitFor();
      await expectAccessibleAtBothWidths(page);
    }, 180_000);
  }
});
