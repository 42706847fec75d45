import type { Database } from '@selvhjelp/db';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import {
  clearPartnerNetwork,
  createSignedInStaffUser,
  createTestActivity,
  createTestContact,
  createTestGroup,
  createTestPartner,
  testBackends,
} from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { PartnerFilter } from './generated/graphql.js';
import type { TestGateway } from './harness.js';
import { countRequestStatements, startTestGateway } from './harness.js';
import { createActivity, createPartner, dataOf, errorOf } from './network-fixtures.js';

const PARTNER_NAMES = graphql(`
  query FilteredPartnerNames($filter: PartnerFilter) {
    partners(filter: $filter, first: 100) {
      edges {
        node {
          name
        }
      }
    }
  }
`);
const PARTNER_NETWORK = graphql(`
  query PartnerNetworkPage($first: Int!) {
    partners(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          lastContactOn
          municipality {
            name
          }
          contacts {
            name
            email
            partner {
              id
            }
          }
          agreements {
            title
            inForce
            attachment {
              fileName
            }
          }
          venues {
            name
            groups {
              id
            }
          }
          activities {
            title
            partners {
              id
            }
            staff {
              name
            }
            outcomes {
              kind
            }
          }
          groupsStartedTogether {
            id
          }
        }
      }
    }
  }
`);

describe.each(testBackends())('partner list on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let vest: string;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db);
    // The demo network would blur the exact sets these tests count.
    await clearPartnerNetwork(db);
    gateway.clock.now = new Date('2026-11-22T10:00:00Z');
    ({ token: vest } = await createSignedInStaffUser(db, { districtId: 'vest' }, { now: gateway.clock.now }));
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  it('filters partners by type, status and months without contact', async () => {
    const quiet = await createPartner(gateway, vest, { name: 'Stille skole', type: 'SCHOOL', status: 'DORMANT' });
    const busy = await createPartner(gateway, vest, { name: 'Travel skole', type: 'SCHOOL', status: 'DORMANT' });
    await createActivity(gateway, vest, { date: '2026-11-01', partnerIds: [busy.id] });
    const names = async (filter: PartnerFilter) =>
      dataOf(await gateway.run(PARTNER_NAMES, { filter }, vest)).partners.edges.map((edge) => edge.node.name);
    expect(await names({ types: ['SCHOOL'], statuses: ['DORMANT'] })).toEqual(
      [quiet.name, busy.name].sort((a, b) => a.localeCompare(b, 'nb')),
    );
    expect(await names({ types: ['SCHOOL'], noContactForMonths: 3 })).toEqual([quiet.name]);
    const bad = await gateway.run(PARTNER_NAMES, { filter: { noContactForMonths: 0 } }, vest);
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.noContactForMonths' });
  });

  it('costs the same number of SQL statements for 20 and 100 partners with contacts, agreements, venues, activities and last contact', async () => {
    const { token: innlandet } = await createSignedInStaffUser(
      db,
      { districtId: 'innlandet' },
      { now: gateway.clock.now },
    );
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
    const twenty = await countRequestStatements(db, () => gateway.run(PARTNER_NETWORK, { first: 20 }, innlandet));
    const hundred = await countRequestStatements(db, () => gateway.run(PARTNER_NETWORK, { first: 100 }, innlandet));
    expect(hundred.result.errors).toBeUndefined();
    expect(hundred.result.data!.partners.edges).toHaveLength(100);
    expect(hundred.count).toBe(twenty.count);
    const nested = hundred.result.data!.partners.edges;
    expect(nested.filter((edge) => edge.node.agreements.length > 0).length).toBeGreaterThan(30);
    expect(nested.filter((edge) => edge.node.venues.some((venue) => venue.groups.length > 0)).length).toBeGreaterThan(
      10,
    );
  });
});
