import type { Browser, Page } from 'playwright-core';
import { organisationNumberCheckDigit } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPortal } from './browser';
import { gatewayCall, gatewayLogin } from './gateway-api';
import { demo, expectAccessible, loginAs } from './helpers';
import { addDays, todayInOslo } from '../app/shared/dates/dates';

const portalUrl = inject('portalUrl');
const gatewayUrl = inject('gatewayUrl');
const UUID = '[0-9a-f-]{36}';

/** A valid organisation number nobody else uses in this run (the demo data has its own). */
function organisationNumberFor(run: number): string {
  for (let base = 80_000_000 + (run % 9_000_000); ; base++) {
    const check = organisationNumberCheckDigit(String(base));
    if (check !== null) return `${base}${check}`;
  }
}

async function addContact(page: Page, name: string, role: string, email: string): Promise<void> {
  await page.getByRole('link', { name: 'Legg til kontaktperson' }).click();
  await page.waitForURL(new RegExp(`/vest/samarbeidspartnere/${UUID}/kontaktpersoner/ny$`));
  await page.getByLabel('Navn', { exact: true }).fill(name);
  await page.getByLabel('Rolle', { exact: true }).fill(role);
  await page.getByLabel('E-post', { exact: true }).fill(email);
  await page.getByLabel('Samtykke', { exact: true }).fill('Muntlig samtykke på møte.');
  await page.getByRole('button', { name: 'Legg til', exact: true }).click();
  await page.waitForURL(new RegExp(`/vest/samarbeidspartnere/${UUID}(\\?.*)?$`));
  await page.getByText('Kontaktpersonen er lagt til.').waitFor();
}

