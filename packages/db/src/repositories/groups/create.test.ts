import { NATIONAL_SCOPE, districtScope } from '@selvhjelp/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { countQueries, databaseInternals } from '../../database.js';
import { OutOfScopeError, UniqueViolationError } from '../../errors.js';
import type { StaffUserRecord } from '../staff/types.js';
import {
  createTestGroup,
  createTestStaffUser,
  groupTableCounts,
  testBackends,
  testGroupData,
  testNewGroup,
} from '../../testing/index.js';
import { GroupRepository } from './repository.js';

// Creating groups, one at a time and by import, and the calendar days they are stored with.
// Edits are in update.test.ts, status changes and follow-ups in status.test.ts.

const vest = districtScope('vest');
const T0 = new Date('2026-05-04T10:00:00.000Z');

describe.each(testBackends())('GroupRepository create on $name', ({ open }) => {
  let db: Database;
  let actor: StaffUserRecord;
  const groups = () => db.repositories.groups;
  /** Rows in every group table, to prove that a refused write left nothing behind. */
  const tableCounts = () => groupTableCounts(db);

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
