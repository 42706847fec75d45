import type { Database } from '@selvhjelp/db';
import { clearPartnerNetwork, createSignedInStaffUser, createTestPartner, testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import {
  ADD_CONTACT,
  ADD_OUTCOME,
  CREATE_PARTNER,
  VALID_ORGANISATION_NUMBER,
  createActivity,
  createGroup,
  createPartner,
  dataOf,
  errorOf,
  partnerCount,
  partnerInput,
} from './network-fixtures.js';

const PARTNER_PAGE = graphql(`
  query PartnerPageWithContacts($id: ID!) {
    partner(id: $id) {
      lastContactOn
      contacts {
        name
        email
        role
        since
      }
      activities {
        id
        type
        participantCount
        staff {
          id
        }
        outcomes {
          kind
        }
      }
      groupsStartedTogether {
        id
        name
        originActivities {
          id
        }
      }
    }
  }
`);
const CONTACT_DETAILS = graphql(`
  query PartnerContactDetails($id: ID!) {
    partner(id: $id) {
      name
      contacts {
        name
        email
        phone
        consentNote
      }
    }
  }
`);
const MOVE = graphql(`
  mutation MovePartnerContact($input: MoveContactInput!) {
    moveContact(input: $input) {
      id
      version
      role
      since
      partner {
        id
      }
      history {
        partner {
          id
        }
        role
        fromDate
        toDate
      }
    }
  }
`);
const FORMER_CONTACTS = graphql(`
  query PartnerFormerContacts($id: ID!) {
    partner(id: $id) {
      contacts {
        id
      }
      formerContacts {
        contact {
          name
        }
      }
    }
  }
`);

describe.each(testBackends())('partner contacts on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let vest: string;
  let vestId: string;
  let national: string;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db);
    // The demo network would blur the exact sets these tests count.
    await clearPartnerNetwork(db);
    gateway.clock.now = new Date('2026-11-22T10:00:00Z');
    const now = gateway.clock.now;
    ({
      token: vest,
      user: { id: vestId },
    } = await createSignedInStaffUser(db, { districtId: 'vest' }, { now }));
    ({ token: national } = await createSignedInStaffUser(db, { role: 'NATIONAL' }, { now }));
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  it('acceptance 1: a municipality partner with two contacts, a professional day with 40 participants, and the group that came of it', async () => {
    const partner = await createPartner(gateway, vest, { organisationNumber: '974 760 673' });
    expect(partner).toMatchObject({ type: 'MUNICIPALITY', organisationNumber: VALID_ORGANISATION_NUMBER, version: 1 });
    for (const name of ['Kari Nordmann', 'Ola Hansen']) {
      const added = await gateway.run(
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
    const fagdag = await createActivity(gateway, vest, {
      type: 'PROFESSIONAL_DAY',
      title: 'Fagdag om selvhjelpsgrupper',
      date: '2026-10-15',
      participantCount: 40,
      partnerIds: [partner.id],
      staffUserIds: [vestId],
      audiences: ['HEALTH_SERVICES', 'MUNICIPAL_SERVICES'],
    });
    const group = await createGroup(gateway, vest, { name: 'Pårørendegruppe etter fagdagen' });
    const outcome = await gateway.run(
      ADD_OUTCOME,
      { input: { activityId: fagdag.id, kind: 'GROUP_STARTED', targetId: group.id } },
      vest,
    );
    expect(dataOf(outcome).addActivityOutcome).toMatchObject({ kind: 'GROUP_STARTED', group: { id: group.id } });

    const shown = dataOf(await gateway.run(PARTNER_PAGE, { id: partner.id }, vest)).partner;
    expect(shown.contacts.map((contact) => contact.name)).toEqual(['Kari Nordmann', 'Ola Hansen']);
    expect(shown.contacts[0]).toMatchObject({ email: 'kari@bergen.kommune.no', role: 'Rådgiver', since: '2026-11-22' });
    expect(shown.activities).toEqual([
      {
        id: fagdag.id,
        type: 'PROFESSIONAL_DAY',
        participantCount: 40,
        staff: [{ id: vestId }],
        outcomes: [{ kind: 'GROUP_STARTED' }],
      },
    ]);
    expect(shown.groupsStartedTogether).toEqual([
      { id: group.id, name: 'Pårørendegruppe etter fagdagen', originActivities: [{ id: fagdag.id }] },
    ]);
    expect(shown.lastContactOn).toBe('2026-10-15');

    const twice = await gateway.run(
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

  it('lets national users read partners without personal details, and write nothing', async () => {
    // A partner of another district: national users see it, vest does not.
    await createTestPartner(db, { districtId: 'nord', postalCode: '9008', postalPlace: 'Tromsø' });
    const partner = await createPartner(gateway, vest, { name: 'Apotek 1 Bergen', type: 'PHARMACY' });
    dataOf(
      await gateway.run(
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
    const asNational = dataOf(await gateway.run(CONTACT_DETAILS, { id: partner.id }, national)).partner;
    expect(asNational.contacts).toEqual([{ name: 'Farmasøyt Berit', email: null, phone: null, consentNote: null }]);
    const asVest = dataOf(await gateway.run(CONTACT_DETAILS, { id: partner.id }, vest)).partner;
    expect(asVest.contacts[0]).toMatchObject({ email: 'berit@apotek.no', consentNote: 'Sa ja på telefon.' });
    expect(await partnerCount(gateway, national)).toBeGreaterThan(await partnerCount(gateway, vest));
    expect(errorOf(await gateway.run(CREATE_PARTNER, { partner: partnerInput() }, national))?.code).toBe('FORBIDDEN');
    expect(
      errorOf(await gateway.run(ADD_CONTACT, { input: { partnerId: partner.id, contact: { name: 'x' } } }, national))
        ?.code,
    ).toBe('FORBIDDEN');
  });

  it('moves a contact to another partner with history, and refuses a date before the current place began', async () => {
    const from = await createPartner(gateway, vest, { name: 'DPS Bjørgvin', type: 'DPS' });
    const to = await createPartner(gateway, vest, { name: 'Haukeland, psykiatrisk klinikk', type: 'HOSPITAL_UNIT' });
    const added = dataOf(
      await gateway.run(
        ADD_CONTACT,
        { input: { partnerId: from.id, contact: { name: 'Per Pedersen' }, role: 'Leder', since: '2024-01-01' } },
        vest,
      ),
    ).addContact;
    const early = await gateway.run(
      MOVE,
      { input: { id: added.id, version: added.version, toPartnerId: to.id, date: '2023-12-31' } },
      vest,
    );
    expect(errorOf(early)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MOVE_BEFORE_SINCE', field: 'input.date' });
    const same = await gateway.run(
      MOVE,
      { input: { id: added.id, version: added.version, toPartnerId: from.id, date: '2026-01-01' } },
      vest,
    );
    expect(errorOf(same)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MOVE_TO_SAME_PARTNER',
      field: 'input.toPartnerId',
    });
    const moved = await gateway.run(
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
    const former = dataOf(await gateway.run(FORMER_CONTACTS, { id: from.id }, vest)).partner;
    expect(former).toEqual({ contacts: [], formerContacts: [{ contact: { name: 'Per Pedersen' } }] });
  });
});
