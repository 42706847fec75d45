import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPortal } from './browser';
import { demo, DEMO_PASSWORD, expectAccessible, htmlLang, submitLogin } from './helpers';

const vestUrl = inject('vestPortalUrl');

describe('without JavaScript', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('switches to English and back, staying on the same page', async () => {
    const { page, context, foreignRequests } = await openPortal(browser, vestUrl, { javaScriptEnabled: false });
    await page.goto(`${vestUrl}/vest/logg-inn?redirectTo=%2Fvest%2Fbrukere`);
    await expect.poll(() => htmlLang(page)).toBe('nb');

    await page.getByRole('button', { name: 'Change language to English' }).click();
    await page.waitForLoadState('load');
    expect(page.url()).toBe(`${vestUrl}/vest/logg-inn?redirectTo=%2Fvest%2Fbrukere`);
    await expect.poll(() => htmlLang(page)).toBe('en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Log in');
    await expect.poll(() => page.getByLabel('Email').count()).toBe(1);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Bytt språk til norsk' }).click();
    await page.waitForLoadState('load');
    await expect.poll(() => htmlLang(page)).toBe('nb');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Logg inn');
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('logs in with a plain form post, in English', async () => {
    const { page, context } = await openPortal(browser, vestUrl, { javaScriptEnabled: false });
    await page.goto(`${vestUrl}/vest/logg-inn`);
    await page.getByRole('button', { name: 'Change language to English' }).click();
    await page.waitForLoadState('load');

    await submitLogin(page, demo.vestStaff.email, 'not-the-password');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Wrong email or password.');
    await expect.poll(() => page.getByLabel('Email').inputValue()).toBe(demo.vestStaff.email);
    await expect.poll(() => page.getByLabel('Password').inputValue()).toBe('');
    await expectAccessible(page);

    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${vestUrl}/vest`);
    await expect.poll(() => htmlLang(page)).toBe('en');
    await expect
      .poll(() => page.getByRole('banner').innerText())
      .toContain(`Logged in as ${demo.vestStaff.name} (district staff)`);
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Main menu' }).getByRole('link').allInnerTexts())
      .toContain('Inquiries');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(`${vestUrl}/vest/logg-inn`);
    await context.close();
  });
});
