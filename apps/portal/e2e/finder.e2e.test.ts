import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPortal } from './browser';
import { gatewayCall } from './gateway-api';
import { expectAccessible, htmlLang } from './helpers';

const portalUrl = inject('portalUrl');
const vestUrl = inject('vestPortalUrl');
const gatewayUrl = inject('gatewayUrl');

async function publicSlug(districtId: string): Promise<string> {
  const { publicGroups } = await gatewayCall<{ publicGroups: { edges: { node: { slug: string } }[] } }>(
    gatewayUrl,
    'query Slug($districtId: ID) { publicGroups(filter: { districtId: $districtId }, first: 1) { edges { node { slug } } } }',
    { districtId },
  );
  const slug = publicGroups.edges[0]?.node.slug;
  if (!slug) throw new Error(`No public group in ${districtId}`);
  return slug;
}

describe('the public group finder', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('works without JavaScript: filters, a group page, and English', async () => {
    const { page, context, foreignRequests } = await openPortal(browser, portalUrl, { javaScriptEnabled: false });
    await page.goto(`${portalUrl}/`);
    await page.getByRole('link', { name: 'Til gruppefinneren' }).click();
    await page.waitForURL(`${portalUrl}/grupper`);
    await expect
      .poll(() => page.getByRole('banner').innerText())
      .toContain('Selvhjelp Norge – Finn en selvhjelpsgruppe');
    expect(await page.locator('head link[rel="alternate"]').getAttribute('href')).toBe('/grupper/meeting-guide.json');
    expect(await page.locator('head link[rel="alternate"]').getAttribute('type')).toBe('application/json');
    await expect.poll(() => page.getByRole('navigation', { name: 'Hovedmeny' }).count()).toBe(0);
    await expectAccessible(page);

    await page.getByLabel('Distriktskontor').selectOption('nord');
    await page.getByLabel('Møteform').selectOption('IN_PERSON');
    await page.getByRole('button', { name: 'Søk' }).click();
    await page.waitForURL(/district=nord/);
    expect(page.url()).toContain('format=IN_PERSON');
    await expect.poll(() => page.getByTestId('finder-count').innerText()).toMatch(/^Fant \d+ grupper?\.$/);
    const cards = page.locator('.portal-group-list > li');
    expect(await cards.count()).toBeGreaterThan(0);
    expect(await cards.allInnerTexts()).not.toContain('Nett');

    await cards.first().getByRole('link').click();
    await page.waitForURL(/\/grupper\/[^/?]+$/);
    await expect.poll(() => page.getByRole('heading', { name: 'Bli med i gruppen' }).count()).toBe(1);
    await expect.poll(() => page.getByTestId('contact').innerText()).toContain('Selvhjelp Nord');
    await expect.poll(() => page.getByTestId('schedule-text').innerText()).toMatch(/kl\. \d\d:\d\d/);
    expect(await page.locator('head link[rel="alternate"][title="Meeting Guide"]').count()).toBe(1);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Change language to English' }).click();
    await page.waitForLoadState('load');
    await expect.poll(() => htmlLang(page)).toBe('en');
    await expect.poll(() => page.getByRole('heading', { name: 'Join the group' }).count()).toBe(1);
    await expectAccessible(page);

    const missing = await page.goto(`${portalUrl}/grupper/finnes-ikke`);
    expect(missing?.status()).toBe(404);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Page not found');
    await expectAccessible(page);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('shows only its own district on a pinned instance', async () => {
    const nordSlug = await publicSlug('nord');
    const vestSlug = await publicSlug('vest');
    const { page, context } = await openPortal(browser, vestUrl, { javaScriptEnabled: false });
    // The front page of a district's own instance serves the public first, then its staff.
    await page.goto(`${vestUrl}/`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Selvhjelp Vest');
    await page.getByRole('link', { name: 'Til gruppefinneren' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/grupper');
    await page.goto(`${vestUrl}/`);
    await page.getByRole('link', { name: 'Logg inn for ansatte ved Selvhjelp Vest' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/vest/logg-inn');
    await page.goto(`${vestUrl}/grupper`);
    await expect.poll(() => page.getByLabel('Distriktskontor').count()).toBe(0);
    const links = await page
      .locator('.portal-group-list a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).not.toContain(`/grupper/${nordSlug}`);
    expect((await page.goto(`${vestUrl}/grupper/${nordSlug}`))?.status()).toBe(404);
    expect((await page.goto(`${vestUrl}/grupper/${vestSlug}`))?.status()).toBe(200);
    expect((await page.goto(`${portalUrl}/grupper/${nordSlug}`))?.status()).toBe(200);

    const feed = JSON.parse(await (await page.request.get(`${vestUrl}/grupper/meeting-guide.json`)).text()) as {
      slug: string;
    }[];
    expect(feed.map((meeting) => meeting.slug)).toContain(vestSlug);
    expect(feed.map((meeting) => meeting.slug)).not.toContain(nordSlug);
    await context.close();
  });
});
