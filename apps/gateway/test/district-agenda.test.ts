import type { Database } from '@selvhjelp/db';
import {
  clearDistrictWork,
  completeTestCourse,
  createTestActivity,
  createTestCase,
  createTestCourse,
  createTestFacilitator,
  createTestGroup,
  createTestPeer,
  openTestCase,
  testBackends,
} from '@selvhjelp/db/testing';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { countRequestStatements } from './harness.js';
import { useTestGateway } from './suite.js';

const AGENDA = graphql(`
  query TestDistrictAgenda($districtId: ID, $first: Int) {
    districtAgenda(districtId: $districtId, first: $first) {
      district {
        id
      }
      today
      upcomingUntil
      groupFollowUps {
        totalCount
        overdueCount
        items {
          id
          name
          nextFollowUpDue
        }
      }
      startingGroups {
        totalCount
        overdueCount
        items {
          id
          name
          schedule {
            startDate
          }
        }
      }
      caseFollowUps {
        totalCount
        overdueCount
        items {
          dueOn
          overdue
          followUpCase {
            id
            reference
          }
        }
      }
      peerCheckIns {
        totalCount
        overdueCount
        items {
          dueOn
          overdue
          peer {
            id
            name
          }
        }
      }
      lapsingFacilitators {
        totalCount
        items {
          id
          name
          qualification {
            lapsesOn
          }
        }
      }
      courseSessions {
        totalCount
        items {
          course {
            id
            title
          }
          session {
            id
            date
          }
        }
      }
      activities {
        totalCount
        items {
          id
          title
          date
        }
      }
    }
  }
`);

const names = (items: readonly { name: string | null }[]) => items.map((item) => item.name);

