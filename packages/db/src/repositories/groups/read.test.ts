import type { GroupStatus, Weekday } from '@selvhjelp/domain';
import { GROUP_STATUSES, NATIONAL_SCOPE, districtScope, municipalitiesInCounty } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { countQueries } from '../../database.js';
import { InvalidCursorError } from '../../errors.js';
import type { TestNewGroupOverrides } from '../../testing/index.js';
import { testBackends, testNewGroup } from '../../testing/index.js';
import type { GroupRecord, GroupListOrder } from './types.js';
import { GROUP_ORDER_FIELDS } from './types.js';

const vest = districtScope('vest');
const nord = districtScope('nord');
const BASE = Date.parse('2026-05-04T10:00:00.000Z');

/*
 * 'vest' holds a fixed set of 12 groups with repeated names, statuses, due dates and update
 * times (the id tie-break matters); 'nord' a few public and non-public ones; 'ost' 120 for the
 * query-count test. Nothing here writes after beforeAll.
 */
const VEST_NAMES = [
  'Åse-gruppa',
  'Bjørkly',
  'Angstgruppe',
  'Bjørkly',
  'Carl',
  'angstgruppe',
  'Dina',
  'Sorg i Bergen',
  'sorg i bergen',
  'Eik',
  'Furu',
  'Gran',
];
const VEST_DUE = [
  '2026-05-01',
  null,
  '2026-05-01',
  '2026-06-01',
  null,
  '2026-04-15',
  '2026-05-01',
  null,
  '2026-07-01',
  '2026-04-15',
  null,
  '2026-06-01',
];
const VEST_STATUS: GroupStatus[] = [
  'RUNNING',
  'IDEA',
  'RUNNING',
  'STARTING',
  'PAUSED',
  'RUNNING',
  'CLOSED',
  'STARTING',
  'RUNNING',
  'IDEA',
  'RUNNING',
  'PAUSED',
];
const THEMES = [['grief'], ['anxiety', 'mixed'], ['relatives']];

function vestGroup(index: number): TestNewGroupOverrides {
  return {
    slug: `vest-${index}`,
    status: VEST_STATUS[index]!,
    nextFollowUpDue: VEST_DUE[index]!,
    now: new Date(BASE + (index % 5) * 60_000),
    data: {
      name: VEST_NAMES[index]!,
      districtId: 'vest',
      municipalityNumber: index % 2 === 0 ? '4601' : '4621',
      themeIds: THEMES[index % 3]!,
      openForNewMembers: index % 4 !== 3,
    },
  };
}

