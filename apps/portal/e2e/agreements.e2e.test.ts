import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPortal } from './browser';
import { gatewayCall, gatewayLogin } from './gateway-api';
import { demo, expectAccessible, loginAs } from './helpers';

const vestUrl = inject('vestPortalUrl');
const gatewayUrl = inject('gatewayUrl');

/** A PDF of `size` bytes (random body, so nothing can compress it away). */
function pdf(size: number): Buffer {
  const bytes = randomBytes(size);
  bytes.write('%PDF-1.7\n');
  return bytes;
}

describe('agreement documents through the portal', () => {
  let browser: Browser;
  let partnerId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const token = await gatewayLogin(gatewayUrl, demo.vestStaff.email, 'vest');
    const created = await gatewayCall<{ createPartner: { id: string } }>(
      gatewayUrl,
      'mutation ($partner: PartnerInput!) { createPartner(partner: $partner) { id } }',
      {
        partner: {
          name: `Legekontoret på Nesttun ${Date.now()}`,
          type: 'GP_OFFICE',
          municipalityNumber: '4601',
          streetAddress: 'Nesttunvegen 1',
          postalCode: '5221',
          postalPlace: 'Nesttun',
          status: 'ACTIVE',
        },
      },
      token,
    );
    partnerId = created.createPartner.id;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('uploads a document without JavaScript, serves it back byte for byte, and refuses one over 5 MB next to the field, keeping what was typed', async () => {
    const { page, context, foreignRequests } = await openPortal(browser, vestUrl, { javaScriptEnabled: false });
    await loginAs(page, vestUrl, '/vest', demo.vestStaff.email);
    const fill = async (title: string) => {
      await page.goto(`${vestUrl}/vest/samarbeidspartnere/${partnerId}/avtaler/ny`);
      await page.getByLabel('Tittel').fill(title);
      await page.getByLabel('Startdato').fill('2026-01-01');
      await page.getByLabel('Hva avtalen gjelder').fill('Lån av møterom.');
    };

    const bytes = pdf(300 * 1024);
    await fill('Avtale med dokument');
    await page.getByLabel('Dokument').setInputFiles({ name: 'avtale.pdf', mimeType: 'application/pdf', buffer: bytes });
    await page.getByRole('button', { name: 'Registrer avtalen' }).click();
    await page.waitForURL(/melding=agreementCreated/);
    const href = await page.getByRole('link', { name: /avtale\.pdf/ }).getAttribute('href');
    const download = await context.request.get(new URL(href!, vestUrl).toString());
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(bytes)).toBe(true);

    await fill('For stor avtale');
    await page
      .getByLabel('Dokument')
      .setInputFiles({ name: 'stor.pdf', mimeType: 'application/pdf', buffer: pdf(6 * 1024 * 1024) });
    await page.getByRole('button', { name: 'Registrer avtalen' }).click();
    await expect.poll(() => page.locator('#agreement-attachment').getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await page.locator('#agreement-attachment').getAttribute('aria-describedby')) ?? '';
    const described = await Promise.all(
      describedBy
        .split(' ')
        .filter(Boolean)
        .map((id) => page.locator(`[id="${id}"]`).innerText()),
    );
    expect(described.join(' ')).toContain('Filen er for stor. Den kan være høyst 5 MB.');
    // The file was dropped while it streamed; what was typed around it is kept.
    expect(await page.getByLabel('Tittel').inputValue()).toBe('For stor avtale');
    expect(await page.getByLabel('Hva avtalen gjelder').inputValue()).toBe('Lån av møterom.');
    await expectAccessible(page);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
