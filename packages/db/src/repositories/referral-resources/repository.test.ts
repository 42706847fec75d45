import { districtScope, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { InvalidCursorError, OutOfScopeError, StaleVersionError } from '../../errors.js';
import {
  createTestPartner,
  createTestReferralResource,
  testBackends,
  testNewReferralResource,
  testReferralResourceData,
} from '../../testing/index.js';

const vest = districtScope('vest');
const nord = districtScope('nord');
const midt = districtScope('midt');
const now = new Date('2026-12-01T10:00:00.000Z');

describe.each(testBackends())('ReferralResourceRepository on $name', ({ open }) => {
  let db: Database;
  const resources = () => db.repositories.referralResources;

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('creates, reads within the scope, edits at the version read and archives', async () => {
    const partner = await createTestPartner(db);
    const created = await resources().create(
      vest,
      testNewReferralResource(
        { name: 'Bjørgvin DPS', municipalityNumbers: ['4631', '4601'], partnerId: partner.id },
        now,
      ),
    );
    expect(created).toMatchObject({
      districtId: 'vest',
      name: 'Bjørgvin DPS',
      municipalityNumbers: ['4601', '4631'],
      partnerId: partner.id,
      archivedAt: null,
      version: 1,
      createdAt: now,
    });
    expect(await resources().findById(vest, created.id)).toEqual(created);
    expect(await resources().findById(nord, created.id)).toBeNull();
    expect(await resources().findByIds(NATIONAL_SCOPE, [created.id, 'x'])).toEqual([created, null]);
    await expect(resources().create(nord, testNewReferralResource())).rejects.toBeInstanceOf(OutOfScopeError);

    expect(await resources().districtAt(vest, created.id, 1)).toBe('vest');
    await expect(resources().districtAt(vest, created.id, 2)).rejects.toBeInstanceOf(StaleVersionError);
    const update = {
      data: testReferralResourceData({
        name: 'Bjørgvin DPS, poliklinikk',
        areaKind: 'DISTRICT',
        municipalityNumbers: [],
      }),
      now,
    };
    expect(await resources().update(nord, created.id, 1, update)).toBeNull();
    const updated = await resources().update(vest, created.id, 1, update);
    expect(updated).toMatchObject({
      name: 'Bjørgvin DPS, poliklinikk',
      areaKind: 'DISTRICT',
      municipalityNumbers: [],
      version: 2,
    });
    await expect(resources().update(vest, created.id, 1, update)).rejects.toBeInstanceOf(StaleVersionError);

    const archived = await resources().setArchived(vest, created.id, 2, true, now);
    expect(archived).toMatchObject({ archivedAt: now, version: 3 });
    const later = new Date('2026-12-02T10:00:00.000Z');
    expect(await resources().setArchived(vest, created.id, 3, true, later)).toMatchObject({
      archivedAt: now,
      version: 4,
    });
    expect(await resources().setArchived(vest, created.id, 4, false, later)).toMatchObject({
      archivedAt: null,
      version: 5,
    });
    expect(await resources().setArchived(nord, created.id, 5, true, later)).toBeNull();
  });

  it('lists by name, by type and by who takes people from a municipality; archived ones on request', async () => {
    const trondheim = '5001';
    const orkland = '5059';
    const local = await createTestReferralResource(db, {
      districtId: 'midt',
      name: 'A Psykolog Hansen',
      type: 'PSYCHOLOGIST',
      municipalityNumbers: [orkland],
    });
    const district = await createTestReferralResource(db, {
      districtId: 'midt',
      name: 'B Familievernet',
      type: 'FAMILY_COUNSELLING',
      areaKind: 'DISTRICT',
      municipalityNumbers: [],
    });
    const national = await createTestReferralResource(db, {
      districtId: 'midt',
      name: 'C Mental Helse hjelpetelefon',
      type: 'CRISIS_LINE',
      areaKind: 'NATIONAL',
      municipalityNumbers: [],
    });
    const archived = await createTestReferralResource(db, { districtId: 'midt', name: 'D Nedlagt' });
    await resources().setArchived(midt, archived.id, 1, true, now);

    const first = await resources().list(midt, { first: 2 });
    expect(first.nodes.map((node) => node.id)).toEqual([local.id, district.id]);
    expect(first).toMatchObject({ totalCount: 3, hasNextPage: true });
    const rest = await resources().list(midt, { first: 2, after: first.endCursor });
    expect(rest.nodes.map((node) => node.id)).toEqual([national.id]);
    await expect(resources().list(midt, { first: 2, after: 'x' })).rejects.toBeInstanceOf(InvalidCursorError);

    const names = async (filter: NonNullable<Parameters<ReturnType<typeof resources>['list']>[1]['filter']>) =>
      (await resources().list(midt, { first: 10, filter })).nodes.map((node) => node.name.slice(0, 1));
    expect(await names({ types: ['PSYCHOLOGIST', 'CRISIS_LINE'] })).toEqual(['A', 'C']);
    expect(await names({ types: [] })).toEqual([]);
    expect(await names({ areaKinds: ['DISTRICT'] })).toEqual(['B']);
    expect(await names({ municipalityNumber: orkland })).toEqual(['A', 'B', 'C']);
    expect(await names({ municipalityNumber: trondheim })).toEqual(['B', 'C']);
    // A municipality of another district: only the national line of midt's directory reaches it.
    expect(await names({ municipalityNumber: '4601' })).toEqual(['C']);
    expect(await names({ includeArchived: true })).toEqual(['A', 'B', 'C', 'D']);
    expect(await names({ search: 'familie' })).toEqual(['B']);
    expect((await resources().list(vest, { first: 10, filter: { search: 'Familievernet' } })).totalCount).toBe(0);
  });
});
