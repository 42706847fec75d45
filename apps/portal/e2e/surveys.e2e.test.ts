import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPortal } from './browser';
import { demo, expectAccessible, loginAs } from './helpers';

const portalUrl = inject('portalUrl');

// The demo seed's Vest surveys (packages/db/src/seed/demo-surveys.ts): the template survey with
// 30 answer sheets, and a course-evening survey with 3, too few to show any figure.
const TEMPLATE_SURVEY = '/undersokelse/demo-vest-brukerundersokelse';
const FEW_ANSWERS_TITLE = 'Temakveld om sorg – tilbakemelding';

async function expectAccessibleAtBothWidths(page: Page): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAccessible(page);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** What has the keyboard focus now: its tag, type and name. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      type: element?.type ?? '',
      name: element?.name ?? '',
      text: element?.textContent?.trim() ?? '',
      checked: element?.checked ?? false,
    };
  });
}

describe('anonymous user surveys', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a member of the public answers the Vest survey with the keyboard alone, then is told they have answered', async () => {
    const { page, context, foreignRequests } = await openPortal(browser, portalUrl);
    await page.goto(`${portalUrl}${TEMPLATE_SURVEY}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Outside the staff portals: no menu, and the help lines are there before any question.
    await expect.poll(() => page.getByRole('navigation', { name: 'Hovedmeny' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('main').innerText()).toContain('116 123');
    await expectAccessibleAtBothWidths(page);

    // Tab into the form; in each question pick the first choice (Space), write in the text box,
    // and send with Enter on the button.
    const seen = new Set<string>();
    for (let step = 0; step < 200; step++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (now.tag === 'button' && now.text === 'Send svarene') break;
      if (!now.name.startsWith('q.') || seen.has(now.name)) continue;
      seen.add(now.name);
      if (now.tag === 'textarea') await page.keyboard.type('Takk for gruppa.');
      else if (!now.checked) await page.keyboard.press('Space');
    }
    expect(seen.size).toBeGreaterThanOrEqual(8);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${portalUrl}${TEMPLATE_SURVEY}/takk`);
    await page.getByRole('heading', { level: 1, name: 'Takk for svarene' }).waitFor();
    await expectAccessible(page);

    // The browser keeps one note for this survey's pages: "answered", nothing more.
    const cookies = (await context.cookies()).filter((cookie) => cookie.name === 'survey_answered');
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ value: '1', path: TEMPLATE_SURVEY, httpOnly: true, sameSite: 'Lax' });

    await page.goto(`${portalUrl}${TEMPLATE_SURVEY}`);
    await page.getByTestId('survey-answered').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Send svarene' }).count()).toBe(0);
    // Encouragement, not a lock: answering again is a link away.
    await page.getByRole('link', { name: 'Svar likevel' }).click();
    await page.getByRole('button', { name: 'Send svarene' }).waitFor();
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('an unknown link is a 404 page', async () => {
    const { page, context } = await openPortal(browser, portalUrl);
    const response = await page.goto(`${portalUrl}/undersokelse/finnes-ikke`);
    expect(response?.status()).toBe(404);
    await context.close();
  });

  it('Vest staff see the results: figures for the survey with answers, "too few answers" for the one with 3', async () => {
    const { page, context } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/vest', demo.vestStaff.email);
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Brukerundersøkelser' })
      .click();
    await page.waitForURL(`${portalUrl}/vest/undersokelser`);
    await expectAccessible(page);

    await page.getByTestId('survey-list').getByRole('link', { name: FEW_ANSWERS_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: FEW_ANSWERS_TITLE }).waitFor();
    const sections = page.getByTestId('question-result');
    await expect.poll(() => sections.count()).toBe(3);
    await expect.poll(() => page.getByTestId('too-few-answers').count()).toBe(3);
    await expect.poll(() => page.getByTestId('survey-responses').innerText()).toBe('Svar mottatt: <5');
    await expect
      .poll(() => page.getByLabel('Offentlig lenke').inputValue())
      .toBe(`${portalUrl}/undersokelse/demo-vest-kurskveld`);
    await expectAccessibleAtBothWidths(page);

    await page.getByRole('link', { name: 'Tilbake til brukerundersøkelsene' }).click();
    await page.getByTestId('survey-list').getByRole('link').filter({ hasNotText: FEW_ANSWERS_TITLE }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Resultater' }).waitFor();
    // 30 sheets and more: figures for the choice questions, the scale's table, and the free text
    // (Vest staff own the survey).
    await expect.poll(() => page.getByRole('table').count()).toBeGreaterThanOrEqual(7);
    await expect.poll(() => page.getByTestId('free-text').count()).toBe(1);
    await expect.poll(() => page.getByRole('main').innerText()).toMatch(/\d+ har svart på spørsmålet/);
    await expectAccessibleAtBothWidths(page);
    await context.close();
  });

  it('Vest staff make a survey from the template and close it: the public link then says it is closed', async () => {
    const { page, context } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/vest', demo.vestLead.email);
    await page.goto(`${portalUrl}/vest/undersokelser/ny`);
    await expectAccessible(page);
    await page.getByLabel('Tittel').fill('Brukerundersøkelse e2e');
    await page.getByRole('button', { name: 'Opprett undersøkelse' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brukerundersøkelse e2e' }).waitFor();
    const link = await page.getByLabel('Offentlig lenke').inputValue();
    expect(link).toMatch(new RegExp(`^${portalUrl}/undersokelse/[^/]+$`));

    await page.getByRole('button', { name: 'Steng nå' }).click();
    await expect
      .poll(() => page.getByRole('main').innerText())
      .toContain('Undersøkelsen er stengt. Lenken tar ikke lenger imot svar.');

    const visitor = await openPortal(browser, portalUrl);
    await visitor.page.goto(link);
    await visitor.page.getByTestId('survey-closed').waitFor();
    await expect.poll(() => visitor.page.getByRole('button', { name: 'Send svarene' }).count()).toBe(0);
    await expectAccessible(visitor.page);
    await visitor.context.close();
    await context.close();
  });

  it('the national office compares the template across districts, each question a table', async () => {
    const { page, context } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/nasjonalt', demo.national.email);
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Brukerundersøkelser' })
      .click();
    await page.getByRole('link', { name: 'Sammenligning mellom distrikter' }).click();
    await page.waitForURL(`${portalUrl}/nasjonalt/undersokelser/sammenligning`);
    await expect.poll(() => page.getByRole('table').count()).toBeGreaterThanOrEqual(7);
    await expect.poll(() => page.getByRole('rowheader', { name: 'Selvhjelp Vest' }).count()).toBeGreaterThan(0);
    await expectAccessibleAtBothWidths(page);
    await context.close();
  });
});
