import { districtScope, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { createTestActivity, createTestCourse, createTestGroup, testBackends } from '../../testing/index.js';

const days = { today: '2026-12-04', followUpsBy: '2026-12-18', upcomingUntil: '2027-01-03' } as const;

describe.each(testBackends())('AgendaRepository on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
    const group = (name: string, status: 'RUNNING' | 'STARTING', due: string | null, start = '2026-09-01') =>
      createTestGroup(db, { status, nextFollowUpDue: due, data: { name, schedule: { startDate: start } } });
    await group('B forfalt', 'RUNNING', '2026-12-01');
    await group('A snart', 'RUNNING', '2026-12-18');
    await group('C senere', 'RUNNING', '2026-12-19');
    await group('D oppstart', 'STARTING', null, '2026-11-01');
    await createTestCourse(db, { sessionDates: ['2026-12-03', '2026-12-04', '2027-01-03', '2027-01-04'] });
    await createTestActivity(db, { status: 'PLANNED', date: '2026-12-04', startTime: null, endTime: null });
    await createTestActivity(db, { status: 'COMPLETED', date: '2026-12-05' });
  });
  afterAll(() => db.close());

  it('counts each list with the conditions it takes its first rows by, on the edges of the days', async () => {
    const lists = await db.repositories.agenda.registryLists(districtScope('vest'), 'vest', days, 1);
    expect(lists.groupFollowUps).toMatchObject({ totalCount: 2, overdueCount: 1 });
    expect(lists.groupFollowUps.ids).toHaveLength(1);
    expect(lists.startingGroups).toMatchObject({ totalCount: 1, overdueCount: 1 });
    expect(lists.courseSessions.totalCount).toBe(2);
    expect(lists.activities.totalCount).toBe(1);
    const none = await db.repositories.agenda.registryLists(districtScope('nord'), 'vest', days, 5);
    expect(none).toEqual({
      groupFollowUps: { totalCount: 0, overdueCount: 0, ids: [] },
      startingGroups: { totalCount: 0, overdueCount: 0, ids: [] },
      courseSessions: { totalCount: 0, sessions: [] },
      activities: { totalCount: 0, ids: [] },
    });
    await expect(db.repositories.agenda.registryLists(NATIONAL_SCOPE, 'vest', days, 21)).rejects.toThrow(RangeError);
  });
});
