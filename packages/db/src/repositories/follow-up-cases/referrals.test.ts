import { caseReferralRefusal } from '@selvhjelp/domain';
import { describe, expect, it } from 'vitest';
import {
  openTestCase,
  createCaseTestReferralResource,
  refusalOf,
  RefusedInTest,
  testBackends,
} from '../../testing/index.js';
import { nord, useCaseDatabase, vest } from './case-test-support.js';

// Now, not a fixed instant: the fixtures open cases now, and history is in the order written.
const now = new Date();

describe.each(testBackends())('FollowUpCaseRepository: referrals on $name', ({ open }) => {
  const s = useCaseDatabase(open);
  const cases = () => s.db.repositories.followUpCases;

  it('refers to a resource of the case’s district only', async () => {
    const opened = await openTestCase(s.db);
    const [dps, archived, elsewhere] = await Promise.all([
      createCaseTestReferralResource(s.db),
      createCaseTestReferralResource(s.db, { name: 'Gammel linje', archived: true }),
      createCaseTestReferralResource(s.db, { districtId: 'nord', name: 'DPS Tromsø' }),
    ]);
    const refer = (resourceId: string) =>
      s.db.transaction(async (repos) => {
        const facts = await repos.followUpCases.referralFacts(vest, opened.id, resourceId);
        if (!facts) return null;
        const refusal = caseReferralRefusal(facts);
        if (refusal) throw new RefusedInTest(refusal);
        return repos.followUpCases.addReferral(vest, opened.id, {
          referralResourceId: resourceId,
          date: '2026-12-02',
          note: 'Fastlegen henviser.',
          staffUserId: opened.responsibleStaffUserId,
          now,
        });
      });
    expect(await refusalOf(refer(elsewhere.id))).toBe('CASE_REFERRAL_RESOURCE_NOT_FOUND');
    expect(await refusalOf(refer('nope'))).toBe('CASE_REFERRAL_RESOURCE_NOT_FOUND');
    expect(await refusalOf(refer(archived.id))).toBe('CASE_REFERRAL_RESOURCE_ARCHIVED');
    const made = await refer(dps.id);
    expect(made).toMatchObject({
      caseId: opened.id,
      districtId: 'vest',
      referralResourceId: dps.id,
      referralResourceName: 'DPS Bjørgvin',
      referralResourceType: 'DPS',
      date: '2026-12-02',
    });
    expect(
      await cases().addReferral(vest, opened.id, {
        referralResourceId: elsewhere.id,
        date: '2026-12-02',
        note: null,
        staffUserId: null,
        now,
      }),
    ).toBeNull();
    expect(await cases().referralFacts(nord, opened.id, dps.id)).toBeNull();
    expect((await cases().referralsOfCases(vest, [opened.id])).get(opened.id)).toEqual([made]);
    expect((await cases().referralsOfCases(nord, [opened.id])).get(opened.id)).toEqual([]);
  });
});
