import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPortal } from './browser';
import { demo, expectAccessible, loginAs, submitLogin } from './helpers';

const vestUrl = inject('vestPortalUrl');

describe('user administration on the Vest portal', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets a district lead create a user, who sets a password with the one-time link and logs in', async () => {
    const lead = await openPortal(browser, vestUrl);
    const { page } = lead;
    await loginAs(page, vestUrl, '/vest', demo.vestLead.email);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Brukere' }).click();
    await page.waitForURL(`${vestUrl}/vest/brukere`);
    await expect.poll(() => page.getByRole('table').innerText()).toContain(demo.vestStaff.email);
    await expectAccessible(page);

    const email = `ny.ansatt.${Date.now()}@demo.selvhjelp.no`;
    await page.getByLabel('Navn', { exact: true }).fill('Nora Nyansatt');
    await page.getByLabel('E-post', { exact: true }).fill(email);
    await page.locator('#create-role').selectOption('DISTRICT_STAFF');
    await page.getByRole('button', { name: 'Opprett bruker' }).click();
    const link = page.getByTestId('password-link');
    await link.waitFor();
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${vestUrl}/vest/nytt-passord\\?token=[^&]+$`));
    await expect.poll(() => page.getByRole('status').innerText()).toContain('Brukeren Nora Nyansatt er opprettet.');
    await expect.poll(() => page.getByRole('table').innerText()).toContain(email);
    await expectAccessible(page);

    // The same email again is refused next to the field.
    await page.getByLabel('Navn', { exact: true }).fill('Nora Nyansatt');
    await page.getByLabel('E-post', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Opprett bruker' }).click();
    await page.getByText('Det finnes allerede en bruker med denne e-postadressen.').first().waitFor();
    await expect.poll(() => page.getByLabel('E-post', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await lead.context.close();

    const newcomer = await openPortal(browser, vestUrl);
    await newcomer.page.goto(href ?? '');
    await expect.poll(() => newcomer.page.getByRole('heading', { level: 1 }).innerText()).toBe('Sett nytt passord');
    await expectAccessible(newcomer.page);
    await newcomer.page.getByLabel('Nytt passord').fill('kort');
    await newcomer.page.getByLabel('Gjenta passordet').fill('kort');
    // minlength stops the browser; the server checks too, so post it past the browser's check.
    await newcomer.page.locator('form.portal-form').evaluate((form) => form.setAttribute('novalidate', ''));
    await newcomer.page.getByRole('button', { name: 'Lagre passord' }).click();
    await newcomer.page.getByText('Passordet må ha minst 10 tegn.').waitFor();

    // Long enough but among the most used: the gateway refuses it and the form says why.
    await newcomer.page.getByLabel('Nytt passord').fill('password123');
    await newcomer.page.getByLabel('Gjenta passordet').fill('password123');
    await newcomer.page.getByRole('button', { name: 'Lagre passord' }).click();
    await newcomer.page.getByText('Passordet er blant de mest brukte og blir gjettet først. Velg et annet.').waitFor();
    await expect.poll(() => newcomer.page.getByLabel('Nytt passord').getAttribute('aria-invalid')).toBe('true');

    await newcomer.page.getByLabel('Nytt passord').fill('et-langt-nytt-passord');
    await newcomer.page.getByLabel('Gjenta passordet').fill('et-langt-nytt-passord');
    await newcomer.page.getByRole('button', { name: 'Lagre passord' }).click();
    await newcomer.page.getByText('Passordet er lagret. Du kan nå logge inn.').waitFor();
    await newcomer.page.getByRole('link', { name: 'Gå til innlogging' }).click();
    await newcomer.page.waitForURL(`${vestUrl}/vest/logg-inn`);
    await submitLogin(newcomer.page, email, 'et-langt-nytt-passord');
    await newcomer.page.waitForURL(`${vestUrl}/vest`);
    await expect.poll(() => newcomer.page.getByRole('banner').innerText()).toContain('Nora Nyansatt (distriktsansatt)');
    await newcomer.context.close();
  });

  it('resets a password (new one-time link) and deactivates a user', async () => {
    const { page, context } = await openPortal(browser, vestUrl);
    await loginAs(page, vestUrl, '/vest', demo.vestLead.email);
    await page.goto(`${vestUrl}/vest/brukere`);
    const email = `kortvarig.${Date.now()}@demo.selvhjelp.no`;
    await page.getByLabel('Navn', { exact: true }).fill('Kai Kortvarig');
    await page.getByLabel('E-post', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Opprett bruker' }).click();
    await page.getByTestId('password-link').waitFor();

    await page.getByRole('button', { name: 'Nytt passord for Kai Kortvarig' }).click();
    await page.getByText('Passordet til Kai Kortvarig er nullstilt.').waitFor();
    await expect
      .poll(() => page.getByTestId('password-link').getAttribute('href'))
      .toMatch(/\/vest\/nytt-passord\?token=/);

    await page.getByRole('button', { name: 'Deaktiver Kai Kortvarig' }).click();
    await page.getByText('Kai Kortvarig er deaktivert.').waitFor();
    // The list is reloaded after the action: wait for the row to say so.
    const row = page.getByRole('row', { name: new RegExp(email.replace(/\./g, '\\.')) });
    await row.getByText('Deaktivert').waitFor();
    await expect.poll(() => row.getByRole('button').count()).toBe(0);

    // Filters are a GET form: the list narrows and the URL says so.
    await page.getByLabel('Status').selectOption('false');
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.waitForURL(/active=false/);
    await expect.poll(() => page.getByRole('table').innerText()).toContain(email);
    await expect.poll(() => page.getByRole('table').innerText()).not.toContain(demo.vestStaff.email);
    await expectAccessible(page);
    await context.close();
  });

  it('offers no user administration to district staff', async () => {
    const { page, context } = await openPortal(browser, vestUrl);
    await loginAs(page, vestUrl, '/vest', demo.vestStaff.email);
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await expect.poll(() => nav.getByRole('link', { name: 'Brukere' }).count()).toBe(0);
    const response = await page.goto(`${vestUrl}/vest/brukere`);
    if (response?.status() === 403) {
      await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Ingen tilgang');
    } else {
      await expect.poll(() => page.getByRole('button', { name: /Deaktiver|Opprett bruker/ }).count()).toBe(0);
    }
    await expectAccessible(page);
    await context.close();
  });
});
