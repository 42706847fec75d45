import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPortal } from './browser';
import { gatewayCall, gatewayLogin } from './gateway-api';
import { demo, expectAccessible, loginAs } from './helpers';
import { todayInOslo } from '../app/shared/dates/dates';

const portalUrl = inject('portalUrl');
const gatewayUrl = inject('gatewayUrl');
const UUID = '[0-9a-f-]{36}';

/** axe at the desktop and the phone width, ending back at the desktop width. */
async function expectAccessibleAtBothWidths(page: Page): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAccessible(page);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Presses a button from the keyboard: focus it, then Enter. */
async function pressButton(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
}

describe('volunteer peers on the Vest portal', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('registers a peer and a check-in by keyboard; the list shows the load; no axe violations in bokmål and English', async () => {
    const run = Date.now();
    const name = `Kari Likeperson E2E${run}`;
    const { page } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/vest', demo.vestStaff.email);

    // The list: each row's load, declaration and next check-in; the due list beside it.
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Likepersoner' }).click();
    await page.waitForURL(`${portalUrl}/vest/likepersoner`);
    await page.getByRole('heading', { name: 'Oppfølging av likepersoner' }).waitFor();
    await expect.poll(() => page.getByTestId('peer-list').innerText()).toMatch(/\d av \d/);
    await expectAccessibleAtBothWidths(page);

    // Every error at once, next to its field, with what was typed kept.
    await page.getByRole('link', { name: 'Ny likeperson' }).first().click();
    await page.waitForURL(`${portalUrl}/vest/likepersoner/ny`);
    await expectAccessibleAtBothWidths(page);
    await page.getByLabel('Erfaring').pressSequentially('Mistet min mor som ung.');
    await pressButton(page, 'Registrer likeperson');
    await page.getByText('Fyll ut e-post eller telefon.').first().waitFor();
    await expect.poll(() => page.getByText('Skriv en dato.').count()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.getByLabel('Erfaring').inputValue()).toBe('Mistet min mor som ung.');
    await expectAccessibleAtBothWidths(page);

    // Typed and ticked from the keyboard.
    await page.getByLabel('Navn', { exact: true }).pressSequentially(name);
    await page.getByLabel('E-post', { exact: true }).pressSequentially(`kari.${run}@example.no`);
    await page.getByLabel('Kommune', { exact: true }).selectOption('4601');
    await page.getByLabel('Sorg', { exact: true }).press('Space');
    await page.getByLabel('Taushetserklæring signert').fill(todayInOslo());
    await page.getByLabel('Ansatt som følger opp likepersonen').selectOption({ label: demo.vestStaff.name });
    await page.getByLabel('Samtykke gitt').fill(todayInOslo());
    await page.getByLabel('Samtykketekst').pressSequentially('Jeg samtykker til at erfaringen min registreres.');
    await pressButton(page, 'Registrer likeperson');
    await page.waitForURL(new RegExp(`/vest/likepersoner/${UUID}\\?melding=created$`));
    const peerUrl = page.url().replace(/\?.*$/, '');
    await page.getByText('Likepersonen er registrert.').waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(name);
    await expect.poll(() => page.getByTestId('peer-load').innerText()).toContain('0 av 2');
    await expectAccessibleAtBothWidths(page);

    // A check-in, with the keyboard.
    await page.getByLabel('Dato for samtalen').fill(todayInOslo());
    await page.getByLabel('Notat (bare for ansatte i distriktet)').pressSequentially('Godt i gang, ønsker en til.');
    await pressButton(page, 'Registrer samtalen');
    await page.waitForURL(`${peerUrl}?melding=checkIn`);
    await page.getByText('Oppfølgingssamtalen er registrert.').waitFor();
    await expect.poll(() => page.getByTestId('peer-check-ins').innerText()).toContain('Godt i gang, ønsker en til.');
    await expect.poll(() => page.getByTestId('peer-check-ins').innerText()).toContain(demo.vestStaff.name);
    await expectAccessibleAtBothWidths(page);

    // Edited: a peer who can follow three at once.
    await page.getByRole('link', { name: 'Endre', exact: true }).click();
    await page.waitForURL(`${peerUrl}/rediger`);
    await page.getByLabel('Hvor mange kan likepersonen følge samtidig?').fill('3');
    await pressButton(page, 'Lagre endringer');
    await page.waitForURL(`${peerUrl}?melding=saved`);
    await expect.poll(() => page.getByTestId('peer-load').innerText()).toContain('0 av 3');
    await page.getByLabel('Notat (bare for ansatte i distriktet)').waitFor();

    // The new peer in the list: the load "0 av 3" and a signed declaration.
    await page.goto(`${portalUrl}/vest/likepersoner?q=${encodeURIComponent(`E2E${run}`)}`);
    const row = page.getByTestId('peer-list').getByRole('row').filter({ hasText: name });
    await expect.poll(() => row.innerText()).toContain('0 av 3');
    await expect.poll(() => row.innerText()).toContain('Signert');

    // English: the same pages, 0 violations.
    await page.getByRole('button', { name: 'Change language to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Volunteer peers' }).waitFor();
    await expect.poll(() => row.innerText()).toContain('0 of 3');
    await expectAccessibleAtBothWidths(page);
    await page.goto(`${portalUrl}/vest/likepersoner/ny`);
    await page.getByRole('heading', { level: 1, name: 'New volunteer peer' }).waitFor();
    await pressButton(page, 'Register volunteer peer');
    await page.getByText('Fill in email or phone.').first().waitFor();
    await expectAccessibleAtBothWidths(page);
    await page.goto(peerUrl);
    await page.getByRole('heading', { name: 'Check-ins', exact: true }).waitFor();
    await expectAccessibleAtBothWidths(page);
    await page.goto(`${peerUrl}/rediger`);
    await page.getByRole('heading', { level: 1, name: `Edit ${name}` }).waitFor();
    await expectAccessibleAtBothWidths(page);

    // Stopped, after a confirmation step.
    await page.goto(peerUrl);
    await pressButton(page, 'Stop the volunteer peer …');
    await page.waitForURL(`${peerUrl}?avslutt=1`);
    await expectAccessibleAtBothWidths(page);
    await pressButton(page, 'Yes, stop');
    await page.waitForURL(`${peerUrl}?melding=stopped`);
    await page.getByText('The volunteer peer is registered as stopped.').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Register the check-in' }).count()).toBe(0);
  }, 180_000);

  it('shows a demo peer who is also a facilitator: the facilitator link, their training, and an edit form without name fields', async () => {
    const token = await gatewayLogin(gatewayUrl, demo.vestLead.email, 'vest');
    const { volunteerPeers } = await gatewayCall<{
      volunteerPeers: { edges: { node: { id: string; facilitator: { id: string; name: string } | null } }[] };
    }>(gatewayUrl, '{ volunteerPeers(first: 50) { edges { node { id facilitator { id name } } } } }', {}, token);
    const linked = volunteerPeers.edges.map(({ node }) => node).find((node) => node.facilitator !== null);
    if (!linked?.facilitator) throw new Error('the demo data has no peer in Vest who is also a facilitator');
    const { page } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/vest', demo.vestLead.email);
    await page.goto(`${portalUrl}/vest/likepersoner/${linked.id}`);
    const link = page.getByRole('link', { name: `Se igangsetteren ${linked.facilitator.name}` });
    expect(await link.getAttribute('href')).toBe(`/vest/igangsettere/${linked.facilitator.id}`);
    await page.getByRole('heading', { name: 'Opplæring' }).waitFor();
    await expectAccessibleAtBothWidths(page);
    await page.goto(`${portalUrl}/vest/likepersoner/${linked.id}/rediger`);
    await page.getByText(`Navn og kontakt er igangsetterens (${linked.facilitator.name})`).waitFor();
    expect(await page.getByLabel('Navn', { exact: true }).count()).toBe(0);
    await expectAccessibleAtBothWidths(page);
  }, 120_000);
});
