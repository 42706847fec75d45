import { districtScope, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { countQueries } from '../../database.js';
import { InvalidCursorError, OutOfScopeError, StaleVersionError } from '../../errors.js';
import {
  createTestActivity,
  createTestContact,
  createTestPartner,
  partnersAsTheGatewayDoes,
  RefusedInTest,
  refusalOf,
  testBackends,
  testNewPartner,
  testOrganisationNumber,
  testPartnerData,
} from '../../testing/index.js';

const vest = districtScope('vest');
const nord = districtScope('nord');
const sor = districtScope('sor');
const innlandet = districtScope('innlandet');
const now = new Date('2026-11-22T10:00:00.000Z');

// The rules are the domain's, run as the gateway's service runs them (facts → rule → write).
const networkRule = refusalOf;

describe.each(testBackends())('PartnerRepository on $name', ({ open }) => {
  let db: Database;
  const partners = () => db.repositories.partners;
  const asTheGateway = () => partnersAsTheGatewayDoes(db);

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('creates and reads partners within the scope only, the owner first among its districts', async () => {
    const created = await partners().create(
      vest,
      testNewPartner({ name: 'Bergen frivilligsentral', workingDistrictIds: ['sorvest', 'vest', 'sorvest'] }, now),
    );
    expect(created).toMatchObject({
      districtId: 'vest',
      workingDistrictIds: ['vest', 'sorvest'],
      name: 'Bergen frivilligsentral',
      version: 1,
      createdAt: now,
    });
    expect(await partners().findById(nord, created.id)).toBeNull();
    expect(await partners().findById(vest, 'not-a-uuid')).toBeNull();
    expect(await partners().findByIds(vest, [created.id, 'nope', created.id])).toEqual([created, null, created]);
    expect(await partners().findById(NATIONAL_SCOPE, created.id)).toEqual(created);
    await expect(partners().create(nord, testNewPartner())).rejects.toBeInstanceOf(OutOfScopeError);
  });

  it('refuses a duplicate organisation number within a district, not across districts', async () => {
    const number = testOrganisationNumber();
    const first = await createTestPartner(db, { organisationNumber: number });
    expect(await networkRule(createTestPartner(db, { organisationNumber: number }))).toBe(
      'DUPLICATE_ORGANISATION_NUMBER',
    );
    const elsewhere = await createTestPartner(db, { districtId: 'nord', organisationNumber: number });
    expect(elsewhere.organisationNumber).toBe(number);
    // Two at once: the unique index decides, one of them wins.
    const other = testOrganisationNumber();
    const results = await Promise.allSettled([
      createTestPartner(db, { organisationNumber: other }),
      createTestPartner(db, { organisationNumber: other }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(RefusedInTest);
    expect((failure.reason as RefusedInTest).code).toBe('DUPLICATE_ORGANISATION_NUMBER');
    // Updating another partner to the number is refused too; keeping one's own is fine.
    const second = await createTestPartner(db);
    expect(
      await networkRule(
        asTheGateway().update(vest, second.id, 1, {
          data: testPartnerData({ organisationNumber: number }),
          now,
          actorId: null,
        }),
      ),
    ).toBe('DUPLICATE_ORGANISATION_NUMBER');
    const kept = await asTheGateway().update(vest, first.id, 1, {
      data: testPartnerData({ name: 'Omdøpt', organisationNumber: number }),
      now,
      actorId: null,
    });
    expect(kept).toMatchObject({ name: 'Omdøpt', organisationNumber: number, version: 2 });
  });

  it('updates with the version read; a stale save writes nothing', async () => {
    const partner = await createTestPartner(db, { name: 'Voss bibliotek', type: 'LIBRARY' });
    const data = testPartnerData({
      name: 'Voss folkebibliotek',
      type: 'LIBRARY',
      status: 'DORMANT',
      workingDistrictIds: ['nord'],
    });
    expect(await asTheGateway().update(nord, partner.id, 1, { data, now, actorId: null })).toBeNull();
    expect(
      await asTheGateway().update(vest, '00000000-0000-4000-8000-000000000000', 1, { data, now, actorId: null }),
    ).toBeNull();
    const updated = await asTheGateway().update(vest, partner.id, 1, { data, now, actorId: null });
    expect(updated).toMatchObject({
      name: 'Voss folkebibliotek',
      status: 'DORMANT',
      workingDistrictIds: ['vest', 'nord'],
      version: 2,
      updatedAt: now,
    });
    await expect(
      asTheGateway().update(vest, partner.id, 1, { data: testPartnerData({ name: 'Gammel' }), now, actorId: null }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect(await partners().findById(vest, partner.id)).toEqual(updated);
  });

  it('pages by name with opaque cursors', async () => {
    const names = [
      'Arendal kommune',
      'Bykle kommune',
      'Evje og Hornnes kommune',
      'Farsund kommune',
      'Grimstad kommune',
    ];
    for (const name of [...names].reverse())
      await createTestPartner(db, { districtId: 'sor', name, type: 'MUNICIPALITY' });
    const first = await partners().list(sor, { first: 2 });
    expect(first.nodes.map((node) => node.name)).toEqual(names.slice(0, 2));
    expect(first).toMatchObject({ totalCount: 5, hasNextPage: true });
    const second = await partners().list(sor, { first: 2, after: first.endCursor });
    expect(second.nodes.map((node) => node.name)).toEqual(names.slice(2, 4));
    const last = await partners().list(sor, { first: 2, after: second.cursors[1] });
    expect(last.nodes.map((node) => node.name)).toEqual(names.slice(4));
    expect(last.hasNextPage).toBe(false);
    expect((await partners().list(sor, { first: 0 })).nodes).toEqual([]);
    await expect(partners().list(sor, { first: 101 })).rejects.toBeInstanceOf(RangeError);
    await expect(partners().list(sor, { first: 2, after: 'garbage' })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(
      partners().list(sor, {
        first: 2,
        after: Buffer.from(JSON.stringify(['f', 'x', first.nodes[0]!.id])).toString('base64url'),
      }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
    expect((await partners().list(vest, { first: 100 })).nodes.some((node) => node.districtId !== 'vest')).toBe(false);
  });

  it('filters by type, status, municipality, search and last contact', async () => {
    const number = testOrganisationNumber();
    const [hamar, elverum, nav, never, dormant] = await Promise.all([
      createTestPartner(db, { districtId: 'innlandet', name: 'Hamar frivilligsentral', municipalityNumber: '3403' }),
      createTestPartner(db, {
        districtId: 'innlandet',
        name: 'Elverum bibliotek',
        type: 'LIBRARY',
        municipalityNumber: '3420',
        organisationNumber: number,
      }),
      createTestPartner(db, {
        districtId: 'innlandet',
        name: 'NAV Hamar',
        type: 'NAV_OFFICE',
        municipalityNumber: '3403',
      }),
      createTestPartner(db, {
        districtId: 'innlandet',
        name: 'Lege 100% Hamar',
        type: 'GP_OFFICE',
        municipalityNumber: '3403',
      }),
      createTestPartner(db, {
        districtId: 'innlandet',
        name: 'Stange kirke',
        type: 'FAITH_COMMUNITY',
        status: 'DORMANT',
        municipalityNumber: '3413',
      }),
    ]);
    const at = (date: string, partnerIds: string[], status: 'COMPLETED' | 'CANCELLED' | 'PLANNED' = 'COMPLETED') =>
      createTestActivity(db, {
        districtId: 'innlandet',
        date,
        partnerIds,
        status,
        participantCount: status === 'COMPLETED' ? 10 : null,
      });
    await at('2026-10-01', [hamar.id]);
    await at('2025-06-01', [elverum.id, nav.id]);
    await at('2026-11-01', [nav.id], 'CANCELLED');
    await at('2026-12-15', [dormant.id], 'PLANNED');
    await at('2026-11-20', [dormant.id], 'PLANNED');

    const names = async (filter: object) =>
      (await partners().list(innlandet, { first: 100, filter, today: '2026-11-22' })).nodes.map((node) => node.name);
    expect(await names({ types: ['LIBRARY', 'NAV_OFFICE'] })).toEqual(['Elverum bibliotek', 'NAV Hamar']);
    expect(await names({ types: [] })).toEqual([]);
    expect(await names({ statuses: ['DORMANT'] })).toEqual(['Stange kirke']);
    expect(await names({ municipalityNumbers: ['3403'] })).toEqual([
      'Hamar frivilligsentral',
      'Lege 100% Hamar',
      'NAV Hamar',
    ]);
    expect(await names({ search: 'hamar' })).toEqual(['Hamar frivilligsentral', 'Lege 100% Hamar', 'NAV Hamar']);
    expect(await names({ search: '100%' })).toEqual(['Lege 100% Hamar']);
    expect(await names({ search: `${number.slice(0, 3)} ${number.slice(3)}` })).toEqual(['Elverum bibliotek']);
    // Contact since 2026-01-01 up to today: Hamar (October) and Stange (a planned one, today-2) had it.
    expect(await names({ noContactSince: '2026-01-01' })).toEqual([
      'Elverum bibliotek',
      'Lege 100% Hamar',
      'NAV Hamar',
    ]);
    expect(await names({ noContactSince: '2025-01-01', types: ['NAV_OFFICE', 'GP_OFFICE'] })).toEqual([
      'Lege 100% Hamar',
    ]);
    // The rows and the total, whatever the number of partners and activities.
    const { count } = await countQueries(db, () =>
      partners().list(innlandet, { first: 100, filter: { noContactSince: '2026-01-01' }, today: '2026-11-22' }),
    );
    expect(count).toBe(2);

    const last = await partners().lastContactOn(
      innlandet,
      [hamar.id, elverum.id, nav.id, never.id, dormant.id, 'x'],
      '2026-11-22',
    );
    expect(Object.fromEntries(last)).toEqual({
      [hamar.id]: '2026-10-01',
      [elverum.id]: '2025-06-01',
      [nav.id]: '2025-06-01',
      [dormant.id]: '2026-11-20',
    });
    expect((await partners().lastContactOn(vest, [hamar.id], '2026-11-22')).size).toBe(0);
    await expect(partners().lastContactOn(innlandet, [hamar.id], '2026-02-30')).rejects.toBeInstanceOf(RangeError);
  });

  it('keeps contacts with their history when they move, under the rules', async () => {
    const [library, school] = await Promise.all([
      createTestPartner(db, { type: 'LIBRARY' }),
      createTestPartner(db, { type: 'SCHOOL' }),
    ]);
    const foreign = await createTestPartner(db, { districtId: 'nord' });
    expect(
      await partners().addContact(nord, {
        partnerId: library.id,
        data: { name: 'X', email: null, phone: null, consentNote: null },
        role: null,
        since: '2025-01-01',
        now,
      }),
    ).toBeNull();
    const person = await createTestContact(db, library.id, {
      name: 'Berit Bibliotekar',
      role: 'Bibliotekar',
      since: '2024-03-01',
    });
    expect(person).toMatchObject({
      districtId: 'vest',
      partnerId: library.id,
      role: 'Bibliotekar',
      since: '2024-03-01',
      version: 1,
    });
    const colleague = await createTestContact(db, library.id, { name: 'Anders Assistent' });

    const updated = await partners().updateContact(vest, person.id, 1, {
      data: { name: 'Berit B. Bibliotekar', email: 'berit@example.no', phone: '55 00 00 00', consentNote: null },
      role: 'Leder',
      now,
    });
    expect(updated).toMatchObject({
      name: 'Berit B. Bibliotekar',
      role: 'Leder',
      partnerId: library.id,
      since: '2024-03-01',
      version: 2,
    });
    await expect(
      partners().updateContact(vest, person.id, 1, {
        data: { name: 'Stale', email: null, phone: null, consentNote: null },
        role: null,
        now,
      }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect(
      await partners().updateContact(nord, person.id, 2, {
        data: { name: 'X', email: null, phone: null, consentNote: null },
        role: null,
        now,
      }),
    ).toBeNull();

    const move = (to: string | null, date: string, version = 2) =>
      asTheGateway().moveContact(vest, person.id, version, { toPartnerId: to, role: 'Rektor', date, now });
    expect(await networkRule(move(library.id, '2026-01-01'))).toBe('MOVE_TO_SAME_PARTNER');
    expect(await networkRule(move(foreign.id, '2026-01-01'))).toBe('PARTNER_NOT_IN_DISTRICT');
    expect(await networkRule(move('00000000-0000-4000-8000-000000000000', '2026-01-01'))).toBe(
      'PARTNER_NOT_IN_DISTRICT',
    );
    expect(await networkRule(move(school.id, '2024-02-28'))).toBe('MOVE_BEFORE_SINCE');
    await expect(move(school.id, '2026-01-01', 1)).rejects.toBeInstanceOf(StaleVersionError);
    expect(
      await asTheGateway().moveContact(nord, person.id, 2, { toPartnerId: null, role: null, date: '2026-01-01', now }),
    ).toBeNull();
    // Nothing was written by the refused moves.
    expect(await partners().contactHistory(vest, [person.id])).toEqual(new Map([[person.id, []]]));

    const moved = await move(school.id, '2026-01-01');
    expect(moved).toMatchObject({ partnerId: school.id, role: 'Rektor', since: '2026-01-01', version: 3 });
    const left = await asTheGateway().moveContact(vest, person.id, 3, {
      toPartnerId: null,
      role: 'ignored',
      date: '2026-06-30',
      now,
    });
    expect(left).toMatchObject({ partnerId: null, role: null, since: null, version: 4 });
    expect(
      await networkRule(
        asTheGateway().moveContact(vest, person.id, 4, { toPartnerId: null, role: null, date: '2026-07-01', now }),
      ),
    ).toBe('MOVE_TO_SAME_PARTNER');
    const back = await asTheGateway().moveContact(vest, person.id, 4, {
      toPartnerId: library.id,
      role: 'Frivillig',
      date: '2026-08-01',
      now,
    });
    expect(back).toMatchObject({ partnerId: library.id, since: '2026-08-01', version: 5 });

    const history = (await partners().contactHistory(vest, [person.id])).get(person.id)!;
    expect(history.map(({ partnerId, role, fromDate, toDate }) => ({ partnerId, role, fromDate, toDate }))).toEqual([
      { partnerId: school.id, role: 'Rektor', fromDate: '2026-01-01', toDate: '2026-06-30' },
      { partnerId: library.id, role: 'Leder', fromDate: '2024-03-01', toDate: '2026-01-01' },
    ]);
    expect((await partners().contactHistory(nord, [person.id])).get(person.id)).toEqual([]);
    const current = await partners().contactsOfPartners(vest, [library.id, school.id]);
    expect(current.get(library.id)!.map((contact) => contact.name)).toEqual([
      'Anders Assistent',
      'Berit B. Bibliotekar',
    ]);
    expect(current.get(school.id)).toEqual([]);
    expect(
      (await partners().formerContactsOfPartners(vest, [school.id])).get(school.id)!.map((place) => place.contactId),
    ).toEqual([person.id]);
    expect((await partners().contactsOfPartners(nord, [library.id])).get(library.id)).toEqual([]);
    expect(await partners().contactsByIds(vest, [colleague.id, 'x'])).toEqual([colleague, null]);
    expect(await partners().contactsByIds(nord, [colleague.id])).toEqual([null]);

    expect(await partners().removeContact(nord, person.id)).toBe(false);
    expect(await partners().removeContact(vest, person.id)).toBe(true);
    expect(await partners().removeContact(vest, person.id)).toBe(false);
    expect((await partners().formerContactsOfPartners(vest, [school.id])).get(school.id)).toEqual([]);
  });
});