describe.each(testBackends())('the district agenda on $name', (backend) => {
  const suite = useTestGateway(backend, {
    // Today is 2026-12-04 in Oslo: follow-ups up to 12-18, upcoming up to 2027-01-03, lapsing by 2027-02-02.
    at: '2026-12-04T10:00:00Z',
    // The demo data's dates follow the real day; these lists are counted exactly on the fixed one.
    prepare: clearDistrictWork,
    users: {
      vest: { districtId: 'vest' },
      nord: { districtId: 'nord' },
      national: { role: 'NATIONAL', districtId: null },
      admin: { role: 'ADMIN', districtId: null },
    },
  });
  let db: Database;
  let gateway: TestGateway;
  let tokens: typeof suite.tokens;
  const cases: Record<string, string> = {};

  const group = (name: string, status: 'RUNNING' | 'STARTING' | 'CLOSED', options: Record<string, unknown>) =>
    createTestGroup(db, {
      status,
      nextFollowUpDue: (options.due as string | undefined) ?? null,
      data: {
        name,
        districtId: (options.districtId as 'vest' | 'nord' | undefined) ?? 'vest',
        schedule: { startDate: (options.start as string | undefined) ?? '2026-09-01' },
      },
    });

  beforeAll(async () => {
    ({ db, gateway, tokens } = suite);
    await group('Forfalt oppfølging', 'RUNNING', { due: '2026-12-01' });
    await group('Snart oppfølging', 'RUNNING', { due: '2026-12-10' });
    await group('Senere oppfølging', 'RUNNING', { due: '2027-01-30' });
    await group('Avsluttet gruppe', 'CLOSED', { due: '2026-11-01' });
    await group('Nordgruppe', 'RUNNING', { due: '2026-12-01', districtId: 'nord' });
    await group('Oppstart passert', 'STARTING', { start: '2026-11-20' });
    await group('Oppstart januar', 'STARTING', { start: '2027-01-10' });

    cases.overdue = (await openTestCase(db, { nextFollowUpOn: '2026-12-02' })).id;
    cases.soon = (await openTestCase(db, { nextFollowUpOn: '2026-12-08' })).id;
    cases.later = (await openTestCase(db, { nextFollowUpOn: '2026-12-30' })).id;
    cases.nord = (await openTestCase(db, { districtId: 'nord', nextFollowUpOn: '2026-12-02' })).id;

    const peer = await createTestPeer(db, { name: 'Per Oppfølging' });
    await createTestCase(db, { peerId: peer.id, peerMatchedOn: '2026-10-01' });

    const [lapsingFirst, lapsingSecond, lapsingLater] = await Promise.all(
      ['Anne Utløper', 'Bjørn Utløper', 'Cecilie Senere'].map((name) => createTestFacilitator(db, { name })),
    );
    await completeTestCourse(db, [lapsingFirst!], '2023-12-20');
    await completeTestCourse(db, [lapsingSecond!], '2023-12-30');
    await completeTestCourse(db, [lapsingLater!], '2024-03-01');

    await createTestCourse(db, { title: 'Igangsettertrening desember', sessionDates: ['2026-12-10', '2026-12-17'] });
    await createTestCourse(db, { title: 'Igangsettertrening februar', sessionDates: ['2027-02-01'] });
    await createTestCourse(db, { districtId: 'nord', title: 'Nordkurs', sessionDates: ['2026-12-11'] });
    await createTestActivity(db, { title: 'Stand på biblioteket', status: 'PLANNED', date: '2026-12-15' });
    await createTestActivity(db, { title: 'Fagdag i februar', status: 'PLANNED', date: '2027-02-01' });
    await createTestActivity(db, { title: 'Holdt foredrag', status: 'COMPLETED', date: '2026-12-03' });
  });

  it("lists what needs doing first in the viewer's district, overdue first, with the whole lists' counts", async () => {
    const result = await gateway.run(AGENDA, {}, tokens.vest);
    expect(result.errors).toBeUndefined();
    const agenda = result.data!.districtAgenda;
    expect(agenda).toMatchObject({ district: { id: 'vest' }, today: '2026-12-04', upcomingUntil: '2027-01-03' });
    expect(agenda.groupFollowUps).toMatchObject({ totalCount: 2, overdueCount: 1 });
    expect(names(agenda.groupFollowUps.items)).toEqual(['Forfalt oppfølging', 'Snart oppfølging']);
    expect(agenda.startingGroups).toMatchObject({ totalCount: 2, overdueCount: 1 });
    expect(names(agenda.startingGroups.items)).toEqual(['Oppstart passert', 'Oppstart januar']);
    expect(agenda.caseFollowUps).toMatchObject({ totalCount: 2, overdueCount: 1 });
    expect(agenda.caseFollowUps.items.map((item) => [item.followUpCase.id, item.dueOn, item.overdue])).toEqual([
      [cases.overdue, '2026-12-02', true],
      [cases.soon, '2026-12-08', false],
    ]);
    expect(agenda.peerCheckIns.totalCount).toBe(1);
    expect(agenda.peerCheckIns.items[0]).toMatchObject({ peer: { name: 'Per Oppfølging' }, overdue: true });
    expect(agenda.lapsingFacilitators.totalCount).toBe(2);
    expect(names(agenda.lapsingFacilitators.items)).toEqual(['Anne Utløper', 'Bjørn Utløper']);
    expect(agenda.lapsingFacilitators.items[0]!.qualification.lapsesOn).toBe('2026-12-20');
    expect(agenda.courseSessions.totalCount).toBe(2);
    expect(agenda.courseSessions.items.map((item) => [item.course.title, item.session.date])).toEqual([
      ['Igangsettertrening desember', '2026-12-10'],
      ['Igangsettertrening desember', '2026-12-17'],
    ]);
    expect(agenda.activities).toMatchObject({ totalCount: 1, items: [{ title: 'Stand på biblioteket' }] });
  });

  it('hands out the first entries only, and logs a read of the cases shown and of no other', async () => {
    const log = async (id: string) =>
      (await db.repositories.accessLog.listForRecord(NATIONAL_SCOPE, 'FOLLOW_UP_CASE', id, { first: 100 })).nodes.map(
        (entry) => `${entry.action} ${entry.outcome} ${entry.purpose}`,
      );
    const before = { overdue: await log(cases.overdue!), soon: await log(cases.soon!) };
    const result = await gateway.run(AGENDA, { first: 1 }, tokens.vest);
    expect(result.errors).toBeUndefined();
    const agenda = result.data!.districtAgenda;
    expect(agenda.caseFollowUps.totalCount).toBe(2);
    expect(agenda.caseFollowUps.items.map((item) => item.followUpCase.id)).toEqual([cases.overdue]);
    expect(agenda.groupFollowUps).toMatchObject({ totalCount: 2, items: [{ name: 'Forfalt oppfølging' }] });
    expect(agenda.courseSessions.items).toHaveLength(1);
    expect(await log(cases.overdue!)).toEqual([...before.overdue, 'LIST ALLOWED CASE_WORK']);
    expect(await log(cases.soon!)).toEqual(before.soon);
  });

  it('answers NOT_FOUND for another district, FORBIDDEN for national roles, and refuses a bad size', async () => {
    const nordAsksVest = await gateway.run(AGENDA, { districtId: 'vest' }, tokens.nord);
    expect(nordAsksVest.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'DISTRICT_NOT_FOUND' });
    for (const token of [tokens.national, tokens.admin]) {
      const national = await gateway.run(AGENDA, { districtId: 'vest' }, token);
      expect(national.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'DISTRICT_HOME_DISTRICT_STAFF_ONLY',
      });
    }
    const tooMany = await gateway.run(AGENDA, { first: 21 }, tokens.vest);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'AGENDA_FIRST_RANGE',
      field: 'first',
    });
    const nord = await gateway.run(AGENDA, {}, tokens.nord);
    expect(nord.data?.districtAgenda.groupFollowUps.items.map((item) => item.name)).toEqual(['Nordgruppe']);
    expect(nord.data?.districtAgenda.caseFollowUps.items.map((item) => item.followUpCase.id)).toEqual([cases.nord]);
  });

  it('costs the same number of statements however long the lists are', async () => {
    const run = () => countRequestStatements(db, () => gateway.run(AGENDA, { first: 20 }, tokens.vest));
    const small = await run();
    expect(small.result.errors).toBeUndefined();
    for (let index = 0; index < 12; index++) {
      await group(`Ekstra oppfølging ${index}`, 'RUNNING', { due: '2026-12-05' });
      await group(`Ekstra oppstart ${index}`, 'STARTING', { start: '2027-01-01' });
      await openTestCase(db, { nextFollowUpOn: '2026-12-03' });
      await createTestActivity(db, { title: `Ekstra aktivitet ${index}`, status: 'PLANNED', date: '2026-12-20' });
      await createTestCourse(db, { title: `Ekstra kurs ${index}`, sessionDates: ['2026-12-21'] });
    }
    const large = await run();
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data!.districtAgenda.groupFollowUps.items).toHaveLength(14);
    expect(large.result.data!.districtAgenda.caseFollowUps.items).toHaveLength(14);
    expect(large.result.data!.districtAgenda.courseSessions.items).toHaveLength(14);
    expect(large.count).toBe(small.count);
  });
});
