import type { GroupStatus } from '@selvhjelp/domain';
import { NATIONAL_SCOPE, districtScope } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { countQueries } from '../../database.js';
import { testBackends, testNewGroup } from '../../testing/index.js';
import type { GroupListOrder } from './types.js';
import { GROUP_ORDER_FIELDS } from './types.js';

/*
 * The group lists as one SQL statement with row-comparison cursors (list-query.ts): every
 * cursor resumes right after its own row, whatever the ordering and the ties; the staff list's
 * page, total and per-status counts agree with the separate reads; the jsonb rows map to the
 * same records Prisma reads.
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
