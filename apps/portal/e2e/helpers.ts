import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { accessibilityProblems } from './a11y';

export const DEMO_PASSWORD = 'demo-passord-2026';

export const demo = {
  vestStaff: { email: 'vest.ansatt@demo.selvhjelp.no', name: 'Eirik Vik' },
  vestLead: { email: 'vest.leder@demo.selvhjelp.no', name: 'Kari Haugland' },
  nordStaff: { email: 'nord.ansatt@demo.selvhjelp.no', name: 'Jonas Nilsen' },
  national: { email: 'nasjonal@demo.selvhjelp.no', name: 'Nils Rønning' },
  admin: { email: 'admin@demo.selvhjelp.no', name: 'Anne Fjeld' },
} as const;

/** Fills and submits the login form on the current page. */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel(/^(E-post|Email)$/).fill(email);
  await page.getByLabel(/^(Passord|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(Logg inn|Log in)$/ }).click();
  await page.waitForLoadState('load');
}

/** Opens `<origin><portalPath>/logg-inn`, logs in and waits for the portal's home. */
export async function loginAs(page: Page, origin: string, portalPath: string, email: string): Promise<void> {
  await page.goto(`${origin}${portalPath}/logg-inn`);
  await submitLogin(page, email, DEMO_PASSWORD);
  await page.waitForURL(`${origin}${portalPath}`);
}

export async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityProblems(page), `accessibility of ${page.url()}`).toEqual([]);
}

export async function htmlLang(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}
