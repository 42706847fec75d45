import type { DistrictId, GroupStatus } from '@selvhjelp/domain';
import { GROUP_STATUSES, NATIONAL_SCOPE, PUBLIC_STATUSES, districtScope } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { countQueries, databaseInternals } from '../../database.js';
import { Prisma } from '../../generated/prisma/client.js';
import { testBackends, testNewGroup } from '../../testing/index.js';
import type { GroupListOptions, GroupListOrder, GroupRecord, GroupSummaryPage, GroupSummaryRecord } from './types.js';
import { GROUP_ORDER_FIELDS } from './types.js';

/*
 * The group lists as one SQL statement with row-comparison cursors (list-query.ts): every
 * cursor resumes right after its own row, whatever the ordering and the ties; the staff list's
 * page, total and per-status counts agree with the separate reads; the jsonb rows map to the
 * same records Prisma reads; a summary holds the same values as the record.
 */

const sor = districtScope('sor');
const BASE = Date.parse('2026-03-02T08:00:00.000Z');
// Names, due dates, statuses and update times repeat, so that the id decides most ties.
const NAMES = ['Likemenn', 'Angst', 'Likemenn', 'likemenn', 'Angst', 'Zebra', 'Likemenn', 'Øst'];
const DUE = [null, '2026-04-01', '2026-04-01', null, '2026-03-01', '2026-04-01', null, '2026-03-01'];
const STATUS: GroupStatus[] = ['RUNNING', 'RUNNING', 'IDEA', 'STARTING', 'RUNNING', 'PAUSED', 'STARTING', 'RUNNING'];