describe('partner network on the Vest portal', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('registers a municipality with two contacts, records a professional day with it, links the group that came of it, and shows both on the partner page', async () => {
    const run = Date.now();
    const partnerName = `Askøy kommune E2E${run}`;
    const { page, foreignRequests } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/vest', demo.vestStaff.email);

    // A wrong check digit is refused, next to the field, with what was typed kept.
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Samarbeidspartnere' }).click();
    await page.waitForURL(`${portalUrl}/vest/samarbeidspartnere`);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Ny samarbeidspartner' }).first().click();
    await page.waitForURL(`${portalUrl}/vest/samarbeidspartnere/ny`);
    await expectAccessible(page);
    const organisationNumber = organisationNumberFor(run);
    const wrong = `${organisationNumber.slice(0, 8)}${(Number(organisationNumber[8]) + 1) % 10}`;
    await page.getByLabel('Navn', { exact: true }).fill(partnerName);
    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Kommune' });
    await page.getByLabel('Organisasjonsnummer', { exact: true }).fill(wrong);
    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Askøy' });
    await page.getByRole('radio', { name: 'Aktiv', exact: true }).check();
    await page.getByRole('button', { name: 'Registrer', exact: true }).click();
    await page.getByText('Organisasjonsnummeret er ikke gyldig (feil kontrollsiffer).').first().waitFor();
    await expect.poll(() => page.getByLabel('Navn', { exact: true }).inputValue()).toBe(partnerName);
    await expectAccessible(page);

    await page.getByLabel('Organisasjonsnummer', { exact: true }).fill(organisationNumber);
    await page.getByRole('button', { name: 'Registrer', exact: true }).click();
    await page.waitForURL(new RegExp(`/vest/samarbeidspartnere/${UUID}(\\?.*)?$`));
    await page.getByText('Samarbeidspartneren er registrert.').waitFor();
    const partnerUrl = page.url().split('?')[0]!;
    const partnerId = partnerUrl.split('/').at(-1)!;
    await page.getByRole('heading', { level: 1, name: partnerName }).waitFor();

    await addContact(page, `Kari Kommune E2E${run}`, 'Folkehelsekoordinator', `kari.${run}@example.no`);
    await addContact(page, `Per Psykiatri E2E${run}`, 'Psykiatrisk sykepleier', `per.${run}@example.no`);
    const contacts = page.getByRole('region', { name: 'Kontaktpersoner' });
    await expect.poll(() => contacts.getByText(`E2E${run}`).count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(page);

    // The professional day, held two weeks ago with the partner and 40 participants.
    await page.getByRole('link', { name: 'Registrer en aktivitet med samarbeidspartneren' }).click();
    await page.waitForURL(`${portalUrl}/vest/aktiviteter/ny?partner=${partnerId}`);
    expect(await page.getByLabel(partnerName).isChecked()).toBe(true);
    await expectAccessible(page);
    const title = `Fagdag om selvhjelp E2E${run}`;
    await page.getByLabel('Type aktivitet').selectOption({ label: 'Fagdag' });
    await page.getByLabel('Tittel').fill(title);
    await page.getByRole('radio', { name: 'Gjennomført', exact: true }).check();
    await page.getByLabel('Dato').fill(addDays(todayInOslo(), -14));
    await page.getByLabel('Starttid').fill('09:00');
    await page.getByLabel('Sluttid').fill('15:00');
    await page.getByLabel('Sted', { exact: true }).fill('Kommunehuset på Kleppestø');
    await page.getByLabel('Helsetjenester').check();
    await page.getByRole('textbox', { name: 'Antall deltakere' }).fill('40');
    await page.getByRole('button', { name: 'Registrer aktiviteten' }).click();
    await page.waitForURL(new RegExp(`/vest/aktiviteter/${UUID}(\\?.*)?$`));
    const activityUrl = page.url().split('?')[0]!;
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectAccessible(page);

    // A group started afterwards (registered through the API: the group registry has its own e2e).
    const token = await gatewayLogin(gatewayUrl, demo.vestStaff.email, 'vest');
    const groupName = `Samtalegruppe Askøy E2E${run}`;
    const { createGroup: group } = await gatewayCall<{ createGroup: { id: string } }>(
      gatewayUrl,
      'mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }',
      {
        input: {
          group: {
            name: groupName,
            description: 'En samtalegruppe som kom i gang etter fagdagen.',
            themeIds: ['anxiety'],
            targetGroup: 'AFFECTED',
            municipalityNumber: '4627',
            format: 'IN_PERSON',
            venue: {
              name: 'Askøy bibliotek',
              streetAddress: 'Kleppeveien 2',
              postalCode: '5300',
              postalPlace: 'Kleppestø',
            },
            languages: ['nb'],
            openForNewMembers: true,
            schedule: {
              kind: 'WEEKLY',
              weekday: 'WEDNESDAY',
              startTime: '18:00',
              durationMinutes: 90,
              startDate: todayInOslo(),
            },
          },
        },
      },
      token,
    );

    await page.goto(activityUrl);
    await page.getByRole('radio', { name: 'Gruppe startet', exact: true }).check();
    await page.getByLabel('Gruppe', { exact: true }).selectOption({ label: groupName });
    await page.getByRole('button', { name: 'Legg til resultatet' }).click();
    await page.waitForURL(new RegExp(`/vest/aktiviteter/${UUID}(\\?.*)?$`));
    await page.getByRole('link', { name: groupName }).first().waitFor();
    await expectAccessible(page);

    // The partner page shows the activity and the group.
    await page.goto(partnerUrl);
    await page.getByRole('link', { name: title }).waitFor();
    await page.getByRole('link', { name: groupName }).waitFor();
    expect(await page.getByRole('link', { name: title }).getAttribute('href')).toMatch(
      new RegExp(`/vest/aktiviteter/${UUID}$`),
    );
    expect(await page.getByRole('link', { name: groupName }).getAttribute('href')).toMatch(
      new RegExp(`/vest/grupper/${UUID}$`),
    );
    await expectAccessible(page);

    // And the group's page tells which activity it came of.
    await page.goto(`${portalUrl}/vest/grupper/${group.id}`);
    await page.getByRole('link', { name: title }).waitFor();
    await expectAccessible(page);

    // The same facts over the API.
    const data = await gatewayCall<{
      partner: {
        organisationNumber: string;
        contacts: unknown[];
        activities: { participantCount: number }[];
        groupsStartedTogether: { name: string }[];
      };
    }>(
      gatewayUrl,
      'query($id: ID!) { partner(id: $id) { organisationNumber contacts { name } activities { participantCount } groupsStartedTogether { name } } }',
      { id: partnerId },
      token,
    );
    expect(data.partner).toMatchObject({
      organisationNumber,
      activities: [{ participantCount: 40 }],
      groupsStartedTogether: [{ name: groupName }],
    });
    expect(data.partner.contacts).toHaveLength(2);
    expect(foreignRequests).toEqual([]);
  });

  it('shows the activity log with totals and the network map, accessible and without foreign requests', async () => {
    const { page, foreignRequests } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/vest', demo.vestStaff.email);
    await page.goto(`${portalUrl}/vest/aktiviteter`);
    await page.getByRole('heading', { name: 'Tall for utvalget' }).waitFor();
    await page.getByRole('link', { name: 'Eksporter CSV' }).waitFor();
    await expectAccessible(page);

    // A calendar app subscribes with the secret address, without a login; turned off, it stops.
    await page.getByRole('button', { name: 'Lag abonnementsadresse' }).click();
    const address = page.getByLabel('Abonnementsadresse');
    await address.waitFor();
    const feedUrl = await address.inputValue();
    expect(feedUrl).toMatch(new RegExp(`^${portalUrl}/vest/kalender/[A-Za-z0-9_-]{43}$`));
    await expectAccessible(page);
    const feed = await fetch(feedUrl);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    await page.getByRole('button', { name: 'Slå av abonnementet' }).click();
    await page.getByText('Abonnementet er slått av. Adressen virker ikke lenger.').waitFor();
    expect((await fetch(feedUrl)).status).toBe(404);

    // An activity registered twice by mistake is deleted in two steps.
    const token = await gatewayLogin(gatewayUrl, demo.vestStaff.email, 'vest');
    const duplicateTitle = `Dobbeltregistrert foredrag E2E${Date.now()}`;
    const { createOutreachActivity: duplicate } = await gatewayCall<{ createOutreachActivity: { id: string } }>(
      gatewayUrl,
      'mutation($activity: ActivityInput!) { createOutreachActivity(activity: $activity) { id } }',
      {
        activity: {
          type: 'TALK',
          title: duplicateTitle,
          status: 'PLANNED',
          date: addDays(todayInOslo(), 10),
          place: 'Bergen',
        },
      },
      token,
    );
    await page.goto(`${portalUrl}/vest/aktiviteter/${duplicate.id}`);
    await page.getByRole('button', { name: 'Slett aktiviteten' }).click();
    await page.getByText(`Vil du slette «${duplicateTitle}»`).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ja, slett' }).click();
    await page.waitForURL(`${portalUrl}/vest/aktiviteter?melding=removed`);
    await page.getByText('Aktiviteten er slettet.').waitFor();
    expect(await page.getByRole('link', { name: duplicateTitle }).count()).toBe(0);

    await page.getByRole('link', { name: 'Nettverkskart' }).first().click();
    await page.waitForURL(`${portalUrl}/vest/nettverk`);
    await page.getByRole('heading', { name: 'Kommuner uten aktiv samarbeidspartner og uten gruppe' }).waitFor();
    // The chart is drawn on the server: an SVG with a text alternative, no tiles or scripts from elsewhere.
    await page.getByRole('img', { name: /aktive samarbeidspartnere etter type/i }).waitFor();
    await expectAccessible(page);
    expect(foreignRequests).toEqual([]);
  });

  it('gives the national office the outreach of every district, read only', async () => {
    const { page, foreignRequests } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/nasjonalt', demo.national.email);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Utadrettet arbeid' }).click();
    await page.waitForURL(`${portalUrl}/nasjonalt/utadrettet`);
    const table = page.getByTestId('national-outreach-districts');
    await table.getByRole('rowheader', { name: 'Selvhjelp Vest' }).waitFor();
    expect(await table.getByRole('row').count()).toBe(8);
    await expectAccessible(page);
    expect(foreignRequests).toEqual([]);
  });

  it('shows the partner and outreach pages in English, without JavaScript, with no untranslated keys', async () => {
    const { page, context, foreignRequests } = await openPortal(browser, portalUrl, { javaScriptEnabled: false });
    await loginAs(page, portalUrl, '/vest', demo.vestStaff.email);
    await page.getByRole('button', { name: 'Change language to English' }).click();
    await page.waitForLoadState('load');
    const visit = async (path: string) => {
      await page.goto(`${portalUrl}${path}`);
      const text = await page.locator('body').innerText();
      expect(text, path).not.toMatch(/\b(partners|outreach|nav|groups)\.[a-zA-Z]+\.?[a-zA-Z]*/);
      await expectAccessible(page);
    };
    await visit('/vest/samarbeidspartnere');
    const partner = await page.locator('table a[href*="/samarbeidspartnere/"]').first().getAttribute('href');
    await visit(partner!);
    await visit('/vest/samarbeidspartnere/ny');
    await visit('/vest/aktiviteter');
    const activity = await page.locator('table a[href*="/aktiviteter/"]').first().getAttribute('href');
    await visit(activity!);
    await visit('/vest/aktiviteter/ny');
    await visit('/vest/nettverk');
    await page.getByRole('heading', { name: 'Municipalities with neither an active partner nor a group' }).waitFor();
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
