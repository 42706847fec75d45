import { caseReferralRefusal, districtScope } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import {
  openTestCase,
  createCaseTestReferralResource,
  refusalOf,
  RefusedInTest,
  testBackends,
} from '../../testing/index.js';

const vest = districtScope('vest');
const nord = districtScope('nord');
// Now, not a fixed instant: the fixtures open cases now, and history is in the order written.
const now = new Date();

describe.each(testBackends())('FollowUpCaseRepository: referrals on $name', ({ open }) => {
  let db: Database;
  const cases = () => db.repositories.followUpCases;

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('refers to a resource of the case’s district only', async () => {
    const opened = await openTestCase(db);
    const [dps, archived, elsewhere] = await Promise.all([
      createCaseTestReferralResource(db),
      createCaseTestReferralResource(db, { name: 'Gammel linje', archived: true }),
      createCaseTestReferralResource(db, { districtId: 'nord', name: 'DPS Tromsø' }),
    ]);
    const refer = (resourceId: string) =>
      db.transaction(async (repos) => {
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