describe.each(testBackends())('group list statements on $name', ({ open }) => {
  let db: Database;
  const groups = () => db.repositories.groups;

  beforeAll(async () => {
    db = await open();
    await groups().createMany(
      NATIONAL_SCOPE,
      NAMES.map((name, index) =>
        testNewGroup({
          slug: `sor-${index}`,
          status: STATUS[index]!,
          nextFollowUpDue: DUE[index]!,
          now: new Date(BASE + (index % 3) * 1_000),
          data: {
            name,
            districtId: 'sor',
            openForNewMembers: index !== 4,
            ...(index === 5 && { format: 'ONLINE', venue: null, meetingUrl: 'https://mote.demo.selvhjelp.no/z' }),
            ...(index === 6 && { schedule: { kind: 'IRREGULAR', weekday: null, dates: ['2026-10-05', '2026-10-22'] } }),
          },
        }),
      ),
    );
  });
  afterAll(() => db?.close());

  describe.each(
    GROUP_ORDER_FIELDS.flatMap((field) => (['ASC', 'DESC'] as const).map((direction) => ({ field, direction }))),
  )('by $field $direction', (order: GroupListOrder) => {
    it('resumes right after the row of every cursor, and the last row’s cursor gives an empty last page', async () => {
      const all = await groups().list(sor, { first: 100, order });
      expect(all.nodes).toHaveLength(NAMES.length);
      const ids = all.nodes.map((group) => group.id);
      for (const [index, cursor] of all.cursors.entries()) {
        const page = await groups().list(sor, { first: 3, order, after: cursor });
        expect(page.nodes.map((group) => group.id)).toEqual(ids.slice(index + 1, index + 4));
        expect(page.hasNextPage).toBe(index + 4 < ids.length);
        expect(page.totalCount).toBe(NAMES.length);
      }
      const last = await groups().list(sor, { first: 3, order, after: all.endCursor });
      expect(last).toMatchObject({ nodes: [], cursors: [], hasNextPage: false, endCursor: null, totalCount: 8 });
    });

    it('pages a name search (its own statement: the matches first, then the page’s rows) in the same order', async () => {
      const all = await groups().list(sor, { first: 100, order });
      const expected = all.nodes.filter((group) => group.name.toLowerCase() === 'likemenn');
      const seen: typeof expected = [];
      let after: string | null = null;
      do {
        const page = await groups().list(sor, { first: 2, order, after, filter: { search: 'likemenn' } });
        expect(page.totalCount).toBe(expected.length);
        seen.push(...page.nodes);
        after = page.hasNextPage ? page.endCursor : null;
      } while (after);
      expect(seen).toEqual(expected);
    });
  });

  it('has the name search’s trigram index lead with the district (btree_gin), over the folded name', async () => {
    // Eight groups read faster along the btree indexes, so the plan would not show it; at 20,000
    // it is the plan of a district's search (bench/lists.ts).
    const rows = await databaseInternals(db).prisma.$queryRawUnsafe<{ indexdef: string }[]>(
      `SELECT indexdef FROM pg_indexes WHERE indexname = 'self_help_group_district_id_name_folded_trgm_idx'`,
    );
    expect(rows.map((row) => row.indexdef)).toEqual([
      expect.stringContaining('USING gin (district_id, name_folded gin_trgm_ops)'),
    ]);
    // PostgreSQL keeps name_folded as lower(name) on every write (a stored generated column).
    const [folded] = await databaseInternals(db).prisma.$queryRawUnsafe<{ generated: string; expression: string }[]>(
      `SELECT a.attgenerated::text AS generated, pg_get_expr(d.adbin, d.adrelid) AS expression
       FROM pg_attribute a JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE a.attrelid = 'self_help_group'::regclass AND a.attname = 'name_folded'`,
    );
    expect(folded).toEqual({ generated: 's', expression: 'lower(name)' });
  });

  it('pages the public finder by name with the same cursors, within the public rule', async () => {
    const all = await groups().listPublic(sor, { first: 100 });
    const expected = NAMES.flatMap((_, index) =>
      ['STARTING', 'RUNNING'].includes(STATUS[index]!) && index !== 4 ? [`sor-${index}`] : [],
    );
    expect(all.nodes.map((group) => group.slug).sort()).toEqual(expected.sort());
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await groups().listPublic(sor, { first: 2, after });
      expect(page.totalCount).toBe(expected.length);
      seen.push(...page.nodes.map((group) => group.slug));
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.nodes.map((group) => group.slug));
  });

  it('reads the staff page, its total and the per-status counts in one statement, as the separate reads do', async () => {
    for (const filter of [{}, { statuses: ['RUNNING'] as GroupStatus[] }, { search: 'likemenn', statuses: [] }]) {
      const order: GroupListOrder = { field: 'NEXT_FOLLOW_UP_DUE', direction: 'DESC' };
      const { result, count } = await countQueries(db, () =>
        groups().listWithStatusCounts(sor, { first: 2, order, filter }),
      );
      expect(count).toBe(1);
      const { statuses: _ignored, ...withoutStatuses } = filter as { statuses?: GroupStatus[] };
      const { statusCounts, ...page } = result;
      expect(page).toEqual(await groups().list(sor, { first: 2, order, filter }));
      expect(statusCounts).toEqual(await groups().statusCounts(sor, withoutStatuses));
    }
    const empty = await groups().listWithStatusCounts(districtScope('nord'), { first: 5, filter: { search: 'x' } });
    expect(empty).toMatchObject({ nodes: [], totalCount: 0, hasNextPage: false });
    expect(empty.statusCounts.every(({ count }) => count === 0)).toBe(true);
  });

  it('reads the staff page as summaries: the full records’ values of the summary’s fields, the same page and cursors', async () => {
    const summaryOf = (group: GroupRecord): GroupSummaryRecord => ({
      id: group.id,
      name: group.name,
      districtId: group.districtId,
      municipalityNumber: group.municipalityNumber,
      themeIds: group.themeIds,
      status: group.status,
      openForNewMembers: group.openForNewMembers,
      nextFollowUpDue: group.nextFollowUpDue,
      updatedAt: group.updatedAt,
    });
    const orders = GROUP_ORDER_FIELDS.flatMap((field) =>
      (['ASC', 'DESC'] as const).map((direction): GroupListOrder => ({ field, direction })),
    );
    for (const order of orders) {
      for (const filter of [{}, { search: 'likemenn' }, { statuses: ['RUNNING', 'STARTING'] as GroupStatus[] }]) {
        let after: string | null = null;
        do {
          const options: GroupListOptions = { first: 3, order, after, filter };
          const counted: { result: GroupSummaryPage; count: number } = await countQueries(db, () =>
            groups().listWithStatusCounts(sor, options, 'summary'),
          );
          const { result: summaries, count } = counted;
          expect(count).toBe(1);
          const full = await groups().listWithStatusCounts(sor, options);
          expect(summaries).toEqual({ ...full, nodes: full.nodes.map(summaryOf) });
          after = summaries.hasNextPage ? summaries.endCursor : null;
        } while (after);
      }
    }
    const empty = await groups().listWithStatusCounts(sor, { first: 5, filter: { search: 'x' } }, 'summary');
    expect(empty).toMatchObject({ nodes: [], totalCount: 0, hasNextPage: false, endCursor: null });
  });

  it('hands out the records Prisma reads: venue or none, irregular dates, instants and calendar days', async () => {
    const page = await groups().list(sor, { first: 100 });
    expect(page.nodes.some((group) => group.venue === null)).toBe(true);
    expect(page.nodes.some((group) => group.schedule.dates.length === 2)).toBe(true);
    expect(
      await groups().findByIds(
        sor,
        page.nodes.map((group) => group.id),
      ),
    ).toEqual(page.nodes);
    expect(await groups().allPublic(sor)).toEqual((await groups().listPublic(sor, { first: 100 })).nodes);
    // A search reads its matches through another path (a MATERIALIZED CTE): the same records.
    const found = await groups().list(sor, { first: 100, filter: { search: 'LIKEMENN' } });
    expect(found.nodes).toEqual(page.nodes.filter((group) => group.name.toLowerCase() === 'likemenn'));
    expect(found.totalCount).toBe(4);
  });
});