describe.each(testBackends())('GroupRepository reads on $name', ({ open }) => {
  let db: Database;
  let nordGroups: GroupRecord[];
  const groups = () => db.repositories.groups;

  beforeAll(async () => {
    db = await open();
    await groups().createMany(
      NATIONAL_SCOPE,
      VEST_NAMES.map((_, index) => testNewGroup(vestGroup(index))),
    );
    const nordItems = [
      // Public: running/starting and open.
      {
        slug: 'nord-running',
        status: 'RUNNING',
        data: { name: 'Sorggruppe Tromsø', format: 'IN_PERSON', schedule: { weekday: 'TUESDAY' } },
      },
      {
        slug: 'nord-starting-online',
        status: 'STARTING',
        data: {
          name: 'Angst på nett',
          format: 'ONLINE',
          venue: null,
          meetingUrl: 'https://mote.demo.selvhjelp.no/angst',
          schedule: { weekday: 'THURSDAY' },
        },
      },
      // 2026-10-05 is a Monday, 2026-10-22 a Thursday.
      {
        slug: 'nord-irregular',
        status: 'RUNNING',
        data: {
          name: 'Pårørendetreff Bodø',
          municipalityNumber: '1804',
          schedule: { kind: 'IRREGULAR', weekday: null, dates: ['2026-10-05', '2026-10-22'] },
        },
      },
      // Never public.
      { slug: 'nord-idea', status: 'IDEA', data: { name: 'Idégruppe' } },
      { slug: 'nord-paused', status: 'PAUSED', data: { name: 'Pausegruppe' } },
      { slug: 'nord-closed', status: 'CLOSED', data: { name: 'Avsluttet gruppe' } },
      { slug: 'nord-full', status: 'RUNNING', data: { name: 'Full gruppe', openForNewMembers: false } },
    ] as const satisfies TestNewGroupOverrides[];
    await groups().createMany(
      NATIONAL_SCOPE,
      nordItems.map((item) => testNewGroup({ ...item, data: { districtId: 'nord', ...item.data } })),
    );
    nordGroups = (await groups().list(nord, { first: 100 })).nodes;
    await groups().createMany(
      NATIONAL_SCOPE,
      Array.from({ length: 120 }, (_, index) =>
        testNewGroup({ data: { districtId: 'ost', name: `Østgruppe ${index}` } }),
      ),
    );
  });
  afterAll(() => db?.close());

  it('never shows a group of another district: lists, lookups, counts, worklists and history', async () => {
    const page = await groups().list(vest, { first: 100 });
    expect(page.totalCount).toBe(12);
    expect(page.nodes.every((group) => group.districtId === 'vest')).toBe(true);
    expect((await groups().list(vest, { first: 100, filter: { districtId: 'nord' } })).totalCount).toBe(0);

    const target = nordGroups[0]!;
    expect(await groups().findById(vest, target.id)).toBeNull();
    expect(await groups().findById(nord, target.id)).toEqual(target);
    expect(await groups().findByIds(vest, [target.id, page.nodes[0]!.id, 'not-a-uuid'])).toEqual([
      null,
      page.nodes[0],
      null,
    ]);
    expect((await groups().statusCounts(vest)).reduce((sum, { count }) => sum + count, 0)).toBe(12);
    expect(
      (await groups().followUpsDue(vest, { before: '2030-01-01' })).every((group) => group.districtId === 'vest'),
    ).toBe(true);
    expect((await groups().statusHistoryFor(vest, [target.id])).get(target.id)).toEqual([]);
    expect((await groups().changesFor(vest, [target.id])).get(target.id)).toEqual([]);
    expect((await groups().statusHistoryFor(nord, [target.id])).get(target.id)).toHaveLength(1);
    // The public finder pinned to a district portal stays in that district.
    expect((await groups().listPublic(vest, { first: 100 })).nodes.every((group) => group.districtId === 'vest')).toBe(
      true,
    );
    expect(await groups().findPublicBySlug(vest, 'nord-running')).toBeNull();
    expect((await groups().allPublic(nord)).every((group) => group.districtId === 'nord')).toBe(true);
  });

  describe.each(
    GROUP_ORDER_FIELDS.flatMap((field) => (['ASC', 'DESC'] as const).map((direction) => ({ field, direction }))),
  )('keyset pagination by $field $direction', (order: GroupListOrder) => {
    it('visits every group once, in the order of one big page, with no per-page drift', async () => {
      const all = await groups().list(vest, { first: 100, order });
      const seen: GroupRecord[] = [];
      let after: string | null = null;
      for (let pages = 1; ; pages += 1) {
        const page = await groups().list(vest, { first: 5, order, after });
        expect(page.totalCount).toBe(12);
        expect(page.cursors).toHaveLength(page.nodes.length);
        seen.push(...page.nodes);
        if (!page.hasNextPage) {
          expect(pages).toBe(3);
          break;
        }
        after = page.endCursor;
      }
      expect(seen.map((group) => group.id)).toEqual(all.nodes.map((group) => group.id));
      expect(new Set(seen.map((group) => group.id)).size).toBe(12);
      expectOrdered(seen, order);
    });
  });

  it('refuses cursors of another ordering, tampered cursors and page sizes over 100', async () => {
    const byName = await groups().list(vest, { first: 2 });
    const order: GroupListOrder = { field: 'STATUS', direction: 'ASC' };
    await expect(groups().list(vest, { first: 2, order, after: byName.endCursor })).rejects.toThrow(InvalidCursorError);
    await expect(groups().list(vest, { first: 2, after: 'bm9wZQ' })).rejects.toThrow(InvalidCursorError);
    const forged = Buffer.from(JSON.stringify(['STATUS', 'ASC', 'SECRET', byName.nodes[0]!.id])).toString('base64url');
    await expect(groups().list(vest, { first: 2, order, after: forged })).rejects.toThrow(InvalidCursorError);
    await expect(groups().list(vest, { first: 101 })).rejects.toThrow(RangeError);
    expect(await groups().list(vest, { first: 0 })).toMatchObject({ nodes: [], totalCount: 12, hasNextPage: false });
  });

  it('filters by status, any theme, municipality, openness, due date and name', async () => {
    const names = async (filter: Parameters<Database['repositories']['groups']['list']>[1]['filter']) =>
      (await groups().list(vest, { first: 100, filter })).nodes.map((group) => group.name).sort();
    const expected = (keep: (index: number) => boolean) => VEST_NAMES.filter((_, index) => keep(index)).sort();

    expect(await names({ statuses: ['IDEA', 'PAUSED'] })).toEqual(
      expected((i) => ['IDEA', 'PAUSED'].includes(VEST_STATUS[i]!)),
    );
    expect(await names({ themeIds: ['mixed', 'relatives'] })).toEqual(expected((i) => i % 3 !== 0));
    expect(await names({ municipalityNumber: '4621' })).toEqual(expected((i) => i % 2 === 1));
    expect(await names({ openForNewMembers: false })).toEqual(expected((i) => i % 4 === 3));
    // On or before; groups without a due date never match.
    expect(await names({ followUpDueBefore: '2026-05-01' })).toEqual(
      expected((i) => VEST_DUE[i] !== null && VEST_DUE[i]! <= '2026-05-01'),
    );
    expect(await names({ search: '  SORG i ' })).toEqual(['Sorg i Bergen', 'sorg i bergen'].sort());
    expect(await names({ search: 'angst', statuses: ['RUNNING'] })).toEqual(['Angstgruppe', 'angstgruppe']);
    expect(await names({ statuses: [] })).toEqual([]);
    expect(await names({ search: '%' })).toEqual([]);
    expect(await names({ search: '_' })).toEqual([]);
    expect(await names({ search: '-' })).toEqual(['Åse-gruppa']);
    // Folded as ILIKE folds: æ, ø and å too, in either case.
    expect(await names({ search: 'ÅSE-G' })).toEqual(['Åse-gruppa']);
  });

  it('counts per status for the filter without its status filter, zeros included', async () => {
    const counts = await groups().statusCounts(vest, { municipalityNumber: '4601', statuses: ['IDEA'] } as never);
    const expected = GROUP_STATUSES.map((status) => ({
      status,
      count: VEST_STATUS.filter((value, index) => value === status && index % 2 === 0).length,
    }));
    expect(counts).toEqual(expected);
    expect(await groups().statusCounts(nord, { search: 'ingen slik gruppe' })).toEqual(
      GROUP_STATUSES.map((status) => ({ status, count: 0 })),
    );
  });

  it('lists the follow-up worklist: due on or before, not closed, soonest first', async () => {
    const due = await groups().followUpsDue(vest, { before: '2026-06-01' });
    const expectedIndexes = VEST_DUE.flatMap((date, index) =>
      date !== null && date <= '2026-06-01' && VEST_STATUS[index] !== 'CLOSED' ? [index] : [],
    );
    expect(due.map((group) => group.name).sort()).toEqual(expectedIndexes.map((index) => VEST_NAMES[index]).sort());
    expect(due.map((group) => group.nextFollowUpDue)).toEqual(due.map((group) => group.nextFollowUpDue).sort());
    expect(await groups().followUpsDue(NATIONAL_SCOPE, { before: '2026-06-01', districtId: 'nord' })).toEqual([]);
  });

  it('shows only starting or running groups open for new members in the public finder, even by slug', async () => {
    const publicPage = await groups().listPublic(nord, { first: 100 });
    expect(publicPage.nodes.map((group) => group.slug).sort()).toEqual([
      'nord-irregular',
      'nord-running',
      'nord-starting-online',
    ]);
    expect(publicPage.totalCount).toBe(3);
    for (const slug of ['nord-idea', 'nord-paused', 'nord-closed', 'nord-full']) {
      expect(await groups().findPublicBySlug(NATIONAL_SCOPE, slug)).toBeNull();
    }
    expect(await groups().findPublicBySlug(NATIONAL_SCOPE, 'nord-running')).toMatchObject({
      slug: 'nord-running',
      status: 'RUNNING',
    });
    const national = await groups().allPublic(NATIONAL_SCOPE);
    expect(national.every((group) => ['STARTING', 'RUNNING'].includes(group.status) && group.openForNewMembers)).toBe(
      true,
    );
    expect(national.length).toBe(
      3 +
        120 +
        VEST_STATUS.filter((status, index) => ['STARTING', 'RUNNING'].includes(status) && index % 4 !== 3).length,
    );
  });

  it('filters the public finder by county, municipality, theme, format, weekday and name', async () => {
    const slugs = async (filter: Parameters<Database['repositories']['groups']['listPublic']>[1]['filter']) =>
      (await groups().listPublic(NATIONAL_SCOPE, { first: 100, filter: { districtId: 'nord', ...filter } })).nodes
        .map((group) => group.slug)
        .sort();
    const nordland = municipalitiesInCounty('18').map((municipality) => municipality.number);
    expect(await slugs({ countyMunicipalityNumbers: nordland })).toEqual(['nord-irregular']);
    expect(await slugs({ countyMunicipalityNumbers: [] })).toEqual([]);
    expect(await slugs({ municipalityNumber: '5501' })).toEqual(['nord-running', 'nord-starting-online']);
    expect(await slugs({ formats: ['ONLINE', 'HYBRID'] })).toEqual(['nord-starting-online']);
    expect(await slugs({ themeIds: ['relatives', 'grief'] })).toHaveLength(3);
    const byDay = (weekdays: Weekday[]) => slugs({ weekdays });
    expect(await byDay(['TUESDAY'])).toEqual(['nord-running']);
    // IRREGULAR groups match by the weekdays of their dates.
    expect(await byDay(['MONDAY'])).toEqual(['nord-irregular']);
    expect(await byDay(['THURSDAY'])).toEqual(['nord-irregular', 'nord-starting-online']);
    expect(await byDay(['SUNDAY'])).toEqual([]);
    expect(await slugs({ search: 'TROMSØ' })).toEqual(['nord-running']);
  });

  it('loads a page with its venues in the same query, whatever its size', async () => {
    const ost = districtScope('ost');
    const small = await countQueries(db, () => groups().list(ost, { first: 20 }));
    const large = await countQueries(db, () => groups().list(ost, { first: 100 }));
    expect(large.result.nodes).toHaveLength(100);
    expect(large.result.nodes.every((group) => group.venue !== null)).toBe(true);
    expect(small.count).toBe(1); // the page (venues joined) and its count, one statement
    expect(large.count).toBe(small.count);
    const publicLarge = await countQueries(db, () => groups().listPublic(ost, { first: 100 }));
    expect(publicLarge.count).toBe(1);
    const ids = large.result.nodes.map((group) => group.id);
    const loads: (() => Promise<unknown>)[] = [
      () => groups().findByIds(ost, ids),
      () => groups().statusHistoryFor(ost, ids),
      () => groups().followUpsFor(ost, ids),
      () => groups().changesFor(ost, ids),
      () => groups().statusCounts(ost),
    ];
    for (const load of loads) {
      expect((await countQueries(db, load)).count).toBe(1);
    }
  });
});

