import type { CaseStatus } from '@selvhjelp/domain';
import { canChangeCaseStatus, caseFollowUpOnStatusChange } from '@selvhjelp/domain';
import { describe, expect, it } from 'vitest';
import { StaleVersionError } from '../../errors.js';
import { openTestCase, createTestStaffUser, refusalOf, RefusedInTest, testBackends } from '../../testing/index.js';
import { nord, useCaseDatabase, vest } from './case-test-support.js';

// Now, not a fixed instant: the fixtures open cases now, and history is in the order written.
const now = new Date();

describe.each(testBackends())('FollowUpCaseRepository: status and details at the version read on $name', ({ open }) => {
  const s = useCaseDatabase(open);
  const cases = () => s.db.repositories.followUpCases;

  it('changes status by the lifecycle with the version read; a closed case stays closed', async () => {
    const opened = await openTestCase(s.db, { nextFollowUpOn: '2026-12-18' });
    const asTheGateway = async (status: CaseStatus, version: number, outcomeNote: string | null = null) =>
      s.db.transaction(async (repos) => {
        const facts = await repos.followUpCases.writeFacts(vest, opened.id, version);
        if (!facts) return null;
        if (!canChangeCaseStatus(facts.status, status))
          throw new RefusedInTest({ reason: 'CASE_STATUS_TRANSITION', field: 'status' });
        return repos.followUpCases.changeStatus(vest, opened.id, version, {
          status,
          outcome: status === 'CLOSED' ? 'OTHER' : null,
          effectiveDate: '2026-12-03',
          nextFollowUpOn: caseFollowUpOnStatusChange(facts.nextFollowUpOn, status),
          outcomeNote,
          now: new Date(),
          actorId: opened.responsibleStaffUserId,
        });
      });
    const paused = await asTheGateway('PAUSED', 1);
    expect(paused).toMatchObject({ status: 'PAUSED', version: 2, nextFollowUpOn: '2026-12-18', closedOn: null });
    await expect(asTheGateway('OPEN', 1)).rejects.toBeInstanceOf(StaleVersionError);
    expect(
      await cases().changeStatus(nord, opened.id, 2, {
        status: 'OPEN',
        outcome: null,
        effectiveDate: '2026-12-03',
        nextFollowUpOn: null,
        outcomeNote: null,
        now,
        actorId: null,
      }),
    ).toBeNull();
    const closed = await asTheGateway('CLOSED', 2, 'Flyttet fra byen.');
    expect(closed).toMatchObject({
      status: 'CLOSED',
      outcome: 'OTHER',
      closedOn: '2026-12-03',
      nextFollowUpOn: null,
      version: 3,
    });
    expect(await refusalOf(asTheGateway('OPEN', 3))).toBe('CASE_STATUS_TRANSITION');
    const history = (await cases().statusChangesOfCases(vest, [opened.id])).get(opened.id)!;
    expect(history.map((h) => [h.fromStatus, h.toStatus, h.outcome])).toEqual([
      [null, 'OPEN', null],
      ['OPEN', 'PAUSED', null],
      ['PAUSED', 'CLOSED', 'OTHER'],
    ]);
    // The outcome's words are a note, read under the notes' rule.
    const notes = (await cases().notesOfCases(vest, [opened.id])).get(opened.id)!;
    expect(notes.map((n) => [n.date, n.text])).toEqual([['2026-12-03', 'Flyttet fra byen.']]);
  });

  it('updates the responsible person and next follow-up with the version read', async () => {
    const opened = await openTestCase(s.db);
    const other = await createTestStaffUser(s.db, { role: 'DISTRICT_LEAD' });
    expect(await cases().activeDistrictStaff('vest', [other.id, opened.responsibleStaffUserId, 'x'])).toEqual(
      new Set([other.id, opened.responsibleStaffUserId]),
    );
    expect(await cases().activeDistrictStaff('nord', [other.id])).toEqual(new Set());
    const updated = await cases().update(vest, opened.id, 1, {
      responsibleStaffUserId: other.id,
      nextFollowUpOn: '2027-01-04',
      now,
    });
    expect(updated).toMatchObject({
      responsibleStaffUserId: other.id,
      nextFollowUpOn: '2027-01-04',
      version: 2,
      updatedAt: now,
    });
    await expect(
      cases().update(vest, opened.id, 1, { responsibleStaffUserId: other.id, nextFollowUpOn: null, now }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect(
      await cases().update(nord, opened.id, 2, { responsibleStaffUserId: other.id, nextFollowUpOn: null, now }),
    ).toBeNull();
    expect(await cases().writeFacts(vest, opened.id, null)).toMatchObject({
      status: 'OPEN',
      version: 2,
      anonymised: false,
      nextFollowUpOn: '2027-01-04',
    });
    expect(await cases().writeFacts(nord, opened.id, null)).toBeNull();
  });
});
