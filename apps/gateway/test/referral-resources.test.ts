import type { Database } from '@selvhjelp/db';
import { createSignedInStaffUser, createTestPartner, testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { ReferralResourceInput } from './generated/graphql.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import { dataOf, errorOf } from './network-fixtures.js';

export const REFERRAL_RESOURCE_FIELDS_FRAGMENT = graphql(`
  fragment ReferralResourceFields on ReferralResource {
    id
    district {
      id
    }
    name
    type
    offers
    areaKind
    municipalities {
      number
    }
    howToRefer
    phone
    website
    partner {
      id
    }
    archivedAt
    version
  }
`);
const CREATE = graphql(`
  mutation CreateReferralResource($resource: ReferralResourceInput!) {
    createReferralResource(resource: $resource) {
      ...ReferralResourceFields
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateReferralResource($input: UpdateReferralResourceInput!) {
    updateReferralResource(input: $input) {
      ...ReferralResourceFields
    }
  }
`);
const ARCHIVE = graphql(`
  mutation ArchiveReferralResource($id: ID!, $version: Int!) {
    archiveReferralResource(id: $id, version: $version) {
      ...ReferralResourceFields
    }
  }
`);
const LIST = graphql(`
  query ReferralResourceList($filter: ReferralResourceFilter) {
    referralResources(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
const GET = graphql(`
  query ReferralResourceById($id: ID!) {
    referralResource(id: $id) {
      ...ReferralResourceFields
    }
  }
`);

const resourceInput = (overrides: Partial<ReferralResourceInput> = {}): ReferralResourceInput => ({
  name: 'Bjørgvin DPS',
  type: 'DPS',
  offers: 'Poliklinisk behandling for voksne.',
  areaKind: 'MUNICIPALITIES',
  municipalityNumbers: ['4631', '4601'],
  howToRefer: 'Henvisning fra fastlege.',
  phone: '55 00 00 00',
  website: 'helse-bergen.no',
  ...overrides,
});

describe.each(testBackends())('the referral directory on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let vest: string;
  let nord: string;
  let national: string;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db);
    ({ token: vest } = await createSignedInStaffUser(db, { districtId: 'vest' }));
    ({ token: nord } = await createSignedInStaffUser(db, { districtId: 'nord' }));
    ({ token: national } = await createSignedInStaffUser(db, { role: 'NATIONAL' }));
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  it('keeps the district’s resources: create, edit at the version read, archive, list by who takes people from where', async () => {
    const partner = await createTestPartner(db);
    const created = dataOf(
      await gateway.run(CREATE, { resource: resourceInput({ partnerId: partner.id }) }, vest),
    ).createReferralResource;
    expect(created).toMatchObject({
      district: { id: 'vest' },
      municipalities: [{ number: '4601' }, { number: '4631' }],
      website: 'https://helse-bergen.no',
      partner: { id: partner.id },
      archivedAt: null,
      version: 1,
    });
    const nordPartner = await createTestPartner(db, { districtId: 'nord' });
    expect(
      errorOf(await gateway.run(CREATE, { resource: resourceInput({ partnerId: nordPartner.id }) }, vest)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_PARTNER', field: 'resource.partnerId' });
    expect(
      errorOf(await gateway.run(CREATE, { resource: resourceInput({ municipalityNumbers: [] }) }, vest)),
    ).toMatchObject({ reason: 'REFERRAL_MUNICIPALITIES_REQUIRED', field: 'resource.municipalityNumbers' });
    expect(errorOf(await gateway.run(CREATE, { resource: resourceInput() }, national))).toMatchObject({
      code: 'FORBIDDEN',
    });

    const edit = resourceInput({ name: 'Bjørgvin DPS, poliklinikk', areaKind: 'DISTRICT', municipalityNumbers: [] });
    const updated = dataOf(
      await gateway.run(UPDATE, { input: { id: created.id, version: 1, resource: edit } }, vest),
    ).updateReferralResource;
    expect(updated).toMatchObject({
      name: 'Bjørgvin DPS, poliklinikk',
      areaKind: 'DISTRICT',
      municipalities: [],
      version: 2,
    });
    expect(
      errorOf(await gateway.run(UPDATE, { input: { id: created.id, version: 1, resource: edit } }, vest)),
    ).toMatchObject({ code: 'CONFLICT', reason: 'REFERRAL_RESOURCE_STALE' });
    expect(errorOf(await gateway.run(GET, { id: created.id }, nord))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'REFERRAL_RESOURCE_NOT_FOUND',
    });
    expect(dataOf(await gateway.run(GET, { id: created.id }, national)).referralResource.id).toBe(created.id);

    const inVoss = async (token: string) =>
      dataOf(
        await gateway.run(LIST, { filter: { municipalityNumber: '4621', types: ['DPS'] } }, token),
      ).referralResources.edges.map(({ node }) => node.id);
    expect(await inVoss(vest)).toContain(created.id);
    expect(await inVoss(nord)).not.toContain(created.id);

    const archived = dataOf(await gateway.run(ARCHIVE, { id: created.id, version: 2 }, vest)).archiveReferralResource;
    expect(archived.archivedAt).not.toBeNull();
    expect(await inVoss(vest)).not.toContain(created.id);
    const withArchived = dataOf(
      await gateway.run(LIST, { filter: { includeArchived: true, search: 'poliklinikk' } }, vest),
    ).referralResources;
    expect(withArchived.edges.map(({ node }) => node.id)).toContain(created.id);
  });
});
