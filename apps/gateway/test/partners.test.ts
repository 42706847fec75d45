import type { Database } from '@selvhjelp/db';
import { clearPartnerNetwork, createSignedInStaffUser, testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import {
  ADD_CONTACT,
  CREATE_ACTIVITY,
  CREATE_PARTNER,
  UPDATE_PARTNER,
  createPartner,
  dataOf,
  errorOf,
  partnerCount,
  partnerInput,
} from './network-fixtures.js';

const EDITED_PARTNER = graphql(`
  query EditedPartner($id: ID!) {
    partner(id: $id) {
      name
      version
    }
  }
`);
const PARTNER_ID = graphql(`
  query PartnerIdInDistrict($id: ID!) {
    partner(id: $id) {
      id
    }
  }
`);
const DISTRICTS_OF_PARTNERS = graphql(`
  query DistrictsOfPartners {
    partners(first: 100) {
      edges {
        node {
          district {
            id
          }
        }
      }
    }
  }
`);

describe.each(testBackends())('partner register on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let vest: string;
  let vestLead: string;
  let nord: string;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db);
    // The demo network would blur the exact sets these tests count.
    await clearPartnerNetwork(db);
    gateway.clock.now = new Date('2026-11-22T10:00:00Z');
    const now = gateway.clock.now;
    ({ token: vest } = await createSignedInStaffUser(db, { districtId: 'vest' }, { now }));
    ({ token: vestLead } = await createSignedInStaffUser(db, { role: 'DISTRICT_LEAD', districtId: 'vest' }, { now }));
    ({ token: nord } = await createSignedInStaffUser(db, { districtId: 'nord' }, { now }));
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  it('acceptance 4: refuses a wrong check digit naming partner.organisationNumber, and writes nothing', async () => {
    const before = await partnerCount(gateway, vest);
    const result = await gateway.run(
      CREATE_PARTNER,
      { partner: partnerInput({ name: 'Feil orgnr', organisationNumber: '974760674' }) },
      vest,
    );
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partner.organisationNumber' });
    expect(result.errors?.[0]?.message).toMatch(/kontrollsiffer/);
    const format = await gateway.run(
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
    const duplicate = await gateway.run(
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
    const inEnglish = await gateway.run(
      CREATE_PARTNER,
      { partner: partnerInput({ name: 'NAV Årstad again', organisationNumber: '889640782' }) },
      vest,
      { 'accept-language': 'en' },
    );
    expect(inEnglish.errors?.[0]?.message).toBe('The district already has a partner with this organisation number.');
    expect(await partnerCount(gateway, vest)).toBe(before);

    const other = await createPartner(gateway, vest, { name: 'NAV Fana', type: 'NAV_OFFICE' });
    const update = await gateway.run(
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
      gateway.run(
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
    expect(dataOf(await gateway.run(EDITED_PARTNER, { id: partner.id }, vest)).partner).toMatchObject({
      name: 'Åsane frivilligsentral',
      version: 2,
    });
  });

  it('hides another district’s partner exactly like a missing one, for reads and writes', async () => {
    const nordPartner = await createPartner(gateway, nord, {
      name: 'Tromsø kommune',
      municipalityNumber: '5501',
      postalCode: '9008',
      postalPlace: 'Tromsø',
    });
    const read = await gateway.run(PARTNER_ID, { id: nordPartner.id }, vest);
    const missing = await gateway.run(PARTNER_ID, { id: '00000000-0000-4000-8000-000000000000' }, vest);
    expect(errorOf(read)?.code).toBe('NOT_FOUND');
    expect(read.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(
      errorOf(
        await gateway.run(UPDATE_PARTNER, { input: { id: nordPartner.id, version: 1, partner: partnerInput() } }, vest),
      )?.code,
    ).toBe('NOT_FOUND');
    expect(
      errorOf(
        await gateway.run(ADD_CONTACT, { input: { partnerId: nordPartner.id, contact: { name: 'Inntrenger' } } }, vest),
      )?.code,
    ).toBe('NOT_FOUND');
    const list = dataOf(await gateway.run(DISTRICTS_OF_PARTNERS, {}, vest));
    expect(new Set(list.partners.edges.map((edge) => edge.node.district.id))).toEqual(new Set(['vest']));
    const intoActivity = await gateway.run(
      CREATE_ACTIVITY,
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
});
