import { NATIONAL_SCOPE, districtScope } from '@selvhjelp/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { countQueries, databaseInternals } from '../../database.js';
import { OutOfScopeError, StaleVersionError, UniqueViolationError } from '../../errors.js';
import type { StaffUserRecord } from '../staff/types.js';
import {
  createTestGroup,
  createTestStaffUser,
  testBackends,
  testGroupData,
  testNewGroup,
} from '../../testing/index.js';
import { GroupRepository } from './repository.js';

const vest = districtScope('vest');
const nord = districtScope('nord');
const T0 = new Date('2026-05-04T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe.each(testBackends())('GroupRepository writes on $name', ({ open }) => {
  let db: Database;
  let actor: StaffUserRecord;
  const groups = () => db.repositories.groups;
  /** Rows in every group table, to prove that a refused write left nothing behind. */
  const tableCounts = async () => {
    const { prisma } = databaseInternals(db);
    return Promise.all([
      prisma.group.count(),
      prisma.venue.count(),
      prisma.groupStatusChange.count(),
      prisma.groupChange.count(),
      prisma.groupFollowUp.count(),
    ]);
  };

  beforeAll(async () => {
    db = await open();
    actor = await createTestStaffUser(db, { districtId: 'vest' });
  });
  afterAll(() => db?.close());

  it('creates a group with its venue, first status and audit entry', async () => {
    const created = await groups().create(
      vest,
      testNewGroup({
        status: 'IDEA',
        nextFollowUpDue: '2026-06-01',
        actorId: actor.id,
        now: T0,
        today: '2026-05-04',
        statusReason: 'Registrert',
      }),
    );
    expect(created).toMatchObject({
      districtId: 'vest',
      status: 'IDEA',
      version: 1,
      nextFollowUpDue: '2026-06-01',
      statusChangedAt: T0,
      createdAt: T0,
      updatedAt: T0,
      createdById: actor.id,
      updatedById: actor.id,
    });
    // Reads back as exactly the GroupData that went in (the gateway diffs edits against it).
    const { venue, ...rest } = testGroupData();
    expect(created).toMatchObject({ ...rest, venue: { ...venue, id: expect.any(String) } });
    const hybrid = testGroupData({
      format: 'HYBRID',
      meetingUrl: 'https://mote.demo.selvhjelp.no/a',
      languages: ['nb', 'se'],
      maxSize: null,
      themeIds: ['grief', 'anxiety'],
      schedule: { kind: 'MONTHLY_NTH_WEEKDAY', weekday: 'FRIDAY', nth: -1, endDate: '2027-06-30' },
      venue: { accessibilityNotes: 'Rampe.' },
    });
    const { venue: hybridVenue, ...hybridRest } = hybrid;
    expect(await groups().create(vest, testNewGroup({ data: hybrid }))).toMatchObject({
      ...hybridRest,
      venue: { ...hybridVenue, id: expect.any(String) },
    });
    expect(await groups().findById(vest, created.id)).toEqual(created);
    expect((await groups().statusHistoryFor(vest, [created.id])).get(created.id)).toEqual([
      expect.objectContaining({
        fromStatus: null,
        toStatus: 'IDEA',
        effectiveDate: '2026-05-04',
        reason: 'Registrert',
        changedById: actor.id,
        changedAt: T0,
      }),
    ]);
    expect((await groups().changesFor(vest, [created.id])).get(created.id)).toEqual([
      expect.objectContaining({
        kind: 'CREATED',
        changedById: actor.id,
        fields: [{ field: 'name', oldValue: null, newValue: 'Samtalegruppe for pårørende' }],
      }),
    ]);
  });

  it('refuses a group outside the scope, a district that contradicts the municipality, and a taken slug', async () => {
    const before = await tableCounts();
    await expect(groups().create(vest, testNewGroup({ data: { districtId: 'nord' } }))).rejects.toThrow(
      OutOfScopeError,
    );
    await expect(
      groups().create(vest, testNewGroup({ data: { districtId: 'vest', municipalityNumber: '5501' } })),
    ).rejects.toThrow(OutOfScopeError);
    const existing = await createTestGroup(db);
    const clash = groups().create(vest, testNewGroup({ slug: existing.slug }));
    await expect(clash).rejects.toThrow(UniqueViolationError);
    await expect(clash).rejects.toMatchObject({ field: 'slug' });
    expect(await tableCounts()).toEqual([before[0] + 1, before[1] + 1, before[2] + 1, before[3] + 1, before[4]]);
  });

  it('imports many groups in a constant number of statements, all or nothing', async () => {
    const batch = (size: number) =>
      Array.from({ length: size }, (_, index) =>
        testNewGroup({
          changeKind: 'IMPORTED',
          data: {
            name: `Import ${index}`,
            districtId: 'sor',
            venue: index % 3 === 0 ? null : {},
            format: index % 3 === 0 ? 'ONLINE' : 'IN_PERSON',
            meetingUrl: index % 3 === 0 ? 'https://mote.demo.selvhjelp.no/x' : null,
          },
        }),
      );
    const few = await countQueries(db, () => groups().createMany(NATIONAL_SCOPE, batch(3)));
    const many = await countQueries(db, () => groups().createMany(NATIONAL_SCOPE, batch(200)));
    expect(few.result).toBe(3);
    expect(many.result).toBe(200);
    expect(many.count).toBe(few.count);
    expect(many.count).toBeLessThanOrEqual(4);
    expect((await groups().list(districtScope('sor'), { first: 1 })).totalCount).toBe(203);

    const before = await tableCounts();
    const existing = (await groups().list(districtScope('sor'), { first: 1 })).nodes[0]!;
    const withClash = [...batch(5), testNewGroup({ slug: existing.slug, data: { districtId: 'sor' } })];
    await expect(groups().createMany(NATIONAL_SCOPE, withClash)).rejects.toMatchObject({
      name: 'UniqueViolationError',
      field: 'slug',
    });
    const twice = testNewGroup({ data: { districtId: 'sor' } });
    await expect(groups().createMany(NATIONAL_SCOPE, [twice, { ...twice }])).rejects.toThrow(UniqueViolationError);
    // A row the database refuses (its CHECK on postal codes) after the venues went in.
    await expect(
      groups().createMany(NATIONAL_SCOPE, [
        ...batch(3),
        testNewGroup({ data: { districtId: 'sor', venue: { postalCode: 'ABCD' } } }),
      ]),
    ).rejects.toThrow();
    await expect(
      groups().createMany(vest, [testNewGroup(), testNewGroup({ data: { districtId: 'nord' } })]),
    ).rejects.toThrow(OutOfScopeError);
    expect(await tableCounts()).toEqual(before);
    expect(await groups().createMany(vest, [])).toBe(0);
  });

  it('updates with optimistic concurrency, audits the given fields, and writes nothing when stale', async () => {
    const group = await createTestGroup(db, { now: T0 });
    const data = testGroupData({ name: 'Nytt navn', venue: { name: 'Biblioteket', postalCode: '5017' } });
    const fields = [{ field: 'name', oldValue: group.name, newValue: 'Nytt navn' }];
    const updated = await groups().update(vest, group.id, 1, { data, fields, actorId: actor.id, now: at(1) });
    expect(updated).toMatchObject({
      name: 'Nytt navn',
      version: 2,
      updatedAt: at(1),
      updatedById: actor.id,
      createdAt: T0,
    });
    // The venue is edited in place.
    expect(updated!.venue).toEqual({ ...data.venue, id: group.venue!.id, districtId: 'vest', partnerId: null });
    expect(await groups().findById(vest, group.id)).toEqual(updated);

    const before = await tableCounts();
    const stale = groups().update(vest, group.id, 1, {
      data: testGroupData({ name: 'Tapt' }),
      fields,
      actorId: actor.id,
      now: at(2),
    });
    await expect(stale).rejects.toThrow(StaleVersionError);
    expect(await groups().findById(vest, group.id)).toEqual(updated);
    expect(await tableCounts()).toEqual(before);
    // Nothing changed: nothing written, no new version; a stale version is still refused.
    expect(await groups().update(vest, group.id, 2, { data, fields: [], actorId: actor.id, now: at(3) })).toEqual(
      updated,
    );
    await expect(
      groups().update(vest, group.id, 1, { data, fields: [], actorId: actor.id, now: at(3) }),
    ).rejects.toThrow(StaleVersionError);
    expect(await tableCounts()).toEqual(before);

    const changes = (await groups().changesFor(vest, [group.id])).get(group.id)!;
    expect(changes.map((change) => change.kind)).toEqual(['UPDATED', 'CREATED']);
    expect(changes[0]).toMatchObject({ fields, changedById: actor.id, changedAt: at(1) });
  });

  it('drops the venue when a group goes online and makes a new one when it meets in person again', async () => {
    const group = await createTestGroup(db);
    const { prisma } = databaseInternals(db);
    const online = testGroupData({ format: 'ONLINE', venue: null, meetingUrl: 'https://mote.demo.selvhjelp.no/rom' });
    const field = [{ field: 'format', oldValue: 'IN_PERSON', newValue: 'ONLINE' }];
    const moved = await groups().update(vest, group.id, 1, { data: online, fields: field, actorId: null, now: at(1) });
    expect(moved).toMatchObject({
      format: 'ONLINE',
      venue: null,
      meetingUrl: 'https://mote.demo.selvhjelp.no/rom',
      version: 2,
    });
    expect(await prisma.venue.count({ where: { id: group.venue!.id } })).toBe(0);
    const back = await groups().update(vest, group.id, 2, {
      data: testGroupData(),
      fields: field,
      actorId: null,
      now: at(2),
    });
    expect(back!.venue).toMatchObject({ name: 'Frivilligsentralen' });
    expect(back!.venue!.id).not.toBe(group.venue!.id);
    expect(await groups().findById(vest, group.id)).toEqual(back);
  });

  it('changes status with history, audit fields and optimistic concurrency', async () => {
    const group = await createTestGroup(db, { status: 'IDEA', nextFollowUpDue: '2026-06-01', now: T0 });
    const change = {
      to: 'STARTING' as const,
      reason: 'Igangsetter på plass',
      effectiveDate: '2026-05-03',
      nextFollowUpDue: '2026-07-01',
      actorId: actor.id,
      now: at(5),
    };
    const changed = await groups().changeStatus(vest, group.id, 1, change);
    expect(changed).toMatchObject({
      status: 'STARTING',
      statusChangedAt: at(5),
      nextFollowUpDue: '2026-07-01',
      version: 2,
      updatedAt: at(5),
      updatedById: actor.id,
    });
    expect(changed!.venue).toEqual(group.venue);

    const before = await tableCounts();
    await expect(groups().changeStatus(vest, group.id, 1, { ...change, to: 'RUNNING' })).rejects.toThrow(
      StaleVersionError,
    );
    expect(await tableCounts()).toEqual(before);
    // Without nextFollowUpDue the due date stays, and only the status is audited.
    const running = await groups().changeStatus(vest, group.id, 2, {
      to: 'RUNNING',
      reason: 'Selvgående',
      effectiveDate: '2026-05-04',
      actorId: null,
      now: at(6),
    });
    expect(running).toMatchObject({ status: 'RUNNING', nextFollowUpDue: '2026-07-01', version: 3 });

    expect(
      (await groups().statusHistoryFor(vest, [group.id]))
        .get(group.id)!
        .map((row) => [row.fromStatus, row.toStatus, row.effectiveDate, row.reason]),
    ).toEqual([
      [null, 'IDEA', '2026-05-04', 'Registrert'],
      ['IDEA', 'STARTING', '2026-05-03', 'Igangsetter på plass'],
      ['STARTING', 'RUNNING', '2026-05-04', 'Selvgående'],
    ]);
    const [latest, previous] = (await groups().changesFor(vest, [group.id])).get(group.id)!;
    expect(latest).toMatchObject({
      kind: 'STATUS_CHANGED',
      fields: [{ field: 'status', oldValue: 'STARTING', newValue: 'RUNNING' }],
    });
    expect(previous).toMatchObject({
      kind: 'STATUS_CHANGED',
      changedById: actor.id,
      fields: [
        { field: 'status', oldValue: 'IDEA', newValue: 'STARTING' },
        { field: 'nextFollowUpDue', oldValue: '2026-06-01', newValue: '2026-07-01' },
      ],
    });
  });

  it('keeps recording order for history written at the same instant', async () => {
    const group = await createTestGroup(db, { status: 'IDEA', now: T0 });
    const step = (version: number, to: 'STARTING' | 'RUNNING' | 'PAUSED') =>
      groups().changeStatus(vest, group.id, version, {
        to,
        reason: to,
        effectiveDate: '2026-05-04',
        actorId: null,
        now: T0,
      });
    await step(1, 'STARTING');
    await step(2, 'RUNNING');
    await step(3, 'PAUSED');
    await groups().registerFollowUp(vest, group.id, {
      date: '2026-05-04',
      note: 'første',
      nextFollowUpDue: null,
      actorId: null,
      now: T0,
    });
    await groups().registerFollowUp(vest, group.id, {
      date: '2026-05-04',
      note: 'andre',
      nextFollowUpDue: null,
      actorId: null,
      now: T0,
    });
    const history = (await groups().statusHistoryFor(vest, [group.id])).get(group.id)!;
    expect(history.map((row) => row.toStatus)).toEqual(['IDEA', 'STARTING', 'RUNNING', 'PAUSED']);
    expect((await groups().followUpsFor(vest, [group.id])).get(group.id)!.map((row) => row.note)).toEqual([
      'andre',
      'første',
    ]);
    expect((await groups().changesFor(vest, [group.id])).get(group.id)!.map((row) => row.kind)).toEqual([
      'FOLLOW_UP',
      'FOLLOW_UP',
      'STATUS_CHANGED',
      'STATUS_CHANGED',
      'STATUS_CHANGED',
      'CREATED',
    ]);
  });

  it('registers follow-ups: a row, the next due date, an audit entry and a new version', async () => {
    const group = await createTestGroup(db, { nextFollowUpDue: '2026-05-01', now: T0 });
    const first = await groups().registerFollowUp(vest, group.id, {
      date: '2026-05-02',
      note: 'Ringte kontaktpersonen.',
      nextFollowUpDue: '2026-08-01',
      actorId: actor.id,
      now: at(1),
    });
    expect(first).toMatchObject({ nextFollowUpDue: '2026-08-01', version: 2, updatedAt: at(1), updatedById: actor.id });
    await groups().registerFollowUp(vest, group.id, {
      date: '2026-05-20',
      note: 'Besøk på møtet.',
      nextFollowUpDue: '2026-08-01',
      actorId: null,
      now: at(2),
    });
    const followUps = (await groups().followUpsFor(vest, [group.id])).get(group.id)!;
    expect(followUps.map((row) => [row.date, row.note])).toEqual([
      ['2026-05-20', 'Besøk på møtet.'],
      ['2026-05-02', 'Ringte kontaktpersonen.'],
    ]);
    expect(followUps[1]).toMatchObject({ registeredById: actor.id, createdAt: at(1) });
    const changes = (await groups().changesFor(vest, [group.id])).get(group.id)!;
    expect(changes.map((change) => change.fields)).toEqual([
      [{ field: 'followUpDate', oldValue: null, newValue: '2026-05-20' }],
      [
        { field: 'followUpDate', oldValue: null, newValue: '2026-05-02' },
        { field: 'nextFollowUpDue', oldValue: '2026-05-01', newValue: '2026-08-01' },
      ],
      expect.any(Array),
    ]);
    expect((await groups().findById(vest, group.id))!.version).toBe(3);
  });

  it('treats a group of another district as missing on every write, and leaves it alone', async () => {
    const other = await createTestGroup(db, { data: { districtId: 'nord' } });
    const before = await tableCounts();
    const data = testGroupData({ districtId: 'vest', name: 'Kapret' });
    expect(
      await groups().update(vest, other.id, 1, {
        data,
        fields: [{ field: 'name', oldValue: null, newValue: 'Kapret' }],
        actorId: null,
        now: at(1),
      }),
    ).toBeNull();
    expect(await groups().update(vest, other.id, 1, { data, fields: [], actorId: null, now: at(1) })).toBeNull();
    expect(
      await groups().changeStatus(vest, other.id, 1, {
        to: 'CLOSED',
        reason: 'x',
        effectiveDate: '2026-05-04',
        actorId: null,
        now: at(1),
      }),
    ).toBeNull();
    expect(
      await groups().registerFollowUp(vest, other.id, {
        date: '2026-05-04',
        note: 'x',
        nextFollowUpDue: null,
        actorId: null,
        now: at(1),
      }),
    ).toBeNull();
    expect(await groups().update(vest, 'not-a-uuid', 1, { data, fields: [], actorId: null, now: at(1) })).toBeNull();
    // Moving one's own group into another district is refused too.
    const own = await createTestGroup(db);
    const before2 = await tableCounts();
    await expect(
      groups().update(vest, own.id, 1, {
        data: testGroupData({ districtId: 'nord' }),
        fields: [{ field: 'municipality', oldValue: 'Bergen', newValue: 'Tromsø' }],
        actorId: null,
        now: at(1),
      }),
    ).rejects.toThrow(OutOfScopeError);
    expect(await tableCounts()).toEqual(before2);
    expect(before2[0]).toBe(before[0] + 1);
    expect(await groups().findById(nord, other.id)).toEqual(other);
  });

  it('batches history per group, and takes part in a caller transaction that rolls back', async () => {
    const [a, b] = [await createTestGroup(db, { now: T0 }), await createTestGroup(db, { now: T0 })];
    await groups().registerFollowUp(vest, a.id, {
      date: '2026-05-05',
      note: 'A',
      nextFollowUpDue: null,
      actorId: null,
      now: at(1),
    });
    const { result, count } = await countQueries(db, () => groups().followUpsFor(vest, [a.id, b.id, a.id]));
    expect(count).toBe(1);
    expect(result.get(a.id)!.map((row) => row.note)).toEqual(['A']);
    expect(result.get(b.id)).toEqual([]);
    expect([...(await groups().changesFor(vest, [a.id, b.id])).values()].map((rows) => rows.length)).toEqual([2, 1]);

    const before = await tableCounts();
    await expect(
      db.transaction(async (repos) => {
        await repos.groups.changeStatus(vest, b.id, 1, {
          to: 'PAUSED',
          reason: 'Sommer',
          effectiveDate: '2026-05-04',
          actorId: null,
          now: at(2),
        });
        await repos.groups.create(vest, testNewGroup());
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await tableCounts()).toEqual(before);
    expect(await groups().findById(vest, b.id)).toEqual(b);
  });

  describe('calendar days', () => {
    const originalTz = process.env.TZ;
    afterEach(() => {
      if (originalTz === undefined) delete process.env.TZ;
      else process.env.TZ = originalTz;
    });

    // New Year, both daylight-saving switches in Oslo, a leap day, the last day of a year.
    const schedule = {
      kind: 'IRREGULAR' as const,
      weekday: null,
      dates: ['2026-01-01', '2026-03-29', '2026-10-25', '2028-02-29'],
      startDate: '2026-03-29',
      endDate: '2026-12-31',
    };

    async function roundTrip(repo: GroupRepository, sql: (query: string) => Promise<unknown>) {
      const created = await repo.create(
        NATIONAL_SCOPE,
        testNewGroup({ data: { districtId: 'midt', schedule }, nextFollowUpDue: '2026-10-25', today: '2026-03-29' }),
      );
      const read = await repo.findById(NATIONAL_SCOPE, created.id);
      for (const group of [created, read!]) {
        expect(group.schedule).toMatchObject({ dates: schedule.dates, startDate: '2026-03-29', endDate: '2026-12-31' });
        expect(group.nextFollowUpDue).toBe('2026-10-25');
      }
      expect((await repo.statusHistoryFor(NATIONAL_SCOPE, [created.id])).get(created.id)![0]!.effectiveDate).toBe(
        '2026-03-29',
      );
      // What other tools see in the table: the same calendar days.
      expect(
        await sql(
          `SELECT start_date::text AS start, next_follow_up_due::text AS due, meeting_dates::text AS dates FROM self_help_group WHERE id = '${created.id}'`,
        ),
      ).toEqual([{ start: '2026-03-29', due: '2026-10-25', dates: '{2026-01-01,2026-03-29,2026-10-25,2028-02-29}' }]);
      const due = await repo.list(NATIONAL_SCOPE, {
        first: 100,
        filter: { districtId: 'midt', followUpDueBefore: '2026-10-25' },
        order: { field: 'NEXT_FOLLOW_UP_DUE', direction: 'ASC' },
      });
      expect(due.nodes.map((group) => group.id)).toContain(created.id);
      const notYet = await repo.list(NATIONAL_SCOPE, {
        first: 100,
        filter: { districtId: 'midt', followUpDueBefore: '2026-10-24' },
      });
      expect(notYet.nodes.map((group) => group.id)).not.toContain(created.id);
    }

    it('stores and returns the same calendar days', async () => {
      const { prisma } = databaseInternals(db);
      await roundTrip(groups(), (query) => prisma.$queryRawUnsafe(query));
    });

    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      it(`stores and returns the same calendar days with the session and the process in ${zone}`, async () => {
        process.env.TZ = zone;
        const { prisma } = databaseInternals(db);
        await prisma.$transaction(async (tx) => {
          // Sessions are opened in UTC (backends.ts); a server or pooler that resets it must not matter.
          await tx.$executeRawUnsafe(`SET LOCAL TIME ZONE '${zone}'`);
          expect(await tx.$queryRawUnsafe('SHOW TIME ZONE')).toEqual([{ TimeZone: zone }]);
          await roundTrip(new GroupRepository(tx, true), (query) => tx.$queryRawUnsafe(query));
        });
      });
    }
  });
});