/** The ordering the database must have produced (names: only that equal names are adjacent). */
function expectOrdered(groups: GroupRecord[], { field, direction }: GroupListOrder): void {
  const sign = direction === 'ASC' ? 1 : -1;
  const keys = groups.map((group) => {
    switch (field) {
      case 'NAME':
        return group.name;
      case 'UPDATED_AT':
        return group.updatedAt.getTime();
      case 'STATUS':
        return GROUP_STATUSES.indexOf(group.status);
      case 'NEXT_FOLLOW_UP_DUE':
        return group.nextFollowUpDue;
    }
  });
  if (field === 'NAME') {
    const runs = keys.filter((key, index) => index === 0 || key !== keys[index - 1]);
    expect(new Set(runs).size).toBe(runs.length);
    return;
  }
  if (field === 'NEXT_FOLLOW_UP_DUE') {
    // Nulls last, in both directions.
    const firstNull = keys.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(keys.slice(firstNull).every((key) => key === null)).toBe(true);
    keys.splice(firstNull);
  }
  for (let index = 1; index < keys.length; index += 1) {
    const [previous, current] = [keys[index - 1]!, keys[index]!];
    expect(sign * (previous < current ? -1 : previous > current ? 1 : 0)).toBeLessThanOrEqual(0);
  }
}
