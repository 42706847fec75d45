import { isCaseReference, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { describe, expect, it } from 'vitest';
import { databaseInternals } from '../../database.js';
import { UniqueViolationError } from '../../errors.js';
import {
  openTestCase,
  createCaseTestInquiry,
  createTestStaffUser,
  refusalOf,
  testBackends,
} from '../../testing/index.js';
import { nord, useCaseDatabase, vest } from './case-test-support.js';

// Now, not a fixed instant: the fixtures open cases now, and history is in the order written.
const now = new Date();

describe.each(testBackends())('FollowUpCaseRepository: opening a case on $name', ({ open }) => {
  const s = useCaseDatabase(open);
  const cases = () => s.db.repositories.followUpCases;

  it('opens a case from an inquiry with a random reference and its first status change', async () => {
    const staff = await createTestStaffUser(s.db);
    const inquiry = await createCaseTestInquiry(s.db);
    const opened = await openTestCase(s.db, {
      inquiryId: inquiry.id,
      responsibleStaffUserId: staff.id,
      openedOn: '2026-12-02',
      nextFollowUpOn: '2026-12-16',
    });
    expect(opened).toMatchObject({
      districtId: 'vest',
      inquiryId: inquiry.id,
      status: 'OPEN',
      outcome: null,
      responsibleStaffUserId: staff.id,
      peerId: null,
      openedOn: '2026-12-02',
      nextFollowUpOn: '2026-12-16',
      closedOn: null,
      version: 1,
      createdById: staff.id,
    });
    expect(isCaseReference(opened.reference)).toBe(true);
    expect(await cases().findById(vest, opened.id)).toEqual(opened);
    expect(await cases().findById(nord, opened.id)).toBeNull();
    expect(await cases().findByIds(vest, [opened.id, 'x', opened.id])).toEqual([opened, null, opened]);
    expect(await cases().findByInquiryIds(vest, [inquiry.id, 'x'])).toEqual([opened, null]);
    const history = (await cases().statusChangesOfCases(vest, [opened.id])).get(opened.id)!;
    expect(
      history.map(({ fromStatus, toStatus, changedOn, staffUserId, districtId }) => ({
        fromStatus,
        toStatus,
        changedOn,
        staffUserId,
        districtId,
      })),
    ).toEqual([
      { fromStatus: null, toStatus: 'OPEN', changedOn: '2026-12-02', staffUserId: staff.id, districtId: 'vest' },
    ]);
    // Other districts, the national scope for the denied-attempt entry.
    expect(await cases().districtOf(NATIONAL_SCOPE, opened.id)).toBe('vest');
    expect(await cases().districtOf(nord, opened.id)).toBeNull();
    expect(await cases().districtOf(NATIONAL_SCOPE, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await cases().districtOf(NATIONAL_SCOPE, 'nope')).toBeNull();
  });

  it('refuses a second case, an anonymised inquiry and a responsible person of another district', async () => {
    const existing = await openTestCase(s.db);
    expect(await refusalOf(openTestCase(s.db, { inquiryId: existing.inquiryId }))).toBe('CASE_INQUIRY_HAS_CASE');
    const anonymised = await createCaseTestInquiry(s.db, { anonymisedAt: now, personAlias: null, contactValue: null });
    expect(await refusalOf(openTestCase(s.db, { inquiryId: anonymised.id }))).toBe('CASE_INQUIRY_ANONYMISED');
    const nordStaff = await createTestStaffUser(s.db, { districtId: 'nord' });
    expect(await refusalOf(openTestCase(s.db, { responsibleStaffUserId: nordStaff.id }))).toBe(
      'CASE_RESPONSIBLE_NOT_IN_DISTRICT',
    );
    const inactive = await createTestStaffUser(s.db);
    await databaseInternals(s.db).prisma.staffUser.update({ where: { id: inactive.id }, data: { active: false } });
    expect(await refusalOf(openTestCase(s.db, { responsibleStaffUserId: inactive.id }))).toBe(
      'CASE_RESPONSIBLE_NOT_IN_DISTRICT',
    );
    // Out of scope: no facts, no case.
    const inquiry = await createCaseTestInquiry(s.db);
    expect(await cases().openingFacts(nord, inquiry.id, nordStaff.id)).toBeNull();
    const staff = await createTestStaffUser(s.db);
    expect(
      await cases().open(nord, {
        inquiryId: inquiry.id,
        responsibleStaffUserId: staff.id,
        nextFollowUpOn: null,
        openedOn: '2026-12-04',
        now,
        actorId: null,
      }),
    ).toBeNull();
    // Without the rule, the inquiry index refuses a second case all the same.
    await expect(
      cases().open(vest, {
        inquiryId: existing.inquiryId,
        responsibleStaffUserId: staff.id,
        nextFollowUpOn: null,
        openedOn: '2026-12-04',
        now,
        actorId: null,
      }),
    ).rejects.toBeInstanceOf(UniqueViolationError);
  });

  it('draws the reference again on a clash, in the same transaction', async () => {
    const first = await openTestCase(s.db);
    const staff = await createTestStaffUser(s.db);
    const inquiry = await createCaseTestInquiry(s.db);
    const draws = [first.reference, first.reference, 'BCDF2345'];
    const opened = await s.db.transaction((repos) =>
      repos.followUpCases.open(vest, {
        inquiryId: inquiry.id,
        responsibleStaffUserId: staff.id,
        nextFollowUpOn: null,
        openedOn: '2026-12-04',
        now,
        actorId: staff.id,
        drawReference: () => draws.shift()!,
      }),
    );
    expect(opened?.reference).toBe('BCDF2345');
    expect(draws).toEqual([]);
  });
});