/*
 * A list filtered on nothing but district, status and openness reads its total and status counts
 * from group_status_total, which triggers keep in every writing statement (decision 0041). Here
 * the kept counts are compared with counting the rows after each kind of write.
 */
describe.each(testBackends())('kept group counts on $name', ({ open }) => {
  let db: Database;
  const groups = () => db.repositories.groups;
  const districts: DistrictId[] = ['sor', 'vest'];

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  /** Every list path that sums the kept counts, against counting the rows through Prisma. */
  async function expectCountsOfTheRows(): Promise<void> {
    const { prisma } = databaseInternals(db);
    for (const districtId of districts) {
      const scope = districtScope(districtId);
      const rows = await prisma.group.groupBy({ by: ['status'], where: { districtId }, _count: { _all: true } });
      const counted = GROUP_STATUSES.map((status) => ({
        status,
        count: rows.find((row) => row.status === status)?._count._all ?? 0,
      }));
      const total = counted.reduce((sum, { count }) => sum + count, 0);
      const { result, count } = await countQueries(db, () => groups().listWithStatusCounts(scope, { first: 1 }));
      expect(count).toBe(1);
      expect(result.statusCounts).toEqual(counted);
      expect(result.totalCount).toBe(total);
      expect((await groups().list(scope, { first: 0, filter: { statuses: ['RUNNING', 'IDEA'] } })).totalCount).toBe(
        counted.filter(({ status }) => status === 'RUNNING' || status === 'IDEA').reduce((sum, c) => sum + c.count, 0),
      );
      expect(
        (await groups().list(NATIONAL_SCOPE, { first: 0, filter: { districtId, openForNewMembers: false } }))
          .totalCount,
      ).toBe(await prisma.group.count({ where: { districtId, openForNewMembers: false } }));
      expect((await groups().listPublic(scope, { first: 0 })).totalCount).toBe(
        await prisma.group.count({
          where: { districtId, status: { in: [...PUBLIC_STATUSES] }, openForNewMembers: true },
        }),
      );
    }
  }

  it('equal counting the rows after imports, status changes, moves, edits, deletes and a rolled-back write', async () => {
    await expectCountsOfTheRows();
    await groups().createMany(
      NATIONAL_SCOPE,
      STATUS.map((status, index) =>
        testNewGroup({
          slug: `kept-${index}`,
          status,
          data: { name: `Gruppe ${index}`, districtId: districts[index % 2]!, openForNewMembers: index % 3 !== 0 },
        }),
      ),
    );
    await expectCountsOfTheRows();

    const [first] = (await groups().list(districtScope('sor'), { first: 1, filter: { statuses: ['RUNNING'] } })).nodes;
    await groups().changeStatus(districtScope('sor'), first!.id, first!.version, {
      to: 'PAUSED',
      reason: 'Pause',
      effectiveDate: '2026-05-04',
      actorId: null,
      now: new Date(),
    });
    await expectCountsOfTheRows();

    const { prisma } = databaseInternals(db);
    // A move to another district and a change of openness in one statement; then an edit that
    // changes neither (no count moves); then deletes.
    await prisma.$executeRaw(Prisma.sql`
      UPDATE self_help_group SET district_id = 'vest', open_for_new_members = NOT open_for_new_members
      WHERE slug IN ('kept-0', 'kept-2', 'kept-4')`);
    await expectCountsOfTheRows();
    await prisma.$executeRaw(Prisma.sql`UPDATE self_help_group SET name = name || ' (ny)'`);
    await expectCountsOfTheRows();
    await prisma.$executeRaw(Prisma.sql`DELETE FROM self_help_group WHERE slug IN ('kept-1', 'kept-4', 'kept-5')`);
    await expectCountsOfTheRows();

    await expect(
      db.transaction(async (repositories) => {
        await repositories.groups.createMany(NATIONAL_SCOPE, [
          testNewGroup({ slug: 'kept-rolled-back', status: 'IDEA', data: { districtId: 'vest' } }),
        ]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await expectCountsOfTheRows();
  });
});
