import type { Scope } from '@selvhjelp/domain';
import { addMonths, districtScope, NATIONAL_SCOPE, todayIn } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { countQueries, databaseInternals } from '../../database.js';
import type { AssignFacilitatorInput } from './types.js';
import { InvalidCursorError, OutOfScopeError, StaleVersionError } from '../../errors.js';
import {
  completeTestCourse,
  createTestFacilitator,
  createTestGroup,
  RefusedInTest,
  testBackends,
  testFacilitatorData,
  testNewFacilitator,
  trainingAsTheGatewayDoes,
} from '../../testing/index.js';

const vest = districtScope('vest');
const nord = districtScope('nord');
const now = new Date('2026-11-22T10:00:00.000Z');

/** What the gateway's facilitator service does: facts under the lock, the domain's rule, the write. */
function assignAsTheGatewayDoes(db: Database, scope: Scope, input: AssignFacilitatorInput) {
  return trainingAsTheGatewayDoes(db).assign(scope, input);
}

async function rule(promise: Promise<unknown>): Promise<RefusedInTest> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RefusedInTest);
  return error as RefusedInTest;
}

describe.each(testBackends())('FacilitatorRepository on $name', ({ open }) => {
  let db: Database;
  const facilitators = () => db.repositories.facilitators;

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('creates, reads and updates within the scope only', async () => {
    const created = await facilitators().create(
      vest,
      testNewFacilitator({ name: 'Kari Vestby', themeConsent: true, themeIds: ['grief'] }, now),
    );
    expect(created).toMatchObject({
      districtId: 'vest',
      name: 'Kari Vestby',
      themeIds: ['grief'],
      consentGivenOn: '2026-01-15',
      consentText: 'Jeg samtykker til å bli kontaktet.',
      version: 1,
      forgottenAt: null,
      qualification: { status: 'IN_TRAINING', basicCompletedOn: null, latestQualifyingOn: null, lapsesOn: null },
      refresherIntervalMonths: 36,
    });
    expect(await facilitators().findById(nord, created.id)).toBeNull();
    expect(await facilitators().findById(vest, 'not-a-uuid')).toBeNull();
    await expect(facilitators().create(nord, testNewFacilitator())).rejects.toBeInstanceOf(OutOfScopeError);
    // The municipality must belong to the district.
    await expect(
      facilitators().create(vest, testNewFacilitator({ municipalityNumber: '5501' })),
    ).rejects.toBeInstanceOf(OutOfScopeError);

    const data = { ...testFacilitatorData(), name: 'Kari Vestby-Hansen', themeConsent: false, themeIds: ['grief'] };
    await expect(facilitators().update(nord, created.id, 1, { data, now })).rejects.toBeInstanceOf(OutOfScopeError);
    expect(
      await facilitators().update(nord, created.id, 1, { data: testFacilitatorData({ districtId: 'nord' }), now }),
    ).toBeNull();
    const updated = await facilitators().update(vest, created.id, 1, { data, now });
    // Themes are never stored without consent.
    expect(updated).toMatchObject({ name: 'Kari Vestby-Hansen', themeIds: [], version: 2 });
    await expect(facilitators().update(vest, created.id, 1, { data, now })).rejects.toBeInstanceOf(StaleVersionError);
  });

  it('derives qualification from completed courses with the district interval', async () => {
    const today = todayIn(new Date());
    const [recent, old, refreshed] = await Promise.all([
      createTestFacilitator(db),
      createTestFacilitator(db),
      createTestFacilitator(db),
    ]);
    await completeTestCourse(db, [recent], addMonths(today, -13));
    await completeTestCourse(db, [old, refreshed], addMonths(today, -40));
    await completeTestCourse(db, [refreshed], addMonths(today, -2), 'REFRESHER');
    await completeTestCourse(db, [old], addMonths(today, -1), 'NETWORK_MEETING');

    const statuses = async () =>
      (await facilitators().findByIds(vest, [recent.id, old.id, refreshed.id])).map(
        (record) => record?.qualification.status,
      );
    expect(await statuses()).toEqual(['QUALIFIED', 'LAPSED', 'QUALIFIED']);
    const listed = async (status: 'QUALIFIED' | 'LAPSED') =>
      (await facilitators().list(vest, { first: 100, filter: { statuses: [status] } })).nodes.map((node) => node.id);
    expect(await listed('LAPSED')).toEqual([old.id]);
    expect(await listed('QUALIFIED')).toEqual(expect.arrayContaining([recent.id, refreshed.id]));

    // The district shortens its interval to 12 months: the 13-month-old course has lapsed.
    await expect(db.repositories.districtSettings.setRefresherInterval(nord, 'vest', 12)).rejects.toBeInstanceOf(
      OutOfScopeError,
    );
    await db.repositories.districtSettings.setRefresherInterval(vest, 'vest', 12);
    expect(await statuses()).toEqual(['LAPSED', 'LAPSED', 'QUALIFIED']);
    expect(await listed('LAPSED')).toEqual(expect.arrayContaining([recent.id, old.id]));
    expect((await facilitators().findById(vest, recent.id))?.refresherIntervalMonths).toBe(12);
    expect(await db.repositories.districtSettings.get(vest, 'vest')).toEqual({
      districtId: 'vest',
      refresherIntervalMonths: 12,
    });
    expect(await db.repositories.districtSettings.get(vest, 'nord')).toBeNull();
    await db.repositories.districtSettings.setRefresherInterval(NATIONAL_SCOPE, 'vest', 36);
  });

  it('lists with filters and keyset pagination', async () => {
    await Promise.all([
      createTestFacilitator(db, {
        districtId: 'nord',
        name: 'Anne Nordli',
        availability: 'BUSY',
        themeConsent: true,
        themeIds: ['grief'],
      }),
      createTestFacilitator(db, {
        districtId: 'nord',
        name: 'Bjørn Nordli',
        availability: 'AVAILABLE',
        municipalityNumber: '5503',
      }),
      createTestFacilitator(db, {
        districtId: 'nord',
        name: 'Cecilie 100%',
        availability: 'RESTING',
        phone: '+47 912 34 567',
      }),
    ]);
    const names = async (filter: object) =>
      (await facilitators().list(nord, { first: 10, filter })).nodes.map((node) => node.name);
    expect(await names({})).toEqual(['Anne Nordli', 'Bjørn Nordli', 'Cecilie 100%']);
    expect(await names({ availabilities: ['BUSY', 'RESTING'] })).toEqual(['Anne Nordli', 'Cecilie 100%']);
    expect(await names({ themeIds: ['grief'] })).toEqual(['Anne Nordli']);
    expect(await names({ municipalityNumbers: ['5503'] })).toEqual(['Bjørn Nordli']);
    expect(await names({ search: '0%' })).toEqual(['Cecilie 100%']);
    expect(await names({ statuses: ['IN_TRAINING'] })).toHaveLength(3);
    const first = await facilitators().list(nord, { first: 2 });
    expect(first).toMatchObject({ totalCount: 3, hasNextPage: true });
    const second = await facilitators().list(nord, { first: 2, after: first.endCursor });
    expect(second.nodes.map((node) => node.name)).toEqual(['Cecilie 100%']);
    expect(second.hasNextPage).toBe(false);
    await expect(facilitators().list(nord, { first: 2, after: 'garbage' })).rejects.toBeInstanceOf(InvalidCursorError);
    expect((await facilitators().list(vest, { first: 100, filter: { search: 'Nordli' } })).totalCount).toBe(0);
  });

  it('forgets personal data but keeps the anonymous counts', async () => {
    const person = await createTestFacilitator(db, {
      phone: '99887766',
      notes: 'Ringer helst på kveldstid',
      themeConsent: true,
      themeIds: ['grief'],
      languages: ['nb', 'en'],
    });
    await completeTestCourse(db, [person], addMonths(todayIn(new Date()), -1));
    const group = await createTestGroup(db, { status: 'STARTING' });
    await assignAsTheGatewayDoes(db, vest, {
      facilitatorId: person.id,
      groupId: group.id,
      role: 'igangsetter',
      fromDate: todayIn(new Date()),
    });
    const before = (await facilitators().activityCountsFor(vest, [person.id])).get(person.id);
    expect(before).toEqual({ coursesCompleted: 1, coursesEnrolled: 1, groupsHelped: 1 });

    expect(await facilitators().forget(nord, person.id, now)).toBeNull();
    const forgotten = await facilitators().forget(vest, person.id, now);
    expect(forgotten).toMatchObject({
      name: 'Slettet igangsetter',
      email: null,
      phone: null,
      notes: null,
      themeIds: [],
      languages: [],
      consentText: null,
      forgottenAt: now,
    });
    expect((await facilitators().activityCountsFor(vest, [person.id])).get(person.id)).toEqual(before);
    // Other districts see nothing of it, not even counts.
    expect((await facilitators().activityCountsFor(nord, [person.id])).get(person.id)).toEqual({
      coursesCompleted: 0,
      coursesEnrolled: 0,
      groupsHelped: 0,
    });
    expect((await facilitators().trainingHistoryFor(nord, [person.id])).get(person.id)).toEqual([]);
    expect((await facilitators().assignmentsForGroups(nord, [group.id])).get(group.id)).toEqual([]);
    expect(await facilitators().findByIds(nord, [person.id])).toEqual([null]);
    expect((await facilitators().trainingHistoryFor(vest, [person.id])).get(person.id)).toHaveLength(1);
    // Left out of lists unless asked for, and not editable.
    expect((await facilitators().list(vest, { first: 100 })).nodes.map((node) => node.id)).not.toContain(person.id);
    expect(
      (await facilitators().list(vest, { first: 100, filter: { includeForgotten: true } })).nodes.map(
        (node) => node.id,
      ),
    ).toContain(person.id);
    expect(
      await facilitators().update(vest, person.id, forgotten!.version, { data: testFacilitatorData(), now }),
    ).toBeNull();
    const { prisma } = databaseInternals(db);
    const row = await prisma.facilitator.findUniqueOrThrow({ where: { id: person.id } });
    expect([row.email, row.phone, row.notes, row.consentText]).toEqual([null, null, null, null]);
  });

  it('reads what the assignment rule needs under the group lock, and assigns only what the rule allows: qualified facilitators of the district, STARTING groups, at most two', async () => {
    const today = todayIn(new Date());
    const [a, b, c, lapsed, untrained] = await Promise.all(Array.from({ length: 5 }, () => createTestFacilitator(db)));
    await completeTestCourse(db, [a!, b!, c!], addMonths(today, -6));
    await completeTestCourse(db, [lapsed!], addMonths(today, -48));
    const starting = await createTestGroup(db, { status: 'STARTING' });
    const running = await createTestGroup(db, { status: 'RUNNING' });
    const nordGroup = await createTestGroup(db, { status: 'STARTING', data: { districtId: 'nord' } });
    const assign = (facilitatorId: string, groupId: string, scope = vest) =>
      assignAsTheGatewayDoes(db, scope, { facilitatorId, groupId, role: 'igangsetter', fromDate: today });

    expect((await rule(assign(lapsed!.id, starting.id))).code).toBe('FACILITATOR_NOT_QUALIFIED');
    expect((await rule(assign(lapsed!.id, starting.id))).message).toMatch(/utløpt/);
    expect((await rule(assign(untrained!.id, starting.id))).message).toMatch(/grunnkurset/);
    expect((await rule(assign(a!.id, running.id))).code).toBe('GROUP_NOT_STARTING');
    expect((await rule(assign(a!.id, nordGroup.id, NATIONAL_SCOPE))).code).toBe('FACILITATOR_OTHER_DISTRICT');
    expect(await assign(a!.id, nordGroup.id)).toBeNull();
    expect(await assign(a!.id, starting.id, nord)).toBeNull();

    expect(await assign(a!.id, starting.id)).toMatchObject({
      facilitatorId: a!.id,
      groupId: starting.id,
      fromDate: today,
      toDate: null,
    });
    expect((await rule(assign(a!.id, starting.id))).code).toBe('ALREADY_ASSIGNED');
    await assign(b!.id, starting.id);
    expect((await rule(assign(c!.id, starting.id))).code).toBe('GROUP_HAS_ENOUGH_FACILITATORS');

    // The group becomes RUNNING: the gateway ends the assignments in its transaction.
    expect(await facilitators().endAssignmentsForGroup(nord, starting.id, today)).toBe(0);
    const ended = await db.transaction((repos) => repos.facilitators.endAssignmentsForGroup(vest, starting.id, today));
    expect(ended).toBe(2);
    const history = (await facilitators().assignmentsForGroups(vest, [starting.id])).get(starting.id)!;
    expect(history.map((assignment) => assignment.toDate)).toEqual([today, today]);
    expect((await facilitators().assignmentsFor(vest, [a!.id])).get(a!.id)).toHaveLength(1);
    expect((await facilitators().assignmentsFor(nord, [a!.id])).get(a!.id)).toEqual([]);
  });

  it('lists what needs attention', async () => {
    const { prisma } = databaseInternals(db);
    const today = todayIn(new Date());
    const [lapsing, inactive, active] = await Promise.all([
      createTestFacilitator(db, { districtId: 'sor' }),
      createTestFacilitator(db, { districtId: 'sor' }),
      createTestFacilitator(db, { districtId: 'sor' }),
    ]);
    await completeTestCourse(db, [lapsing], addMonths(today, -34));
    await completeTestCourse(db, [inactive], addMonths(today, -14));
    await completeTestCourse(db, [active], addMonths(today, -14));
    const group = await createTestGroup(db, { status: 'STARTING', data: { districtId: 'sor' } });
    await assignAsTheGatewayDoes(db, NATIONAL_SCOPE, {
      facilitatorId: active.id,
      groupId: group.id,
      role: 'igangsetter',
      fromDate: today,
    });
    const stale = await createTestGroup(db, { status: 'STARTING', data: { districtId: 'sor' } });
    await prisma.group.update({
      where: { id: stale.id },
      data: { statusChangedAt: new Date(Date.now() - 100 * 86_400_000) },
    });

    const sor = districtScope('sor');
    const attention = await facilitators().needsAttention(sor, today);
    expect(attention.lapsingSoon.map((record) => record.id)).toEqual([lapsing.id]);
    // The lapsing one has been inactive too; the one helping a group has not.
    expect(attention.inactive.map((record) => record.id).sort()).toEqual([lapsing.id, inactive.id].sort());
    expect(attention.startingTooLong.map((record) => record.id)).toEqual([stale.id]);
    const elsewhere = await facilitators().needsAttention(nord, today);
    expect(elsewhere.lapsingSoon.concat(elsewhere.inactive).map((record) => record.districtId)).not.toContain('sor');
    expect(elsewhere.startingTooLong).toEqual([]);
  });

  it('answers the batched loaders in a fixed number of statements', async () => {
    const people = await Promise.all(Array.from({ length: 4 }, () => createTestFacilitator(db)));
    const ids = people.map((person) => person.id);
    for (const [load, statements] of [
      [() => facilitators().findByIds(vest, ids), 2],
      [() => facilitators().assignmentsFor(vest, ids), 1],
      [() => facilitators().trainingHistoryFor(vest, ids), 2],
      [() => facilitators().activityCountsFor(vest, ids), 1],
      [() => db.repositories.trainingCourses.enrolmentsFor(vest, ids), 1],
    ] as const) {
      expect((await countQueries(db, load as () => Promise<unknown>)).count).toBe(statements);
    }
  });
});
