import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPortal } from './browser';
import { gatewayCall, gatewayLogin } from './gateway-api';
import { demo, expectAccessible, loginAs } from './helpers';
import { todayInOslo } from '../app/shared/dates/dates';

const vestUrl = inject('vestPortalUrl');
const portalUrl = inject('portalUrl');
const gatewayUrl = inject('gatewayUrl');

/** Moves the group to a new status with the page's status form. */
async function changeStatus(page: Page, status: string, reason: string): Promise<void> {
  await page.getByLabel('Ny status').selectOption({ label: status });
  await page.getByLabel('Begrunnelse').fill(reason);
  await page.getByRole('button', { name: 'Endre status' }).click();
  await page.getByText(`Status er endret til «${status}».`).waitFor();
}

describe('the group registry on the Vest portal', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('creates a group with the keyboard, runs it through its lifecycle and finds it in the public finder', async () => {
    const staff = await openPortal(browser, vestUrl);
    const { page } = staff;
    await loginAs(page, vestUrl, '/vest', demo.vestStaff.email);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Grupper' }).click();
    await page.waitForURL(`${vestUrl}/vest/grupper`);
    await expect.poll(() => page.getByRole('table').innerText()).toContain('Sorggruppe for etterlatte i Bergen');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Ny gruppe' }).click();
    await page.waitForURL(`${vestUrl}/vest/grupper/ny`);
    await page.getByRole('heading', { level: 1, name: 'Ny selvhjelpsgruppe' }).waitFor();
    await expectAccessible(page);
    const name = `Sorggruppe E2E ${Date.now()}`;
    // Typed and ticked from the keyboard: text by typing, boxes and radios with Space.
    await page.getByLabel('Navn', { exact: true }).pressSequentially(name);
    await page.getByLabel('Beskrivelse').pressSequentially('For deg som har mistet noen du var glad i.');
    await page.getByLabel('Sorg', { exact: true }).press('Space');
    await page.getByLabel('Berørte', { exact: true }).press('Space');
    await page.getByLabel('Kommune').selectOption('4601');
    await page.getByLabel('Hybrid (fysisk og på nett)').press('Space');
    await page.getByLabel('Navn på lokalet').pressSequentially('Frivilligsentralen');
    await page.getByLabel('Adresse').pressSequentially('Storgata 1');
    await page.getByLabel('Postnummer').pressSequentially('5003');
    await page.getByLabel('Poststed').pressSequentially('Bergen');
    await page.getByLabel('Trinnfri adkomst').press('Space');
    await page.getByLabel('Teleslynge').press('Space');
    await page.getByLabel('Lenke til nettmøtet').pressSequentially('https://meet.example/e2e-hemmelig');
    await page.getByLabel('Ukentlig').press('Space');
    await page.getByLabel('Ukedag').selectOption('TUESDAY');
    await page.getByLabel('Starttid').pressSequentially('1800');
    await page.getByLabel('Varighet i minutter').pressSequentially('90');
    await page.getByLabel('Første møtedag').fill(todayInOslo());
    await page.getByLabel('Maks antall deltakere').press('Enter');

    await page.waitForURL(/\/vest\/grupper\/[^/?]+\?melding=created$/);
    const groupUrl = page.url().replace(/\?.*$/, '');
    await page.getByText('Gruppen er opprettet.').waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(name);
    await expect.poll(() => page.getByTestId('schedule-text').innerText()).toBe('Hver tirsdag kl. 18:00–19:30');
    await expect.poll(() => page.getByTestId('next-meetings').getByRole('listitem').count()).toBe(5);
    await expect.poll(() => page.getByRole('main').innerText()).toContain('https://meet.example/e2e-hemmelig');
    await expectAccessible(page);

    await page.goto(`${vestUrl}/vest/grupper?q=${encodeURIComponent(name)}`);
    await expect.poll(() => page.getByRole('table').getByRole('link').allInnerTexts()).toEqual([name]);
    await expect.poll(() => page.getByRole('table').innerText()).toContain('Idé');

    await page.goto(groupUrl);
    await changeStatus(page, 'Under oppstart', 'Igangsetteren er på plass.');
    await changeStatus(page, 'I gang (selvgående)', 'Gruppen går nå av seg selv.');
    await expect
      .poll(() => page.getByLabel('Ny status').locator('option').allInnerTexts())
      .toEqual(['Velg status', 'Pause', 'Avsluttet']);
    const history = page.getByRole('region', { name: 'Endringshistorikk' });
    await expect.poll(() => history.innerText()).toContain('Under oppstart → I gang (selvgående)');
    await expect.poll(() => history.innerText()).toContain(demo.vestStaff.name);
    const publicHref = await page.getByRole('link', { name: 'Se gruppen i gruppefinneren' }).getAttribute('href');
    const slug = publicHref?.replace('/grupper/', '') ?? '';
    expect(slug).not.toBe('');
    await expectAccessible(page);
    await staff.context.close();

    // Anyone, without logging in.
    const visitor = await openPortal(browser, vestUrl);
    await visitor.page.goto(`${vestUrl}/grupper`);
    await visitor.page.getByLabel('Søk', { exact: true }).fill(name);
    await visitor.page.getByRole('button', { name: 'Søk' }).click();
    await visitor.page.waitForURL(/\/grupper\?q=/);
    await expect.poll(() => visitor.page.getByTestId('finder-count').innerText()).toBe('Fant 1 gruppe.');
    await visitor.page.getByRole('link', { name }).click();
    await visitor.page.waitForURL(`${vestUrl}/grupper/${slug}`);
    const main = visitor.page.getByRole('main');
    await expect.poll(() => visitor.page.getByTestId('schedule-text').innerText()).toBe('Hver tirsdag kl. 18:00–19:30');
    await expect.poll(() => main.innerText()).toContain('Storgata 1');
    await expect.poll(() => main.innerText()).toContain('Teleslynge');
    await expect.poll(() => visitor.page.getByTestId('contact').innerText()).toMatch(/Selvhjelp Vest[\s\S]*@/);
    expect(await visitor.page.content()).not.toContain('e2e-hemmelig');
    await expectAccessible(visitor.page);

    const calendarHref = await visitor.page
      .getByRole('link', { name: 'Legg til i kalender (.ics)' })
      .getAttribute('href');
    expect(calendarHref).toBe(`/grupper/${slug}/kalender.ics`);
    const calendar = await visitor.page.request.get(`${vestUrl}${calendarHref}`);
    expect(calendar.status()).toBe(200);
    expect(calendar.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(calendar.headers()['content-disposition']).toBe(`attachment; filename="${slug}.ics"`);
    expect((await calendar.text()).startsWith('BEGIN:VCALENDAR')).toBe(true);

    const feed = await visitor.page.request.get(`${vestUrl}/grupper/meeting-guide.json`);
    expect(feed.headers()['content-type']).toBe('application/json; charset=utf-8');
    expect(feed.headers()['access-control-allow-origin']).toBe('*');
    expect(await feed.text()).toContain(slug);
    expect(visitor.foreignRequests).toEqual([]);
    await visitor.context.close();
  });

  it('refuses a stale edit with a conflict message, keeping what was typed', async () => {
    const token = await gatewayLogin(gatewayUrl, demo.vestStaff.email, 'vest');
    const { groups } = await gatewayCall<{ groups: { edges: { node: { id: string; name: string } }[] } }>(
      gatewayUrl,
      '{ groups(filter: { statuses: [RUNNING] }, first: 1, orderBy: { field: UPDATED_AT, direction: ASC }) { edges { node { id name } } } }',
      {},
      token,
    );
    const group = groups.edges[0]?.node;
    if (!group) throw new Error('No running Vest group in the demo data');

    const { page, context } = await openPortal(browser, vestUrl);
    await loginAs(page, vestUrl, '/vest', demo.vestStaff.email);
    const editUrl = `${vestUrl}/vest/grupper/${group.id}/rediger`;
    await page.goto(editUrl);
    const other = await context.newPage();
    await other.goto(editUrl);

    await other.getByLabel('Navn', { exact: true }).fill(`${group.name} (endret)`);
    await other.getByRole('button', { name: 'Lagre endringer' }).click();
    await other.waitForURL(/melding=saved$/);

    const typed = 'Beskrivelsen jeg skrev mens noen andre lagret.';
    await page.getByLabel('Beskrivelse').fill(typed);
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    const conflict = page.getByTestId('group-conflict');
    await conflict.waitFor();
    await expect.poll(() => conflict.innerText()).toContain('Gruppen er endret av noen andre');
    await expect.poll(() => conflict.innerText()).toContain(`${group.name} (endret)`);
    await expect.poll(() => page.getByLabel('Beskrivelse').inputValue()).toBe(typed);
    await expect.poll(() => page.getByLabel('Navn', { exact: true }).inputValue()).toBe(group.name);
    await expect.poll(() => page.locator('.ds-error-summary').innerText()).toContain('Endringene dine er ikke lagret');
    expect(page.url()).toBe(editUrl);
    await expectAccessible(page);
    await context.close();
  });

  it('answers 404 when Vest staff open a Nord group', async () => {
    const token = await gatewayLogin(gatewayUrl, demo.nordStaff.email, 'nord');
    const { groups } = await gatewayCall<{ groups: { edges: { node: { id: string } }[] } }>(
      gatewayUrl,
      '{ groups(first: 1) { edges { node { id } } } }',
      {},
      token,
    );
    const nordId = groups.edges[0]?.node.id;
    expect(nordId).toBeTruthy();
    const { page, context } = await openPortal(browser, vestUrl);
    await loginAs(page, vestUrl, '/vest', demo.vestStaff.email);
    for (const path of [`/vest/grupper/${nordId}`, `/vest/grupper/${nordId}/rediger`]) {
      const response = await page.goto(`${vestUrl}${path}`);
      expect(response?.status(), path).toBe(404);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Siden finnes ikke');
    }
    await expectAccessible(page);
    await context.close();
  });

  it('lists follow-ups due, soonest first, and exports the filtered list as CSV', async () => {
    const { page, context } = await openPortal(browser, vestUrl);
    await loginAs(page, vestUrl, '/vest', demo.vestStaff.email);
    await page.goto(`${vestUrl}/vest/grupper`);
    await page.getByRole('link', { name: 'Oppfølging som forfaller' }).click();
    await page.waitForURL(`${vestUrl}/vest/grupper/oppfolging`);
    // The address changes a moment before the new page is drawn: read the table once it is this page's.
    await page.getByRole('heading', { level: 1, name: 'Oppfølging som forfaller' }).waitFor();
    const table = page.getByRole('table', { name: /grupper med oppfølging som forfaller/ });
    await table.waitFor();
    const dueDates = await table
      .locator('time')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('datetime') ?? ''));
    expect(dueDates.length).toBeGreaterThan(0);
    expect(dueDates).toEqual([...dueDates].sort());
    await expect.poll(() => page.getByRole('table').innerText()).toContain('Forfalt');
    await expectAccessible(page);

    await page.goto(`${vestUrl}/vest/grupper?status=RUNNING&sort=updated`);
    const exportHref = await page.getByRole('link', { name: 'Last ned listen som CSV' }).getAttribute('href');
    expect(exportHref).toBe('/vest/grupper/eksport.csv?status=RUNNING&sort=updated');
    const csv = await page.request.get(`${vestUrl}${exportHref}`);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers()['content-disposition']).toBe(`attachment; filename="grupper-vest-${todayInOslo()}.csv"`);
    expect(await csv.text()).toMatch(/^\uFEFF?navn[;,]/);
    await context.close();
  });

  it('gives the national office a read-only list across districts', async () => {
    const { page, context } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/nasjonalt', demo.national.email);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Grupper' }).click();
    await page.waitForURL(`${portalUrl}/nasjonalt/grupper`);
    await page.getByRole('heading', { level: 1, name: 'Selvhjelpsgrupper' }).waitFor();
    await page.getByLabel('Distrikt', { exact: true }).selectOption('nord');
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.waitForURL(/district=nord/);
    await expect.poll(() => page.getByRole('table').innerText()).toContain('Selvhjelp Nord');
    await expect.poll(() => page.getByRole('table').innerText()).not.toContain('Selvhjelp Vest');
    await expect.poll(() => page.getByRole('link', { name: 'Ny gruppe' }).count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });
});
