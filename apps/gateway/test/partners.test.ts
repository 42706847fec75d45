import type { Database } from '@selvhjelp/db';
import { countQueries } from '@selvhjelp/db';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import {
  clearPartnerNetwork,
  createTestActivity,
  createTestContact,
  createTestGroup,
  createTestPartner,
  testBackends,
} from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP_FIELDS, groupInput } from './group-fixtures.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import type { PartnerShape } from './network-fixtures.js';
import {
  ADD_CONTACT,
  ADD_OUTCOME,
  CREATE_PARTNER,
  UPDATE_PARTNER,
  VALID_ORGANISATION_NUMBER,
  createActivity,
  createPartner,
  dataOf,
  errorOf,
  partnerCount,
  partnerInput,
} from './network-fixtures.js';

describe.each(testBackends())('partner network on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let vest: string;
  let vestLead: string;
  let nord: string;
  let national: string;

  beforeAll(async () => {
    db = await backend.open();
    gateway = await startTestGateway(db);
    // The demo network would blur the exact sets these tests count.
    await clearPartnerNetwork(db);
    gateway.clock.now = new Date('2026-11-22T10:00:00Z');
    vest = await gateway.login('vest.ansatt@demo.selvhjelp.no');
    vestLead = await gateway.login('vest.leder@demo.selvhjelp.no');
    nord = await gateway.login('nord.ansatt@demo.selvhjelp.no');
    national = await gateway.login('nasjonal@demo.selvhjelp.no');
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  it('acceptance 1: a municipality partner with two contacts, a professional day with 40 participants, and the group that came of it', async () => {
    const partner = await createPartner(gateway, vest, { organisationNumber: '974 760 673' });
    expect(partner).toMatchObject({ type: 'MUNICIPALITY', organisationNumber: VALID_ORGANISATION_NUMBER, version: 1 });
    for (const name of ['Kari Nordmann', 'Ola Hansen']) {
      const added = await gateway.gql(
        ADD_CONTACT,
        {
          input: {
            partnerId: partner.id,
            contact: { name, email: `${name.split(' ')[0]!.toLowerCase()}@bergen.kommune.no` },
            role: 'Rådgiver',
          },
        },
        vest,
      );
      dataOf(added);
    }
    const me = dataOf(await gateway.gql<{ me: { id: string } }>('query { me { id } }', {}, vest)).me;
    const fagdag = await createActivity(gateway, vest, {
      type: 'PROFESSIONAL_DAY',
      title: 'Fagdag om selvhjelpsgrupper',
      date: '2026-10-15',
      participantCount: 40,
      partnerIds: [partner.id],
      staffUserIds: [me.id],
      audiences: ['HEALTH_SERVICES', 'MUNICIPAL_SERVICES'],
    });
    const group = dataOf(
      await gateway.gql<{ createGroup: { id: string } }>(
        `mutation ($input: CreateGroupInput!) { createGroup(input: $input) { ${GROUP_FIELDS} } }`,
        { input: { group: groupInput({ name: 'Pårørendegruppe etter fagdagen' }) } },
        vest,
      ),
    ).createGroup;
    const outcome = await gateway.gql<{ addActivityOutcome: { kind: string; group: { id: string } } }>(
      ADD_OUTCOME,
      { input: { activityId: fagdag.id, kind: 'GROUP_STARTED', targetId: group.id } },
      vest,
    );
    expect(dataOf(outcome).addActivityOutcome).toMatchObject({ kind: 'GROUP_STARTED', group: { id: group.id } });

    const page = await gateway.gql<{
      partner: {
        lastContactOn: string;
        contacts: { name: string; email: string; role: string; since: string }[];
        activities: {
          id: string;
          type: string;
          participantCount: number;
          staff: { id: string }[];
          outcomes: { kind: string }[];
        }[];
        groupsStartedTogether: { id: string; name: string; originActivities: { id: string }[] }[];
      };
    }>(
      `query ($id: ID!) { partner(id: $id) { lastContactOn contacts { name email role since }
        activities { id type participantCount staff { id } outcomes { kind } }
        groupsStartedTogether { id name originActivities { id } } } }`,
      { id: partner.id },
      vest,
    );
    const shown = dataOf(page).partner;
    expect(shown.contacts.map((contact) => contact.name)).toEqual(['Kari Nordmann', 'Ola Hansen']);
    expect(shown.contacts[0]).toMatchObject({ email: 'kari@bergen.kommune.no', role: 'Rådgiver', since: '2026-11-22' });
    expect(shown.activities).toEqual([
      {
        id: fagdag.id,
        type: 'PROFESSIONAL_DAY',
        participantCount: 40,
        staff: [{ id: me.id }],
        outcomes: [{ kind: 'GROUP_STARTED' }],
      },
    ]);
    expect(shown.groupsStartedTogether).toEqual([
      { id: group.id, name: 'Pårørendegruppe etter fagdagen', originActivities: [{ id: fagdag.id }] },
    ]);
    expect(shown.lastContactOn).toBe('2026-10-15');

    const twice = await gateway.gql(
      ADD_OUTCOME,
      { input: { activityId: fagdag.id, kind: 'GROUP_STARTED', targetId: group.id } },
      vest,
    );
    expect(errorOf(twice)).toMatchObject({
      code: 'CONFLICT',
      reason: 'OUTCOME_ALREADY_LINKED',
      field: 'input.targetId',
    });
  });

  it('acceptance 4: refuses a wrong check digit naming partner.organisationNumber, and writes nothing', async () => {
    const before = await partnerCount(gateway, vest);
    const result = await gateway.gql(
      CREATE_PARTNER,
      { partner: partnerInput({ name: 'Feil orgnr', organisationNumber: '974760674' }) },
      vest,
    );
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partner.organisationNumber' });
    expect(result.errors?.[0]?.message).toMatch(/kontrollsiffer/);
    const format = await gateway.gql(
      CREATE_PARTNER,
      { partner: partnerInput({ organisationNumber: '97476067' }) },
      vest,
    );
    expect(errorOf(format)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partner.organisationNumber' });
    expect(await partnerCount(gateway, vest)).toBe(before);
  });

  it('refuses a duplicate organisation number in the district (create and update), but another district may register it', async () => {
    const first = await createPartner(gateway, vest, {
      name: 'NAV Årstad',
      type: 'NAV_OFFICE',
      organisationNumber: '889640782',
    });
    const before = await partnerCount(gateway, vest);
    const duplicate = await gateway.gql(
      CREATE_PARTNER,
      { partner: partnerInput({ name: 'NAV Årstad igjen', organisationNumber: '889640782' }) },
      vest,
    );
    expect(errorOf(duplicate)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DUPLICATE_ORGANISATION_NUMBER',
      field: 'partner.organisationNumber',
    });
    // The domain's rule reaches the client as its reason, in the reader's language.
    expect(duplicate.errors?.[0]?.message).toBe(
      'Distriktet har allerede en samarbeidspartner med dette organisasjonsnummeret.',
    );
    const inEnglish = await gateway.gql(
      CREATE_PARTNER,
      { partner: partnerInput({ name: 'NAV Årstad again', organisationNumber: '889640782' }) },
      vest,
      { 'accept-language': 'en' },
    );
    expect(inEnglish.errors?.[0]?.message).toBe('The district already has a partner with this organisation number.');
    expect(await partnerCount(gateway, vest)).toBe(before);

    const other = await createPartner(gateway, vest, { name: 'NAV Fana', type: 'NAV_OFFICE' });
    const update = await gateway.gql(
      UPDATE_PARTNER,
      {
        input: {
          id: other.id,
          version: other.version,
          partner: partnerInput({ name: 'NAV Fana', organisationNumber: '889640782' }),
        },
      },
      vest,
    );
    expect(errorOf(update)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DUPLICATE_ORGANISATION_NUMBER',
      field: 'input.partner.organisationNumber',
    });
    expect(first.organisationNumber).toBe('889640782');
    expect(
      (
        await createPartner(gateway, nord, {
          name: 'NAV Årstad (nord)',
          organisationNumber: '889640782',
          municipalityNumber: '5501',
          postalCode: '9008',
          postalPlace: 'Tromsø',
        })
      ).organisationNumber,
    ).toBe('889640782');
  });

  it('refuses a stale edit with CONFLICT on input.version and keeps the winner', async () => {
    const partner = await createPartner(gateway, vest, { name: 'Frivilligsentralen Åsane', type: 'VOLUNTEER_CENTRE' });
    const edit = (name: string, token: string) =>
      gateway.gql<{ updatePartner: PartnerShape }>(
        UPDATE_PARTNER,
        {
          input: {
            id: partner.id,
            version: partner.version,
            partner: partnerInput({ name, type: 'VOLUNTEER_CENTRE' }),
          },
        },
        token,
      );
    expect(dataOf(await edit('Åsane frivilligsentral', vestLead)).updatePartner).toMatchObject({
      version: 2,
      name: 'Åsane frivilligsentral',
    });
    expect(errorOf(await edit('Frivilligsentral i Åsane', vest))).toMatchObject({
      code: 'CONFLICT',
      field: 'input.version',
    });
    expect(
      dataOf(
        await gateway.gql<{ partner: PartnerShape }>(
          `query { partner(id: "${partner.id}") { name version } }`,
          {},
          vest,
        ),
      ).partner,
    ).toMatchObject({ name: 'Åsane frivilligsentral', version: 2 });
  });

  it('hides another district’s partner exactly like a missing one, for reads and writes', async () => {
    const nordPartner = await createPartner(gateway, nord, {
      name: 'Tromsø kommune',
      municipalityNumber: '5501',
      postalCode: '9008',
      postalPlace: 'Tromsø',
    });
    const read = await gateway.gql(`query { partner(id: "${nordPartner.id}") { id } }`, {}, vest);
    const missing = await gateway.gql('query { partner(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, vest);
    expect(errorOf(read)?.code).toBe('NOT_FOUND');
    expect(read.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(
      errorOf(
        await gateway.gql(UPDATE_PARTNER, { input: { id: nordPartner.id, version: 1, partner: partnerInput() } }, vest),
      )?.code,
    ).toBe('NOT_FOUND');
    expect(
      errorOf(
        await gateway.gql(ADD_CONTACT, { input: { partnerId: nordPartner.id, contact: { name: 'Inntrenger' } } }, vest),
      )?.code,
    ).toBe('NOT_FOUND');
    const list = dataOf(
      await gateway.gql<{ partners: { edges: { node: { district: { id: string } } }[] } }>(
        'query { partners(first: 100) { edges { node { district { id } } } } }',
        {},
        vest,
      ),
    );
    expect(new Set(list.partners.edges.map((edge) => edge.node.district.id))).toEqual(new Set(['vest']));
    const intoActivity = await gateway.gql(
      'mutation ($activity: ActivityInput!) { createOutreachActivity(activity: $activity) { id } }',
      {
        activity: {
          type: 'TALK',
          title: 'x',
          date: '2026-10-01',
          place: 'x',
          participantCount: 1,
          status: 'COMPLETED',
          partnerIds: [nordPartner.id],
        },
      },
      vest,
    );
    expect(errorOf(intoActivity)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PARTNER_NOT_IN_DISTRICT',
      field: 'activity.partnerIds',
    });
  });

  it('lets national users read partners without personal details, and write nothing', async () => {
    const partner = await createPartner(gateway, vest, { name: 'Apotek 1 Bergen', type: 'PHARMACY' });
    dataOf(
      await gateway.gql(
        ADD_CONTACT,
        {
          input: {
            partnerId: partner.id,
            contact: {
              name: 'Farmasøyt Berit',
              email: 'berit@apotek.no',
              phone: '+47 55 00 00 00',
              consentNote: 'Sa ja på telefon.',
            },
          },
        },
        vest,
      ),
    );
    const query = `query { partner(id: "${partner.id}") { name contacts { name email phone consentNote } } }`;
    const asNational = dataOf(
      await gateway.gql<{ partner: { contacts: Record<string, string | null>[] } }>(query, {}, national),
    ).partner;
    expect(asNational.contacts).toEqual([{ name: 'Farmasøyt Berit', email: null, phone: null, consentNote: null }]);
    const asVest = dataOf(
      await gateway.gql<{ partner: { contacts: Record<string, string | null>[] } }>(query, {}, vest),
    ).partner;
    expect(asVest.contacts[0]).toMatchObject({ email: 'berit@apotek.no', consentNote: 'Sa ja på telefon.' });
    expect(await partnerCount(gateway, national)).toBeGreaterThan(await partnerCount(gateway, vest));
    expect(errorOf(await gateway.gql(CREATE_PARTNER, { partner: partnerInput() }, national))?.code).toBe('FORBIDDEN');
    expect(
      errorOf(await gateway.gql(ADD_CONTACT, { input: { partnerId: partner.id, contact: { name: 'x' } } }, national))
        ?.code,
    ).toBe('FORBIDDEN');
  });

  it('moves a contact to another partner with history, and refuses a date before the current place began', async () => {
    const from = await createPartner(gateway, vest, { name: 'DPS Bjørgvin', type: 'DPS' });
    const to = await createPartner(gateway, vest, { name: 'Haukeland, psykiatrisk klinikk', type: 'HOSPITAL_UNIT' });
    const added = dataOf(
      await gateway.gql<{ addContact: { id: string; version: number } }>(
        ADD_CONTACT,
        { input: { partnerId: from.id, contact: { name: 'Per Pedersen' }, role: 'Leder', since: '2024-01-01' } },
        vest,
      ),
    ).addContact;
    const MOVE =
      'mutation ($input: MoveContactInput!) { moveContact(input: $input) { id version role since partner { id } history { partner { id } role fromDate toDate } } }';
    const early = await gateway.gql(
      MOVE,
      { input: { id: added.id, version: added.version, toPartnerId: to.id, date: '2023-12-31' } },
      vest,
    );
    expect(errorOf(early)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MOVE_BEFORE_SINCE', field: 'input.date' });
    const same = await gateway.gql(
      MOVE,
      { input: { id: added.id, version: added.version, toPartnerId: from.id, date: '2026-01-01' } },
      vest,
    );
    expect(errorOf(same)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MOVE_TO_SAME_PARTNER',
      field: 'input.toPartnerId',
    });
    const moved = await gateway.gql<{ moveContact: unknown }>(
      MOVE,
      { input: { id: added.id, version: added.version, toPartnerId: to.id, role: 'Overlege', date: '2026-06-01' } },
      vest,
    );
    expect(dataOf(moved).moveContact).toMatchObject({
      role: 'Overlege',
      since: '2026-06-01',
      partner: { id: to.id },
      history: [{ partner: { id: from.id }, role: 'Leder', fromDate: '2024-01-01', toDate: '2026-06-01' }],
    });
    const former = dataOf(
      await gateway.gql<{ partner: { contacts: unknown[]; formerContacts: { contact: { name: string } }[] } }>(
        `query { partner(id: "${from.id}") { contacts { id } formerContacts { contact { name } } } }`,
        {},
        vest,
      ),
    ).partner;
    expect(former).toEqual({ contacts: [], formerContacts: [{ contact: { name: 'Per Pedersen' } }] });
  });

  it('filters partners by type, status and months without contact', async () => {
    const quiet = await createPartner(gateway, vest, { name: 'Stille skole', type: 'SCHOOL', status: 'DORMANT' });
    const busy = await createPartner(gateway, vest, { name: 'Travel skole', type: 'SCHOOL', status: 'DORMANT' });
    await createActivity(gateway, vest, { date: '2026-11-01', partnerIds: [busy.id] });
    const names = async (filter: Record<string, unknown>) =>
      dataOf(
        await gateway.gql<{ partners: { edges: { node: { name: string } }[] } }>(
          'query ($filter: PartnerFilter) { partners(filter: $filter, first: 100) { edges { node { name } } } }',
          { filter },
          vest,
        ),
      ).partners.edges.map((edge) => edge.node.name);
    expect(await names({ types: ['SCHOOL'], statuses: ['DORMANT'] })).toEqual(
      [quiet.name, busy.name].sort((a, b) => a.localeCompare(b, 'nb')),
    );
    expect(await names({ types: ['SCHOOL'], noContactForMonths: 3 })).toEqual([quiet.name]);
    const bad = await gateway.gql('query { partners(filter: { noContactForMonths: 0 }) { totalCount } }', {}, vest);
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.noContactForMonths' });
  });

  it('costs the same number of SQL statements for 20 and 100 partners with contacts, agreements, venues, activities and last contact', async () => {
    const innlandet = await gateway.login('innlandet.ansatt@demo.selvhjelp.no');
    const partners = [];
    for (let index = 0; index < 105; index += 1) {
      partners.push(
        await createTestPartner(db, {
          districtId: 'innlandet',
          name: `Partner ${String(index).padStart(3, '0')}`,
          postalCode: '2317',
          postalPlace: 'Hamar',
        }),
      );
    }
    for (const partner of partners) await createTestContact(db, partner.id);
    for (const partner of partners.filter((_, index) => index % 3 === 0)) {
      await db.repositories.partners.createAgreement(NATIONAL_SCOPE, {
        partnerId: partner.id,
        data: { title: 'Samarbeidsavtale', startsOn: '2026-01-01', endsOn: null, scope: 'Felles informasjonsarbeid.' },
        attachment: null,
        now: new Date(),
      });
    }
    for (const partner of partners.filter((_, index) => index % 7 === 0)) {
      const group = await createTestGroup(db, { data: { districtId: 'innlandet', municipalityNumber: '3403' } });
      await db.repositories.partners.setVenuePartner(NATIONAL_SCOPE, group.venue!.id, partner.id, new Date());
    }
    for (let index = 0; index < 105; index += 10) {
      await createTestActivity(db, {
        districtId: 'innlandet',
        partnerIds: partners.slice(index, index + 10).map((partner) => partner.id),
      });
    }
    const query = (
      first: number,
    ) => `query { partners(first: ${first}) { totalCount edges { node { id name lastContactOn municipality { name }
      contacts { name email partner { id } } agreements { title inForce attachment { fileName } } venues { name groups { id } }
      activities { title partners { id } staff { name } outcomes { kind } } groupsStartedTogether { id } } } } }`;
    const twenty = await countQueries(db, () => gateway.gql(query(20), {}, innlandet));
    const hundred = await countQueries(db, () => gateway.gql(query(100), {}, innlandet));
    expect((hundred.result as { errors?: unknown }).errors).toBeUndefined();
    expect((hundred.result as { data: { partners: { edges: unknown[] } } }).data.partners.edges).toHaveLength(100);
    expect(hundred.count).toBe(twenty.count);
    const nested = (
      hundred.result as {
        data: {
          partners: {
            edges: { node: { agreements: unknown[]; venues: { groups: unknown[] }[]; contacts: unknown[] } }[];
          };
        };
      }
    ).data.partners.edges;
    expect(nested.filter((edge) => edge.node.agreements.length > 0).length).toBeGreaterThan(30);
    expect(nested.filter((edge) => edge.node.venues.some((venue) => venue.groups.length > 0)).length).toBeGreaterThan(
      10,
    );
  });
});
