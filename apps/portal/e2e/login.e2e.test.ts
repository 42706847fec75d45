import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PortalContext } from './browser';
import { launchBrowser, openPortal } from './browser';
import { demo, DEMO_PASSWORD, expectAccessible, htmlLang, loginAs, submitLogin } from './helpers';

const vestUrl = inject('vestPortalUrl');

/** A district employee's menu; a lead's adds users and API clients. */
const DISTRICT_STAFF_MENU = [
  'Oversikt',
  'Grupper',
  'Igangsettere og kurs',
  'Samarbeidspartnere',
  'Aktiviteter',
  'Henvendelser',
  'Saker',
  'Likepersoner',
  'Brukerundersøkelser',
];

describe('login on the Vest portal (pinned instance)', () => {
  let browser: Browser;
  let session: PortalContext;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function fresh(): Promise<PortalContext> {
    await session?.context.close();
    session = await openPortal(browser, vestUrl);
    return session;
  }

  it('sends /vest to the login page, in bokmål', async () => {
    const { page, foreignRequests } = await fresh();
    await page.goto(`${vestUrl}/vest`);
    expect(page.url()).toBe(`${vestUrl}/vest/logg-inn?redirectTo=%2Fvest`);
    await expect.poll(() => htmlLang(page)).toBe('nb');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Logg inn');
    await expect.poll(() => page.title()).toContain('Logg inn');
    await expectAccessible(page);
    expect(foreignRequests).toEqual([]);
  });

  it('logs a Vest employee in to the Vest shell, and out again', async () => {
    const { page, foreignRequests } = await fresh();
    await page.goto(`${vestUrl}/vest`);
    await submitLogin(page, demo.vestStaff.email, DEMO_PASSWORD);
    await page.waitForURL(`${vestUrl}/vest`);
    const header = page.getByRole('banner');
    await expect.poll(() => header.innerText()).toContain('Selvhjelp Vest');
    await expect.poll(() => header.innerText()).toContain('Bergen');
    await expect.poll(() => header.innerText()).toContain(`${demo.vestStaff.name} (distriktsansatt)`);

    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await expect.poll(() => nav.getByRole('link').allInnerTexts()).toEqual(DISTRICT_STAFF_MENU);
    await expect.poll(() => nav.innerText()).not.toContain('(kommer)');
    // Real data from the gateway: the district's agenda (what needs doing first).
    await expect.poll(() => page.getByRole('main').innerText()).toContain('Dette haster');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL(`${vestUrl}/vest/logg-inn`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Logg inn');
    await page.goto(`${vestUrl}/vest`);
    expect(page.url()).toContain('/vest/logg-inn');
    expect(foreignRequests).toEqual([]);
  });

  it("adds the lead's own pages, users and API clients, to a district lead's menu", async () => {
    const { page } = await fresh();
    await page.goto(`${vestUrl}/vest`);
    await submitLogin(page, demo.vestLead.email, DEMO_PASSWORD);
    await page.waitForURL(`${vestUrl}/vest`);
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await expect
      .poll(() => nav.getByRole('link').allInnerTexts())
      .toEqual([...DISTRICT_STAFF_MENU, 'Brukere', 'API-klienter']);
    await expectAccessible(page);
  });

  it('refuses a Nord employee on the Vest portal with a message', async () => {
    const { page } = await fresh();
    await page.goto(`${vestUrl}/vest/logg-inn`);
    await submitLogin(page, demo.nordStaff.email, DEMO_PASSWORD);
    expect(page.url()).toContain('/vest/logg-inn');
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toContain('Denne brukeren kan ikke logge inn på Selvhjelp Vest.');
    await expect.poll(() => page.getByLabel('E-post').inputValue()).toBe(demo.nordStaff.email);
    await expectAccessible(page);
  });

  it('shows a wrong password next to the form, keeping the email but not the password', async () => {
    const { page } = await fresh();
    await page.goto(`${vestUrl}/vest/logg-inn`);
    await submitLogin(page, demo.vestLead.email, 'feil-passord-123');
    expect(page.url()).toContain('/vest/logg-inn');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Feil e-post eller passord.');
    await expect.poll(() => page.getByLabel('E-post').inputValue()).toBe(demo.vestLead.email);
    await expect.poll(() => page.getByLabel('Passord').inputValue()).toBe('');
    await expectAccessible(page);
  });

  it('answers other portals with 404 and sends / to /vest', async () => {
    const { page } = await fresh();
    for (const path of ['/nord', '/nasjonalt', '/nord/logg-inn', '/vest/finnes-ikke']) {
      const response = await page.goto(`${vestUrl}${path}`);
      expect(response?.status(), path).toBe(404);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Siden finnes ikke');
      await expectAccessible(page);
    }
    expect((await page.goto(`${vestUrl}/vest`))?.url()).toContain('/vest/logg-inn');
  });

  it('logs in with the keyboard only', async () => {
    const { page } = await fresh();
    await page.goto(`${vestUrl}/vest/logg-inn`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hopp til hovedinnhold' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    await expect.poll(() => skip.isVisible()).toBe(true);

    const email = page.getByLabel('E-post');
    for (
      let presses = 0;
      presses < 10 && !(await email.evaluate((el) => el === document.activeElement));
      presses += 1
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type(demo.vestStaff.email);
    await page.keyboard.press('Tab');
    expect(await page.getByLabel('Passord').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${vestUrl}/vest`);
    await expect.poll(() => page.getByRole('banner').innerText()).toContain(demo.vestStaff.name);
  });

  it('goes back to the page asked for after login', async () => {
    const { page } = await fresh();
    await page.goto(`${vestUrl}/vest/brukere`);
    expect(page.url()).toBe(`${vestUrl}/vest/logg-inn?redirectTo=%2Fvest%2Fbrukere`);
    await submitLogin(page, demo.vestLead.email, DEMO_PASSWORD);
    await page.waitForURL(`${vestUrl}/vest/brukere`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Brukere');
  });

  it('keeps the session cookie HttpOnly, SameSite=Lax and __Host- prefixed', async () => {
    const { page, context } = await fresh();
    await loginAs(page, vestUrl, '/vest', demo.vestStaff.email);
    const cookie = (await context.cookies()).find((c) => c.name.includes('selvhjelp_session'));
    expect(cookie?.name).toBe('__Host-selvhjelp_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.secure).toBe(true);
    expect(cookie?.path).toBe('/');
  });
});
