import type { DistrictId, GroupStatus, IsoDate, ThemeId } from '@selvhjelp/domain';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import type { Database } from '../database.js';
import { databaseInternals } from '../database.js';
import { dateFromIso } from '../sql/dates.js';
import type { OverviewPeriod } from '../repositories/overview/types.js';
import { completeTestCourse, createTestFacilitator } from './facilitator-fixtures.js';
import { createTestGroup } from './group-fixtures.js';
import { createTestInquiry, testConsent } from './inquiry-fixtures.js';
import { openTestCase } from './follow-up-case-fixtures.js';
import { createTestActivity, createTestPartner } from './partner-fixtures.js';

/*
 * A small, known dataset for the overview (issue 13): every figure group gets records inside
 * and just outside the year 2026, in two districts, so the checker (overview-checker.ts) and the
 * tests' hand-counted expectations have something to disagree about.
 */

export const OVERVIEW_YEAR: OverviewPeriod = { from: '2026-01-01', to: '2026-12-31' };

/** A group whose status history is exactly `history` (effective days). */
export async function createGroupWithHistory(
  db: Database,
  districtId: DistrictId,
  history: readonly [GroupStatus, IsoDate][],
  themeIds: ThemeId[] = ['grief'],
  municipalityNumber?: string,
): Promise<string> {
  const last = history[history.length - 1]!;
  const group = await createTestGroup(db, {
    status: last[0],
    data: { districtId, themeIds, ...(municipalityNumber ? { municipalityNumber } : {}) },
  });
  const { prisma } = databaseInternals(db);
  await prisma.groupStatusChange.deleteMany({ where: { groupId: group.id } });
  let from: GroupStatus | null = null;
  for (const [status, day] of history) {
    await prisma.groupStatusChange.create({
      data: {
        groupId: group.id,
        fromStatus: from,
        toStatus: status,
        effectiveDate: dateFromIso(day),
        reason: 'Test',
        changedAt: new Date(`${day}T12:00:00Z`),
      },
    });
    from = status;
  }
  return group.id;
}

/** The dataset; returns nothing the tests need beyond what they count (see the expectations in the tests). */
export async function seedOverviewDataset(db: Database): Promise<void> {
  // Groups (vest unless said): started in 2026, closed in 2026, not yet existing at the end, and one in nord.
  await createGroupWithHistory(db, 'vest', [
    ['IDEA', '2025-03-01'],
    ['STARTING', '2026-02-10'],
    ['RUNNING', '2026-04-01'],
  ]);
  await createGroupWithHistory(
    db,
    'vest',
    [
      ['RUNNING', '2025-01-01'],
      ['CLOSED', '2026-06-30'],
    ],
    ['anxiety'],
  );
  await createGroupWithHistory(db, 'vest', [['STARTING', '2027-01-05']], ['grief']);
  await createGroupWithHistory(db, 'vest', [['RUNNING', '2024-05-01']], ['grief', 'relatives'], '4602');
  await createGroupWithHistory(db, 'nord', [
    ['IDEA', '2026-01-15'],
    ['PAUSED', '2026-12-31'],
  ]);

  // Facilitators: lapsed in 2026, newly qualified, renewed before lapsing, requalified after a 2025 lapse.
  const lapsed = await createTestFacilitator(db, { districtId: 'vest' });
  const newcomer = await createTestFacilitator(db, { districtId: 'vest' });
  const renewed = await createTestFacilitator(db, { districtId: 'vest' });
  const back = await createTestFacilitator(db, { districtId: 'vest' });
  await completeTestCourse(db, [lapsed], '2023-05-10');
  await completeTestCourse(db, [newcomer], '2026-03-01');
  await completeTestCourse(db, [renewed], '2023-02-01');
  await completeTestCourse(db, [renewed], '2025-12-01', 'REFRESHER');
  await completeTestCourse(db, [back], '2022-10-31');
  await completeTestCourse(db, [back], '2026-02-15', 'REFRESHER');
  // Nord: a one-month interval, so the month-end clamp decides the lapse day (31 Jan → 1 Mar).
  await db.repositories.districtSettings.setRefresherInterval(NATIONAL_SCOPE, 'nord', 1);
  const monthEnd = await createTestFacilitator(db, { districtId: 'nord' });
  await completeTestCourse(db, [monthEnd], '2026-01-31');

  // Partners and outreach.
  await createTestPartner(db, { districtId: 'vest', type: 'LIBRARY', status: 'ACTIVE' });
  await createTestPartner(db, { districtId: 'vest', type: 'LIBRARY', status: 'DORMANT' });
  await createTestPartner(db, { districtId: 'nord', type: 'NAV_OFFICE', status: 'ACTIVE' });
  await createTestActivity(db, { districtId: 'vest', type: 'TALK', date: '2026-03-01', participantCount: 30 });
  await createTestActivity(db, { districtId: 'vest', type: 'TALK', date: '2026-05-01', participantCount: 12 });
  await createTestActivity(db, { districtId: 'vest', type: 'STAND', date: '2025-12-31', participantCount: 100 });
  await createTestActivity(db, {
    districtId: 'nord',
    type: 'TALK',
    status: 'PLANNED',
    date: '2026-12-01',
    participantCount: null,
  });

  // Inquiries: three from child welfare in vest (acceptance 2), others spread over channels and months.
  for (const receivedOn of ['2026-02-03', '2026-05-11', '2026-09-20'])
    await createTestInquiry(db, {
      districtId: 'vest',
      receivedOn,
      inquirerType: 'PUBLIC_SERVICE',
      publicServiceType: 'CHILD_WELFARE',
      channel: 'EMAIL',
      minutesSpent: 20,
    });
  for (let i = 0; i < 12; i += 1)
    await createTestInquiry(db, {
      districtId: i % 3 === 0 ? 'nord' : 'vest',
      receivedOn: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
      channel: i % 2 === 0 ? 'PHONE' : 'WEB_FORM',
      inquirerType: i % 4 === 0 ? 'PERSON' : 'RELATIVE',
      actions: i % 5 === 0 ? ['INFORMATION_GIVEN', 'REFERRED_TO_GROUP'] : ['INFORMATION_GIVEN'],
      minutesSpent: 10 + i,
    });
  await createTestInquiry(db, { districtId: 'vest', receivedOn: '2025-12-31' });
  await createTestInquiry(
    db,
    { districtId: 'vest', receivedOn: '2026-06-01', consents: [testConsent('INTEREST_LIST', '2026-06-01')] },
    [{ themeId: 'anxiety', municipalityNumber: '4601', groupId: null }],
  );

  // Follow-up cases: open at the end, closed in the period.
  await openTestCase(db, { districtId: 'vest', openedOn: '2026-03-01' });
  await openTestCase(db, { districtId: 'vest', openedOn: '2026-04-01', status: 'CLOSED' });
}
