import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPortal } from './browser';
import { gatewayCall, gatewayLogin } from './gateway-api';
import { demo, expectAccessible, loginAs } from './helpers';

const portalUrl = inject('portalUrl');
const gatewayUrl = inject('gatewayUrl');

const SUBMIT = `mutation Submit($input: SubmitReferralInput!) {
  submitReferral(input: $input) { id reference status }
}`;

/** A partner's submission as its own program sends it: the API key and an Idempotency-Key. */
async function submit(key: string, idempotencyKey: string, reference: string) {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}`, 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify({
      query: SUBMIT,
      variables: {
        input: {
          reference,
          municipality: '4601',
          serviceType: 'NAV',
          serviceUnit: 'NAV Bergenhus',
          serviceContact: { name: 'Ola Veileder', email: 'ola.veileder@nav.example' },
          person: { firstName: 'Kari', contactPreference: 'PHONE', phone: '912 34 567', goodTimes: 'Etter kl. 15' },
          consent: { wording: 'Jeg samtykker til at Selvhjelp Norge kontakter meg.', givenOn: '2026-12-01' },
          themeIds: ['loneliness'],
          reasonText: 'Ønsker å møte andre.',
        },
      },
    }),
  });
  const body = (await response.json()) as { data?: { submitReferral: { id: string; status: string } } };
  return body.data!.submitReferral;
}

describe('a referral from a service in the Vest portal', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lands once in vest's queue, however often the service sends it, and shows its service and reference", async () => {
    const run = Date.now();
    const lead = await gatewayLogin(gatewayUrl, demo.vestLead.email, 'vest');
    const { createApiClient } = await gatewayCall<{ createApiClient: { key: string } }>(
      gatewayUrl,
      'mutation C($input: CreateApiClientInput!) { createApiClient(input: $input) { key } }',
      {
        input: {
          name: `NAV Bergen ${run}`,
          contactName: 'Kari Nordmann',
          contactEmail: 'kari@nav.example',
          scopes: ['REFERRALS_WRITE'],
          districtIds: ['vest'],
        },
      },
      lead,
    );
    const reference = `E2E-${run}`;
    const first = await submit(createApiClient.key, `e2e-${run}`, reference);
    const retried = await submit(createApiClient.key, `e2e-${run}`, reference);
    expect(retried).toEqual(first);
    expect(first.status).toBe('RECEIVED');

    const { page, foreignRequests } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/vest', demo.vestStaff.email);
    await page.goto(`${portalUrl}/vest/henvendelser?channel=REFERRAL`);
    const line = `Henvisning fra tjeneste: NAV Bergenhus, ref ${reference}`;
    const rows = page.getByTestId('inquiry-table').getByRole('row').filter({ hasText: line });
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().getByRole('link').click();
    await page.getByTestId('service-referral-line').filter({ hasText: line }).waitFor();
    const section = page.getByRole('region', { name: 'Henvisning fra tjeneste' });
    expect(await section.textContent()).toContain('Etter kl. 15');
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await expectAccessible(page);
    }
    expect(foreignRequests).toEqual([]);
  });
});
