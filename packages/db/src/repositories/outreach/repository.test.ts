import { ACTIVITY_TYPES, districtScope, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { databaseInternals } from '../../database.js';
import { InvalidCursorError, OutOfScopeError, StaleVersionError } from '../../errors.js';
import {
  createTestActivity,
  createTestPartner,
  createTestStaffUser,
  testActivityData,
  outreachAsTheGatewayDoes,
  refusalOf,
  testBackends,
  testNewActivity,
} from '../../testing/index.js';
import type { ActivityListFilter } from './types.js';

const vest = districtScope('vest');
const nord = districtScope('nord');
const sorvest = districtScope('sorvest');
const now = new Date('2026-11-22T10:00:00.000Z');

// The rules are the domain's, run as the gateway's service runs them (facts → rule → write).
const networkRule = refusalOf;

describe.each(testBackends())('OutreachRepository on $name', ({ open }) => {
  let db: Database;
  const outreach = () => db.repositories.outreach;
  const asTheGateway = () => outreachAsTheGatewayDoes(db);

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('records an activity with the district staff and partners, in one transaction', async () => {
    const [anne, bjorn, northern, national, gone] = await Promise.all([
      createTestStaffUser(db),
      createTestStaffUser(db),
      createTestStaffUser(db, { districtId: 'nord' }),
      createTestStaffUser(db, { role: 'NATIONAL' }),
      createTestStaffUser(db),
    ]);
    await databaseInternals(db).prisma.staffUser.update({ where: { id: gone.id }, data: { active: false } });
    const [library, school, foreign] = await Promise.all([
      createTestPartner(db),
      createTestPartner(db),
      createTestPartner(db, { districtId: 'nord' }),
    ]);
    const staffUserIds = [bjorn.id, anne.id];
    const partnerIds = [school.id, library.id];
    const created = await asTheGateway().create(
      vest,
      testNewActivity(
        {
          type: 'PROFESSIONAL_DAY',
          staffUserIds,
          partnerIds,
          participantCount: 40,
          audiences: ['HEALTH_SERVICES', 'NAV'],
        },
        now,
      ),
    );
    expect(created).toMatchObject({
      districtId: 'vest',
      type: 'PROFESSIONAL_DAY',
      status: 'COMPLETED',
      date: '2026-10-01',
      staffUserIds: [...staffUserIds].sort(),
      partnerIds: [...partnerIds].sort(),
      audiences: ['HEALTH_SERVICES', 'NAV'],
      participantCount: 40,
      version: 1,
      createdAt: now,
    });
    expect(await outreach().findByIds(vest, [created.id, 'x'])).toEqual([created, null]);
    expect(await outreach().findByIds(nord, [created.id])).toEqual([null]);
    await expect(outreach().create(nord, testNewActivity())).rejects.toBeInstanceOf(OutOfScopeError);

    const count = () => databaseInternals(db).prisma.outreachActivity.count();
    const before = await count();
    for (const staff of [northern.id, national.id, gone.id, 'not-a-uuid']) {
      expect(await networkRule(asTheGateway().create(vest, testNewActivity({ staffUserIds: [anne.id, staff] })))).toBe(
        'STAFF_NOT_IN_DISTRICT',
      );
    }
    for (const partner of [foreign.id, '00000000-0000-4000-8000-000000000000']) {
      expect(
        await networkRule(asTheGateway().create(vest, testNewActivity({ partnerIds: [library.id, partner] }))),
      ).toBe('PARTNER_NOT_IN_DISTRICT');
    }
    expect(await count()).toBe(before);
  });

  it('updates with the version read, replacing staff and partners; a stale save writes nothing', async () => {
    const [anne, bjorn] = await Promise.all([createTestStaffUser(db), createTestStaffUser(db)]);
    const [library, school] = await Promise.all([createTestPartner(db), createTestPartner(db)]);
    const activity = await createTestActivity(db, { staffUserIds: [anne.id], partnerIds: [library.id] });
    const data = testActivityData({
      title: 'Stand på biblioteket',
      type: 'STAND',
      staffUserIds: [bjorn.id],
      partnerIds: [school.id, library.id],
    });
    expect(await asTheGateway().update(nord, activity.id, 1, { data, now, actorId: null })).toBeNull();
    expect(await asTheGateway().update(vest, 'nope', 1, { data, now, actorId: null })).toBeNull();
    const updated = await asTheGateway().update(vest, activity.id, 1, { data, now, actorId: bjorn.id });
    expect(updated).toMatchObject({
      title: 'Stand på biblioteket',
      type: 'STAND',
      staffUserIds: [bjorn.id],
      partnerIds: [library.id, school.id].sort(),
      version: 2,
      updatedById: bjorn.id,
    });
    await expect(
      asTheGateway().update(vest, activity.id, 1, { data: testActivityData({ title: 'Gammel' }), now, actorId: null }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect(
      await networkRule(
        asTheGateway().update(vest, activity.id, 2, {
          data: testActivityData({
            title: 'Feil',
            partnerIds: [(await createTestPartner(db, { districtId: 'nord' })).id],
          }),
          now,
          actorId: null,
        }),
      ),
    ).toBe('PARTNER_NOT_IN_DISTRICT');
    expect(await outreach().findByIds(vest, [activity.id])).toEqual([updated]);
  });

  it('deletes an activity entered by mistake with the version read; another district or a stale version deletes nothing', async () => {
    const activity = await createTestActivity(db, { title: 'Registrert to ganger' });
    expect(await outreach().remove(nord, activity.id, 1)).toBe(false);
    await expect(outreach().remove(vest, activity.id, 2)).rejects.toBeInstanceOf(StaleVersionError);
    expect(await outreach().findByIds(vest, [activity.id])).toEqual([activity]);
    expect(await outreach().remove(vest, activity.id, 1)).toBe(true);
    expect(await outreach().findByIds(vest, [activity.id])).toEqual([null]);
    expect(await outreach().remove(vest, activity.id, 1)).toBe(false);
    expect(await outreach().remove(vest, 'nope', 1)).toBe(false);
  });

  it('lists newest first with cursors and filters, and totals the same selection in SQL', async () => {
    const [library, nav] = await Promise.all([
      createTestPartner(db, { districtId: 'sorvest' }),
      createTestPartner(db, { districtId: 'sorvest' }),
    ]);
    const make = (date: string, overrides: Parameters<typeof testActivityData>[0] = {}) =>
      createTestActivity(db, { districtId: 'sorvest', date, ...overrides });
    const talk = await make('2026-03-01', {
      partnerIds: [library.id],
      participantCount: 30,
      title: 'Foredrag 50% fullt',
    });
    const day = await make('2026-05-10', {
      type: 'PROFESSIONAL_DAY',
      partnerIds: [library.id, nav.id],
      participantCount: 40,
      audiences: ['HEALTH_SERVICES', 'NAV'],
    });
    const stand = await make('2026-05-10', { type: 'STAND', participantCount: 120, audiences: ['PUBLIC'] });
    const planned = await make('2026-12-01', { status: 'PLANNED', participantCount: null, type: 'TALK' });
    const cancelled = await make('2025-11-01', {
      status: 'CANCELLED',
      participantCount: null,
      type: 'NETWORK_MEETING',
      audiences: ['OTHER'],
    });

    const [first, second] = [stand, day].sort((a, b) => (a.id < b.id ? 1 : -1));
    const page = await outreach().list(sorvest, { first: 2 });
    expect(page.nodes.map((node) => node.id)).toEqual([planned.id, first!.id]);
    expect(page).toMatchObject({ totalCount: 5, hasNextPage: true });
    const next = await outreach().list(sorvest, { first: 2, after: page.endCursor });
    expect(next.nodes.map((node) => node.id)).toEqual([second!.id, talk.id]);
    const last = await outreach().list(sorvest, { first: 2, after: next.endCursor });
    expect(last.nodes.map((node) => node.id)).toEqual([cancelled.id]);
    expect(last.hasNextPage).toBe(false);
    await expect(outreach().list(sorvest, { first: -1 })).rejects.toBeInstanceOf(RangeError);
    await expect(outreach().list(sorvest, { first: 2, after: 'Zm9v' })).rejects.toBeInstanceOf(InvalidCursorError);
    expect((await outreach().listAll(sorvest, {})).map((node) => node.id)).toEqual(
      [...page.nodes, ...next.nodes, ...last.nodes].map((node) => node.id),
    );
    expect(await outreach().listAll(sorvest, {}, 1)).toHaveLength(1);

    const filters: [ActivityListFilter, string[]][] = [
      [{ types: ['TALK'] }, [planned.id, talk.id]],
      [{ types: [] }, []],
      [{ statuses: ['COMPLETED'] }, [first!.id, second!.id, talk.id]],
      [{ from: '2026-05-10', to: '2026-05-10' }, [first!.id, second!.id]],
      [{ from: '2026-01-01', to: '2026-11-22', statuses: ['COMPLETED', 'PLANNED'] }, [first!.id, second!.id, talk.id]],
      [{ partnerId: library.id }, [day.id, talk.id]],
      [{ partnerId: 'not-a-uuid' }, []],
      [{ audiences: ['NAV', 'OTHER'] }, [day.id, cancelled.id]],
      [{ districtId: 'sorvest' }, [planned.id, first!.id, second!.id, talk.id, cancelled.id]],
      [{ districtId: 'vest' }, []],
      [{ search: '50%' }, [talk.id]],
    ];
    for (const [filter, expected] of filters) {
      const listed = await outreach().list(sorvest, { first: 100, filter });
      expect(
        listed.nodes.map((node) => node.id),
        JSON.stringify(filter),
      ).toEqual(expected);
      const totals = await outreach().totals(sorvest, filter);
      expect(totals.activities, JSON.stringify(filter)).toBe(listed.totalCount);
      expect(totals.participants).toBe(listed.nodes.reduce((sum, node) => sum + (node.participantCount ?? 0), 0));
    }
    // A national scope narrowed to a district sees the same.
    expect((await outreach().list(NATIONAL_SCOPE, { first: 100, filter: { districtId: 'sorvest' } })).totalCount).toBe(
      5,
    );
    expect((await outreach().list(nord, { first: 100, filter: { districtId: 'sorvest' } })).totalCount).toBe(0);

    const totals = await outreach().totals(sorvest, { statuses: ['COMPLETED'] });
    expect(totals).toMatchObject({ activities: 3, participants: 190, groupsStarted: 0 });
    expect(totals.byType.map((row) => row.type)).toEqual([...ACTIVITY_TYPES]);
    expect(totals.byType.filter((row) => row.activities > 0)).toEqual([
      { type: 'TALK', activities: 1, participants: 30, groupsStarted: 0 },
      { type: 'PROFESSIONAL_DAY', activities: 1, participants: 40, groupsStarted: 0 },
      { type: 'STAND', activities: 1, participants: 120, groupsStarted: 0 },
    ]);
    expect(totals.byType.find((row) => row.type === 'NETWORK_MEETING')).toEqual({
      type: 'NETWORK_MEETING',
      activities: 0,
      participants: 0,
      groupsStarted: 0,
    });
    expect(totals.byDistrict).toEqual([{ districtId: 'sorvest', activities: 3, participants: 190, groupsStarted: 0 }]);
    const empty = await outreach().totals(sorvest, { types: [] });
    expect(empty).toMatchObject({ activities: 0, participants: 0, groupsStarted: 0, byDistrict: [] });
    expect(empty.byType).toHaveLength(ACTIVITY_TYPES.length);
  });

  it('counts activities per district in the national totals, in the domain order', async () => {
    await createTestActivity(db, { districtId: 'ost', date: '2020-01-02', participantCount: 7 });
    await createTestActivity(db, { districtId: 'nord', date: '2020-01-03', participantCount: 3 });
    await createTestActivity(db, {
      districtId: 'nord',
      date: '2020-01-04',
      participantCount: 0,
      online: true,
      place: null,
    });
    const totals = await outreach().totals(NATIONAL_SCOPE, { from: '2020-01-01', to: '2020-01-31' });
    expect(totals).toMatchObject({ activities: 3, participants: 10 });
    expect(totals.byDistrict).toEqual([
      { districtId: 'nord', activities: 2, participants: 3, groupsStarted: 0 },
      { districtId: 'ost', activities: 1, participants: 7, groupsStarted: 0 },
    ]);
    expect(
      (await outreach().totals(nord, { from: '2020-01-01', to: '2020-01-31' })).byDistrict.map((row) => row.districtId),
    ).toEqual(['nord']);
  });
});
