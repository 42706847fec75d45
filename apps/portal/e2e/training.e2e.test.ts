import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPortal } from './browser';
import { gatewayCall, gatewayLogin } from './gateway-api';
import { demo, expectAccessible, loginAs } from './helpers';
import { addDays, todayInOslo } from '../app/shared/dates/dates';

const portalUrl = inject('portalUrl');
const gatewayUrl = inject('gatewayUrl');

/** Presses a button from the keyboard: focus it, then Enter. */
async function pressButton(page: Page, name: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name, exact: typeof name === 'string' });
  await button.focus();
  await page.keyboard.press('Enter');
}

async function changeCourseStatus(page: Page, status: string): Promise<void> {
  await page.getByLabel('Ny status').selectOption({ label: status });
  await pressButton(page, 'Endre status');
  await page.getByText(`Status er endret til «${status}».`).waitFor();
}

describe('facilitator training on the Vest portal', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('plans a course, fills it and its waiting list, registers attendance and prints certificates, by keyboard', async () => {
    const run = Date.now();
    // 13 facilitators set up through the gateway; the 14th is registered on the course page.
    const token = await gatewayLogin(gatewayUrl, demo.vestStaff.email, 'vest');
    const names = Array.from({ length: 13 }, (_, index) => `Deltaker ${String(index + 1).padStart(2, '0')} E2E${run}`);
    for (const name of names) {
      await gatewayCall(
        gatewayUrl,
        'mutation($input: CreateFacilitatorInput!) { createFacilitator(input: $input) { id } }',
        {
          input: {
            facilitator: { name, email: `e2e.${run}.${names.indexOf(name)}@example.no`, municipalityNumber: '4601' },
            consent: { givenOn: todayInOslo(), text: 'Ja, dere kan kontakte meg om kurs.' },
          },
        },
        token,
      );
    }
    const newcomer = `Nykommer E2E${run}`;

    const { page, foreignRequests } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/vest', demo.vestStaff.email);
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Igangsettere og kurs' })
      .click();
    await page.waitForURL(`${portalUrl}/vest/igangsettere`);
    await page.getByRole('heading', { level: 2, name: 'Trenger oppmerksomhet' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Kurs', exact: true }).click();
    await page.waitForURL(`${portalUrl}/vest/kurs`);
    await page.getByRole('link', { name: 'Nytt kurs' }).click();
    await page.waitForURL(`${portalUrl}/vest/kurs/ny`);
    await expectAccessible(page);

    const title = `Grunnkurs E2E ${run}`;
    await page.getByLabel('Grunnkurs', { exact: true }).press('Space');
    await page.getByLabel('Tittel').pressSequentially(title);
    await page.getByLabel('Sted', { exact: true }).pressSequentially('Distriktskontoret');
    await page.getByLabel('Antall plasser').pressSequentially('12');
    await page.getByLabel(demo.vestStaff.name, { exact: true }).press('Space');
    const today = todayInOslo();
    for (const n of [1, 2, 3]) {
      await page.getByLabel(`Dato, samling ${n}`).fill(addDays(today, 7 * n));
      await page.getByLabel(`Fra klokken, samling ${n}`).fill('17:00');
      await page.getByLabel(`Til klokken, samling ${n}`).fill('20:00');
    }
    // Rows 4–6 stay blank and are left out; Enter in a field saves (not "add a session").
    await page.getByLabel('Sted, samling 3').press('Enter');
    await page.waitForURL(/\/vest\/kurs\/[^/?]+\?melding=created$/);
    const courseUrl = page.url().replace(/\?.*$/, '');
    await page.getByText('Kurset er opprettet.').waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
    await expect.poll(() => page.getByRole('region', { name: 'Samlinger' }).getByRole('listitem').count()).toBe(3);
    await expectAccessible(page);

    for (const [index, name] of names.entries()) {
      await page.getByLabel('Igangsetter', { exact: true }).selectOption({ label: `${name} (Bergen)` });
      await pressButton(page, 'Meld på');
      const expected = index < 12 ? `${name} fikk plass.` : `${name} står på ventelisten som nummer 1.`;
      await page.getByText(expected).waitFor();
    }
    await page.getByLabel('Navn', { exact: true }).pressSequentially(newcomer);
    await page.getByLabel('E-post').pressSequentially(`ny.${run}@example.no`);
    await page.getByLabel('Kommune').selectOption({ label: 'Bergen' });
    await page.getByLabel('Samtykke gitt').fill(today);
    await page.getByLabel('Samtykketekst').pressSequentially('Ja, dere kan kontakte meg om kurs.');
    await pressButton(page, 'Registrer og meld på');
    await page.getByText(`${newcomer} står på ventelisten som nummer 2.`).waitFor();
    await expect.poll(() => page.getByRole('heading', { name: /^Deltakere/ }).innerText()).toBe('Deltakere (12 av 12)');
    await expect.poll(() => page.getByRole('heading', { name: /^Venteliste/ }).innerText()).toBe('Venteliste (2)');
    await expectAccessible(page);

    const leaving = names[2]!;
    // Cancelling asks first, naming who gets the seat, and nothing happens until the user confirms.
    await pressButton(page, `Meld av ${leaving}`);
    await page.getByText(`Meld av ${leaving}?`).waitFor();
    await page.getByText(`${names[12]!} får plassen fra ventelisten.`).waitFor();
    await expect.poll(() => page.getByRole('heading', { name: /^Venteliste/ }).innerText()).toBe('Venteliste (2)');
    await expectAccessible(page);
    await pressButton(page, 'Ja, meld av');
    await page.getByText(`${leaving} er meldt av.`).waitFor();
    await page.getByText(`${names[12]!} fikk plassen fra ventelisten.`).waitFor();
    await expect.poll(() => page.getByRole('heading', { name: /^Venteliste/ }).innerText()).toBe('Venteliste (1)');

    await changeCourseStatus(page, 'Åpen for påmelding');
    await changeCourseStatus(page, 'Pågår');

    await page.getByRole('link', { name: 'Registrer oppmøte' }).click();
    await page.waitForURL(`${courseUrl}/oppmote`);
    await expectAccessible(page);
    const participants = names.filter((name) => name !== leaving);
    const absent = participants[0]!;
    for (const name of participants) {
      for (const n of [1, 2, 3]) {
        if (name === absent && n === 2) continue;
        await page.getByLabel(`${name}, samling ${n}`, { exact: true }).press('Space');
      }
    }
    await pressButton(page, 'Lagre oppmøte');
    await page.waitForURL(`${courseUrl}?melding=attendance`);
    await page.getByText('Oppmøtet er lagret.').waitFor();

    await changeCourseStatus(page, 'Fullført');
    await page.getByText('11 fullførte kurset.').waitFor();
    // The newcomer was still waiting: the list closes with the course, and their history says so.
    await page.getByText('Ventelisten ble stengt da kurset ble fullført. Disse fikk ikke plass:').waitFor();
    await expect.poll(() => page.getByRole('heading', { name: /^Venteliste/ }).innerText()).toBe('Venteliste (0)');
    await page.getByRole('link', { name: newcomer }).click();
    await page.getByRole('cell', { name: 'Venteliste stengt (kurset fullført)' }).waitFor();
    await page.goto(courseUrl);
    await page.getByRole('link', { name: 'Kursbevis' }).click();
    await page.waitForURL(`${courseUrl}/kursbevis`);
    const certificates = page.getByRole('article');
    await expect.poll(() => certificates.count()).toBe(11);
    const certified = await certificates.evaluateAll((articles) =>
      articles.map((article) => article.getAttribute('aria-label')),
    );
    expect(certified.sort()).toEqual(participants.filter((name) => name !== absent).sort());
    await expect.poll(() => page.getByRole('main').innerText()).not.toContain(absent);
    await expectAccessible(page);

    // The course's own calendar file, and the district's calendar of upcoming courses.
    const own = await page.request.get(`${courseUrl}/kalender.ics`);
    expect(own.headers()['content-type']).toContain('text/calendar');
    expect((await own.text()).match(/BEGIN:VEVENT/g)).toHaveLength(3);
    const district = await page.request.get(courseUrl.replace(/\/kurs\/[^/]+$/, '/kurs/kalender.ics'));
    expect(district.status()).toBe(200);
    expect(await district.text()).toContain('X-WR-CALNAME:Kurskalender – Selvhjelp Vest');
    expect(foreignRequests).toEqual([]);
  });

  it('registers, edits and forgets a facilitator, with errors next to the fields', async () => {
    const { page } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/vest', demo.vestStaff.email);
    await page.goto(`${portalUrl}/vest/igangsettere/ny`);
    await expectAccessible(page);
    const name = `Igangsetter E2E ${Date.now()}`;
    await page.getByLabel('Navn', { exact: true }).pressSequentially(name);
    await pressButton(page, 'Registrer igangsetter');
    await page.getByRole('link', { name: 'Kontaktinformasjon: Fyll ut e-post eller telefon.' }).waitFor();
    await page.getByRole('link', { name: 'Kommune: Fyll ut feltet.' }).waitFor();
    await expect.poll(() => page.getByLabel('Navn', { exact: true }).inputValue()).toBe(name);
    await expectAccessible(page);

    await page.getByLabel('Telefon').pressSequentially('41234567');
    await page.getByLabel('Kommune').selectOption({ label: 'Voss' });
    await page.getByLabel('Samtykke gitt').fill(todayInOslo());
    await page.getByLabel('Samtykketekst').pressSequentially('Ja, dere kan kontakte meg.');
    await pressButton(page, 'Registrer igangsetter');
    await page.waitForURL(/\/vest\/igangsettere\/[^/?]+\?melding=created$/);
    const facilitatorUrl = page.url().replace(/\?.*$/, '');
    await page.getByText('Igangsetteren er registrert.').waitFor();
    await expect.poll(() => page.getByRole('main').innerText()).toContain('Under opplæring');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Endre', exact: true }).click();
    await page.waitForURL(`${facilitatorUrl}/rediger`);
    // Someone else saves first: the edit is refused, and what was typed stays in the form.
    const id = facilitatorUrl.split('/').at(-1)!;
    const version = Number(await page.locator('input[name="version"]').inputValue());
    const token = await gatewayLogin(gatewayUrl, demo.vestLead.email, 'vest');
    await gatewayCall(
      gatewayUrl,
      'mutation($input: UpdateFacilitatorInput!) { updateFacilitator(input: $input) { id } }',
      {
        input: {
          id,
          version,
          facilitator: { name, phone: '41234567', municipalityNumber: '4621', notes: 'Endret av en annen' },
        },
      },
      token,
    );
    await page.getByLabel('Opptatt').press('Space');
    await page.getByLabel('Notater').pressSequentially('Mitt notat');
    await pressButton(page, 'Lagre endringer');
    await page.getByText('Noen andre har endret igangsetteren mens du skrev.', { exact: false }).waitFor();
    await expect.poll(() => page.getByLabel('Notater').inputValue()).toBe('Mitt notat');
    await pressButton(page, 'Lagre endringer');
    await page.getByText('Endringene er lagret.').waitFor();
    await expect.poll(() => page.getByRole('main').innerText()).toContain('Mitt notat');
    await expect.poll(() => page.getByRole('main').innerText()).toContain('Opptatt');

    await pressButton(page, 'Glem igangsetteren …');
    await page.getByText(`Vil du slette personopplysningene til ${name}?`).waitFor();
    await pressButton(page, 'Ja, slett personopplysningene');
    await page.getByText('Personopplysningene er slettet.').waitFor();
    await expect.poll(() => page.getByRole('main').innerText()).not.toContain(name);
    await expect.poll(() => page.getByRole('main').innerText()).not.toContain('41234567');
  });

  it('assigns a qualified facilitator to a group that is starting', async () => {
    const { page } = await openPortal(browser, portalUrl);
    await loginAs(page, portalUrl, '/vest', demo.vestStaff.email);
    await page.goto(`${portalUrl}/vest/grupper?status=STARTING`);
    await page.getByRole('table').getByRole('link', { name: 'Når alt føles tungt' }).click();
    await page.getByRole('heading', { level: 2, name: 'Igangsettere' }).waitFor();
    const select = page.getByLabel('Igangsetter', { exact: true });
    const options = await select
      .locator('option')
      .evaluateAll((elements) =>
        elements.map((element) => ({ value: element.getAttribute('value') ?? '', label: element.textContent ?? '' })),
      );
    const choice = options.find((option) => option.value !== '' && !option.label.startsWith('Kari Nilsen'));
    expect(choice).toBeDefined();
    await select.selectOption(choice!.value);
    await pressButton(page, 'Knytt til gruppen');
    const chosen = choice!.label.replace(/ \(.*$/, '');
    await page.getByText(`${chosen} er knyttet til gruppen.`).waitFor();
    await expect
      .poll(() => page.getByRole('region', { name: 'Igangsettere' }).getByRole('table').innerText())
      .toContain(chosen);
    await expectAccessible(page);

    // The group runs on its own: the facilitator withdraws, and their page shows the whole story.
    const groupUrl = page.url().split('?')[0]!;
    await page.getByLabel('Ny status').selectOption({ label: 'I gang (selvgående)' });
    await page.getByLabel('Begrunnelse').fill('Gruppen klarer seg selv');
    await pressButton(page, 'Endre status');
    await page.getByText('Status er endret til «I gang (selvgående)».').waitFor();
    await page.goto(groupUrl);
    const row = page.getByRole('region', { name: 'Igangsettere' }).getByRole('row', { name: new RegExp(chosen) });
    await expect.poll(async () => (await row.innerText()).match(/\d{1,2}\. \w+ \d{4}/g)?.length ?? 0).toBe(2);
    await row.getByRole('link', { name: chosen }).click();
    await page.getByRole('heading', { level: 1, name: chosen }).waitFor();
    await expect.poll(() => page.getByRole('main').innerText()).toContain('Når alt føles tungt');
    await expectAccessible(page);
  });

  it('lets the district lead, and only the lead, set how long a qualification lasts', async () => {
    const { page: staff } = await openPortal(browser, portalUrl, { javaScriptEnabled: false });
    await loginAs(staff, portalUrl, '/vest', demo.vestStaff.email);
    await staff.goto(`${portalUrl}/vest/igangsettere`);
    await staff.getByText('Et grunnkurs eller en oppfriskning gjelder i 36 måneder i dette distriktet.').waitFor();
    await expect.poll(() => staff.getByLabel('Antall måneder').count()).toBe(0);

    const { page } = await openPortal(browser, portalUrl, { javaScriptEnabled: false });
    await loginAs(page, portalUrl, '/vest', demo.vestLead.email);
    await page.goto(`${portalUrl}/vest/igangsettere`);
    await page.getByLabel('Antall måneder').fill('0');
    await pressButton(page, 'Lagre intervallet');
    await page.getByText('Intervallet må være mellom 1 og 120 måneder.').waitFor();
    await expect.poll(() => page.getByLabel('Antall måneder').inputValue()).toBe('0');
    await expectAccessible(page);
    await page.getByLabel('Antall måneder').fill('48');
    await pressButton(page, 'Lagre intervallet');
    await page.getByText('Lagret: kvalifikasjonen gjelder nå i 48 måneder.').waitFor();
    // Put it back: the other tests count on the demo data's usual qualifications.
    await page.getByLabel('Antall måneder').fill('36');
    await pressButton(page, 'Lagre intervallet');
    await page.getByText('Lagret: kvalifikasjonen gjelder nå i 36 måneder.').waitFor();
  });

  it('adds session rows to the course form without JavaScript', async () => {
    const { page } = await openPortal(browser, portalUrl, { javaScriptEnabled: false });
    await loginAs(page, portalUrl, '/vest', demo.vestStaff.email);
    await page.goto(`${portalUrl}/vest/kurs/ny`);
    await page.getByLabel('Tittel').fill('Uten skript');
    await page.getByLabel('Dato, samling 1').fill(addDays(todayInOslo(), 30));
    await expect.poll(() => page.getByLabel('Dato, samling 7').count()).toBe(0);
    await page.getByRole('button', { name: 'Legg til en samling' }).click();
    await page.getByLabel('Dato, samling 7').waitFor();
    await expect.poll(() => page.getByLabel('Tittel').inputValue()).toBe('Uten skript');
    await expect.poll(() => page.getByLabel('Dato, samling 1').inputValue()).toBe(addDays(todayInOslo(), 30));
  });
});
