import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPortal } from './browser';
import { demo, expectAccessible, loginAs } from './helpers';

const vestUrl = inject('vestPortalUrl');

const HEADER = [
  'navn',
  'beskrivelse',
  'tema',
  'målgruppe',
  'kommune',
  'format',
  'møtested',
  'adresse',
  'postnummer',
  'poststed',
  'frekvens',
  'ukedag',
  'klokkeslett',
  'varighet_minutter',
  'startdato',
];

/** 20 groups for Bergen; rows 5, 11 and 17 are wrong in one column each. */
function importFile(prefix: string): { csv: string; badLines: number[] } {
  const rows = Array.from({ length: 20 }, (_, index) => {
    const row = index + 1;
    return [
      `${prefix} ${String(row).padStart(2, '0')}`,
      'For deg som har mistet noen.',
      'Sorg',
      'berørte',
      row === 11 ? '9999' : '4601 Bergen',
      'fysisk',
      'Frivilligsentralen',
      `Storgata ${row}`,
      row === 5 ? '50A3' : '5003',
      'Bergen',
      'ukentlig',
      row === 17 ? '' : 'tirsdag',
      '18:00',
      '90',
      '2026-01-06',
    ];
  });
  const csv = [HEADER, ...rows].map((fields) => fields.join(';')).join('\r\n');
  // The header is line 1, so data row n is line n + 1.
  return { csv: `${csv}\r\n`, badLines: [6, 12, 18] };
}

describe('importing groups from CSV', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('checks the file row by row, then imports the valid rows when told to skip the invalid ones', async () => {
    const { page, context, foreignRequests } = await openPortal(browser, vestUrl);
    await loginAs(page, vestUrl, '/vest', demo.vestStaff.email);
    await page.goto(`${vestUrl}/vest/grupper`);
    await page.getByRole('link', { name: 'Importer fra CSV' }).click();
    await page.waitForURL(`${vestUrl}/vest/grupper/import`);
    await expect.poll(() => page.getByRole('region', { name: 'Kolonner i filen' }).innerText()).toContain('postnummer');
    await expectAccessible(page);

    const prefix = `Import ${Date.now()}`;
    const { csv, badLines } = importFile(prefix);
    await page
      .getByLabel('CSV-fil')
      .setInputFiles({ name: 'grupper.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf-8') });
    await page.getByRole('button', { name: 'Sjekk filen' }).click();
    await expect.poll(() => page.getByTestId('import-summary').innerText()).toBe('17 gyldige og 3 ugyldige rader.');

    const invalid = page.locator('[data-testid="import-rows"] tbody tr[data-valid="false"]');
    await expect.poll(() => invalid.count()).toBe(3);
    const lines = await invalid.locator('td:first-child').allInnerTexts();
    expect(lines.map(Number)).toEqual(badLines);
    const reasons = await invalid.locator('td:last-child').allInnerTexts();
    expect(reasons[0]).toMatch(/postnummer/);
    expect(reasons[1]).toMatch(/kommune/);
    expect(reasons[2]).toMatch(/ukedag/);
    await expect.poll(() => page.locator('[data-testid="import-rows"] tbody tr[data-valid="true"]').count()).toBe(17);
    await expectAccessible(page);

    // Confirming without ticking the box keeps the preview and says why next to the box.
    await page.getByRole('button', { name: 'Importer gyldige rader (17)' }).click();
    const skip = page.getByRole('checkbox', { name: 'Hopp over de ugyldige radene (3)' });
    await expect.poll(() => skip.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.locator('#import-skip-invalid-error').innerText()).toContain('3 rader har feil');
    await expect.poll(() => page.locator('[data-testid="import-rows"] tbody tr').count()).toBe(20);
    await expect.poll(() => page.getByText('Filen kunne ikke leses').count()).toBe(0);
    await expectAccessible(page);

    await skip.check();
    await page.getByRole('button', { name: 'Importer gyldige rader (17)' }).click();
    await expect.poll(() => page.getByTestId('import-done').innerText()).toContain('17 grupper er opprettet.');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Til gruppelisten' }).click();
    await page.waitForURL(`${vestUrl}/vest/grupper`);
    await page.getByLabel('Søk i navn').fill(prefix);
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.waitForURL(/q=Import/);
    await expect.poll(() => page.getByRole('table').locator('caption').innerText()).toBe('17 grupper');
    await expect.poll(() => page.getByRole('table').innerText()).not.toContain(`${prefix} 05`);

    // The same file checked again: the 17 imported rows are flagged as groups that exist already.
    await page.goto(`${vestUrl}/vest/grupper/import`);
    await page
      .getByLabel('CSV-fil')
      .setInputFiles({ name: 'grupper.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf-8') });
    await page.getByRole('button', { name: 'Sjekk filen' }).click();
    await expect
      .poll(() => page.getByTestId('import-summary').innerText())
      .toContain('17 av de gyldige radene finnes allerede');
    await expect.poll(() => page.getByTestId('import-duplicate').count()).toBe(17);
    await expect
      .poll(() => page.getByRole('checkbox', { name: 'Importer likevel radene som finnes allerede (17)' }).count())
      .toBe(1);

    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('refuses a file larger than 2 MB with a message', async () => {
    const { page, context } = await openPortal(browser, vestUrl);
    await loginAs(page, vestUrl, '/vest', demo.vestStaff.email);
    await page.goto(`${vestUrl}/vest/grupper/import`);
    const big = `${HEADER.join(';')}\n${'x'.repeat(3 * 1024 * 1024)}\n`;
    await page
      .getByLabel('CSV-fil')
      .setInputFiles({ name: 'stor.csv', mimeType: 'text/csv', buffer: Buffer.from(big) });
    await page.getByRole('button', { name: 'Sjekk filen' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Filen er større enn 2 MB.');
    await context.close();
  });
});
