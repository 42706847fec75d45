import type { IsoDate } from '@selvhjelp/domain';
import { districtScope } from '@selvhjelp/domain';
import { describe, expect, it } from 'vitest';
import { countQueries } from '../../database.js';
import type { FollowUpCaseRecord } from './types.js';
import { InvalidCursorError } from '../../errors.js';
import { openTestCase, createTestStaffUser, testBackends } from '../../testing/index.js';
import { useCaseDatabase } from './case-test-support.js';

describe.each(testBackends())('FollowUpCaseRepository: the list and the due list on $name', ({ open }) => {
  const s = useCaseDatabase(open);
  const cases = () => s.db.repositories.followUpCases;

  it('lists the district’s cases newest opened first, filtered, with opaque cursors', async () => {
    const lead = await createTestStaffUser(s.db, { districtId: 'midt', role: 'DISTRICT_LEAD' });
    const staff = await createTestStaffUser(s.db, { districtId: 'midt' });
    const midt = districtScope('midt');
    const made: FollowUpCaseRecord[] = [];
    for (const [day, who, status, next] of [
      ['2026-11-01', staff.id, 'OPEN', '2026-12-01'],
      ['2026-11-02', lead.id, 'PAUSED', '2026-12-20'],
      ['2026-11-03', staff.id, 'CLOSED', null],
      ['2026-11-03', staff.id, 'OPEN', '2026-12-10'],
      ['2026-11-05', lead.id, 'OPEN', null],
    ] as const) {
      made.push(
        await openTestCase(s.db, {
          districtId: 'midt',
          openedOn: day,
          responsibleStaffUserId: who,
          status: status,
          nextFollowUpOn: next as IsoDate | null,
        }),
      );
    }
    await openTestCase(s.db, { districtId: 'nord' });
    const ids = async (options: Parameters<ReturnType<typeof cases>['list']>[1]) =>
      (await cases().list(midt, options)).nodes.map((node) => made.indexOf(made.find((m) => m.id === node.id)!));
    const sameDay = [made[2]!, made[3]!].sort((a, b) => (a.id < b.id ? 1 : -1)).map((m) => made.indexOf(m));
    expect(await ids({ first: 10 })).toEqual([4, ...sameDay, 1, 0]);
    const page = await cases().list(midt, { first: 2 });
    expect(page).toMatchObject({ totalCount: 5, hasNextPage: true });
    const next = await cases().list(midt, { first: 2, after: page.endCursor });
    expect(next.nodes.map((n) => n.id)).toEqual([made[sameDay[1]!]!.id, made[1]!.id]);
    expect(await ids({ first: 10, filter: { statuses: ['OPEN'] } })).toEqual([4, 3, 0]);
    expect(await ids({ first: 10, filter: { statuses: [] } })).toEqual([]);
    expect(await ids({ first: 10, filter: { responsibleStaffUserIds: [lead.id] } })).toEqual([4, 1]);
    expect(await ids({ first: 10, filter: { dueBy: '2026-12-10' } })).toEqual([3, 0]);
    await expect(cases().list(midt, { first: 101 })).rejects.toBeInstanceOf(RangeError);
    await expect(cases().list(midt, { first: 2, after: 'garbage' })).rejects.toBeInstanceOf(InvalidCursorError);
    expect((await cases().list(midt, { first: 100 })).nodes.every((n) => n.districtId === 'midt')).toBe(true);
    // Page and total in two statements, whatever the number of cases.
    expect((await countQueries(s.db, () => cases().list(midt, { first: 20 }))).count).toBe(2);
    // The due list: open cases due by the cutoff, soonest first.
    expect(
      (await cases().dueBy(midt, '2026-12-20')).map((c) => made.indexOf(made.find((m) => m.id === c.id)!)),
    ).toEqual([0, 3]);
    expect((await cases().dueBy(midt, '2026-12-20', { responsibleStaffUserId: lead.id })).length).toBe(0);
  });
});
