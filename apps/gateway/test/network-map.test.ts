import type { ResultOf } from '@graphql-typed-document-node/core';
import { clearPartnerNetwork, testBackends } from '@selvhjelp/db/testing';
import { municipalitiesInDistrict } from '@selvhjelp/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { GROUP_VENUE } from './group-fixtures.js';
import type { TestGateway } from './harness.js';
import { useTestGateway } from './suite.js';
import { createGroup, createPartner, dataOf, errorOf } from './network-fixtures.js';

const NETWORK_MAP = graphql(`
  query DistrictNetworkMap($districtId: ID) {
    networkMap(districtId: $districtId) {
      district {
        id
      }
      withNeither {
        number
        name
      }
      withoutActivePartner {
        number
      }
      withoutGroup {
        number
      }
      activePartnersByType {
        type
        count
      }
      municipalities {
        municipality {
          number
        }
        activePartners
        partners
        groups
      }
    }
  }
`);
const ACTIVE_GROUP_MUNICIPALITIES = graphql(`
  query ActiveGroupMunicipalities($after: String) {
    groups(first: 100, after: $after, filter: { statuses: [STARTING, RUNNING, PAUSED] }) {
      edges {
        node {
          municipality {
            number
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const START_GROUP = graphql(`
  mutation StartGroupOnNetworkMap($input: ChangeGroupStatusInput!) {
    changeGroupStatus(input: $input) {
      id
    }
  }
`);

describe.each(testBackends())('network map on $name', (backend) => {
  const suite = useTestGateway(backend, {
    at: '2026-11-22T10:00:00Z',
    // The demo network would blur the exact sets these tests count.
    prepare: clearPartnerNetwork,
    users: { sor: { districtId: 'sor' }, national: { role: 'NATIONAL' } },
  });
  let gateway: TestGateway;
  let sor: string;
  let national: string;
  beforeAll(() => {
    ({
      gateway,
      tokens: { sor, national },
    } = suite);
  });

  it('acceptance 3: the network map lists exactly the municipalities with neither an active partner nor a group', async () => {
    const before = dataOf(await gateway.run(NETWORK_MAP, {}, sor)).networkMap;

    // The state the map should reflect: groups starting, running or paused, and active partners, from the registry itself.
    const withGroup = new Set<string>();
    let after: string | null = null;
    do {
      const page: ResultOf<typeof ACTIVE_GROUP_MUNICIPALITIES> = dataOf(
        await gateway.run(ACTIVE_GROUP_MUNICIPALITIES, { after }, sor),
      );
      page.groups.edges.forEach((edge) => withGroup.add(edge.node.municipality.number));
      after = page.groups.pageInfo.hasNextPage ? page.groups.pageInfo.endCursor : null;
    } while (after);
    const all = municipalitiesInDistrict('sor');
    const expectedBefore = all
      .filter((municipality) => !withGroup.has(municipality.number))
      .map((municipality) => municipality.number);
    expect(before.withNeither.map((municipality) => municipality.number).sort()).toEqual(expectedBefore.sort());
    expect(before.municipalities).toHaveLength(all.length);
    expect(expectedBefore.length).toBeGreaterThan(3);

    // An active partner and a starting group take two municipalities off the list; a prospect and an idea do not.
    const [activeHere, groupHere, prospectHere, ideaHere] = before.withNeither.map(
      (municipality) => municipality.number,
    );
    await createPartner(gateway, sor, {
      name: 'Aktiv partner',
      municipalityNumber: activeHere,
      postalCode: null,
      postalPlace: null,
      status: 'ACTIVE',
      type: 'NAV_OFFICE',
    });
    await createPartner(gateway, sor, {
      name: 'Aktuell partner',
      municipalityNumber: prospectHere,
      postalCode: null,
      postalPlace: null,
      status: 'PROSPECT',
    });
    const starting = await createGroup(gateway, sor, {
      municipalityNumber: groupHere,
      venue: { ...GROUP_VENUE, postalCode: '4608', postalPlace: 'Kristiansand' },
    });
    dataOf(
      await gateway.run(
        START_GROUP,
        { input: { id: starting.id, version: starting.version, status: 'STARTING', reason: 'Igangsetter funnet' } },
        sor,
      ),
    );
    await createGroup(gateway, sor, {
      municipalityNumber: ideaHere,
      venue: { ...GROUP_VENUE, postalCode: '4608', postalPlace: 'Kristiansand' },
    });

    const map = dataOf(await gateway.run(NETWORK_MAP, {}, sor)).networkMap;
    expect(map.district.id).toBe('sor');
    expect(map.withNeither.map((municipality) => municipality.number)).toEqual(
      before.withNeither
        .map((municipality) => municipality.number)
        .filter((number) => number !== activeHere && number !== groupHere),
    );
    expect(map.withoutActivePartner.map((municipality) => municipality.number)).not.toContain(activeHere);
    expect(map.withoutGroup.map((municipality) => municipality.number)).not.toContain(groupHere);
    expect(map.activePartnersByType.find((row) => row.type === 'NAV_OFFICE')?.count).toBe(1);
    expect(map.municipalities.find((row) => row.municipality.number === prospectHere)).toMatchObject({
      activePartners: 0,
      partners: 1,
      groups: 0,
    });
    const names = map.withNeither.map((municipality) => municipality.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nb')));

    expect(errorOf(await gateway.run(NETWORK_MAP, { districtId: 'vest' }, sor))?.code).toBe('NOT_FOUND');
    expect(errorOf(await gateway.run(NETWORK_MAP, {}, national))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'districtId',
    });
    expect(dataOf(await gateway.run(NETWORK_MAP, { districtId: 'sor' }, national)).networkMap.withNeither).toEqual(
      map.withNeither,
    );
  });
});
