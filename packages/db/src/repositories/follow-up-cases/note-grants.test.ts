import { caseNoteGrantRefusal } from '@selvhjelp/domain';
import { describe, expect, it } from 'vitest';
import { openTestCase, createTestStaffUser, refusalOf, RefusedInTest, testBackends } from '../../testing/index.js';
import { nord, useCaseDatabase, vest } from './case-test-support.js';

// Now, not a fixed instant: the fixtures open cases now, and history is in the order written.
const now = new Date();

describe.each(testBackends())('FollowUpCaseRepository: grants of the notes on $name', ({ open }) => {
  const s = useCaseDatabase(open);
  const cases = () => s.db.repositories.followUpCases;

  it('grants a staff member the notes until a moment, revokes, and finds the running grant', async () => {
    const [a, b] = [await openTestCase(s.db), await openTestCase(s.db)];
    const lead = await createTestStaffUser(s.db, { role: 'DISTRICT_LEAD' });
    const colleague = await createTestStaffUser(s.db);
    const nordStaff = await createTestStaffUser(s.db, { districtId: 'nord' });
    const grant = (caseId: string, staffUserId: string, until: Date) =>
      s.db.transaction(async (repos) => {
        const facts = await repos.followUpCases.grantFacts(vest, caseId, staffUserId);
        if (!facts) return null;
        const refusal = caseNoteGrantRefusal(facts, until, now);
        if (refusal) throw new RefusedInTest(refusal);
        return repos.followUpCases.grantNotes(vest, caseId, {
          staffUserId,
          expiresAt: until,
          grantedById: lead.id,
          now,
        });
      });
    const inAWeek = new Date(now.getTime() + 7 * 86_400_000);
    expect(await refusalOf(grant(a.id, nordStaff.id, inAWeek))).toBe('CASE_NOTE_GRANT_STAFF_NOT_IN_DISTRICT');
    expect(await refusalOf(grant(a.id, lead.id, inAWeek))).toBe('CASE_NOTE_GRANT_STAFF_NOT_IN_DISTRICT');
    expect(await refusalOf(grant(a.id, colleague.id, now))).toBe('CASE_NOTE_GRANT_UNTIL_IN_PAST');
    expect(await grant(a.id, colleague.id, new Date(now.getTime() - 1)).catch((e: RefusedInTest) => e.code)).toBe(
      'CASE_NOTE_GRANT_UNTIL_IN_PAST',
    );
    expect(await cases().grantFacts(nord, a.id, colleague.id)).toBeNull();
    const short = await grant(a.id, colleague.id, new Date(now.getTime() + 3_600_000));
    const long = await grant(a.id, colleague.id, inAWeek);
    await grant(b.id, colleague.id, inAWeek);
    expect(long).toMatchObject({
      caseId: a.id,
      districtId: 'vest',
      staffUserId: colleague.id,
      grantedById: lead.id,
      expiresAt: inAWeek,
      revokedAt: null,
    });
    expect(await cases().noteGrantsUntil(vest, [a.id, b.id], colleague.id, now)).toEqual(
      new Map([
        [a.id, inAWeek],
        [b.id, inAWeek],
      ]),
    );
    const revoked = await cases().revokeGrant(vest, long!.id, now);
    expect(revoked?.revokedAt).toEqual(now);
    expect((await cases().revokeGrant(vest, long!.id, new Date(now.getTime() + 1000)))?.revokedAt).toEqual(now);
    expect(await cases().revokeGrant(nord, short!.id, now)).toBeNull();
    expect(await cases().noteGrantsUntil(vest, [a.id], colleague.id, now)).toEqual(new Map([[a.id, short!.expiresAt]]));
    // Expired by then: none.
    expect(await cases().noteGrantsUntil(vest, [a.id], colleague.id, new Date(now.getTime() + 7_200_000))).toEqual(
      new Map(),
    );
    expect(await cases().noteGrantsUntil(nord, [a.id], colleague.id, now)).toEqual(new Map());
    expect((await cases().grantsOfCases(vest, [a.id])).get(a.id)!.map((g) => g.id)).toEqual(
      expect.arrayContaining([short!.id, long!.id]),
    );
    expect(await cases().grantsByIds(vest, [short!.id, 'x'])).toEqual([short, null]);
    expect(await cases().grantsByIds(nord, [short!.id])).toEqual([null]);
  });
});
