import type { CaseStatus, IsoDate } from '@selvhjelp/domain';
import {
  canChangeCaseStatus,
  caseFollowUpOnStatusChange,
  caseNoteGrantRefusal,
  caseOpeningRefusal,
  caseReferralRefusal,
  districtScope,
  isCaseReference,
  NATIONAL_SCOPE,
} from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { countQueries, databaseInternals } from '../../database.js';
import type { FollowUpCaseRecord } from './types.js';
import { InvalidCursorError, StaleVersionError, UniqueViolationError } from '../../errors.js';
import {
  openTestCase,
  createCaseTestInquiry,
  createCaseTestReferralResource,
  createTestStaffUser,
  refusalOf,
  RefusedInTest,
  testBackends,
} from '../../testing/index.js';

const vest = districtScope('vest');
const nord = districtScope('nord');
// Now, not a fixed instant: the fixtures open cases now, and history is in the order written.
const now = new Date();

describe.each(testBackends())('FollowUpCaseRepository on $name', ({ open }) => {
  let db: Database;
  const cases = () => db.repositories.followUpCases;

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('opens a case from an inquiry with a random reference and its first status change', async () => {
    const staff = await createTestStaffUser(db);
    const inquiry = await createCaseTestInquiry(db);
    const opened = await openTestCase(db, {
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
    const existing = await openTestCase(db);
    expect(await refusalOf(openTestCase(db, { inquiryId: existing.inquiryId }))).toBe('CASE_INQUIRY_HAS_CASE');
    const anonymised = await createCaseTestInquiry(db, { anonymisedAt: now, personAlias: null, contactValue: null });
    expect(await refusalOf(openTestCase(db, { inquiryId: anonymised.id }))).toBe('CASE_INQUIRY_ANONYMISED');
    const nordStaff = await createTestStaffUser(db, { districtId: 'nord' });
    expect(await refusalOf(openTestCase(db, { responsibleStaffUserId: nordStaff.id }))).toBe(
      'CASE_RESPONSIBLE_NOT_IN_DISTRICT',
    );
    const inactive = await createTestStaffUser(db);
    await databaseInternals(db).prisma.staffUser.update({ where: { id: inactive.id }, data: { active: false } });
    expect(await refusalOf(openTestCase(db, { responsibleStaffUserId: inactive.id }))).toBe(
      'CASE_RESPONSIBLE_NOT_IN_DISTRICT',
    );
    // Out of scope: no facts, no case.
    const inquiry = await createCaseTestInquiry(db);
    expect(await cases().openingFacts(nord, inquiry.id, nordStaff.id)).toBeNull();
    const staff = await createTestStaffUser(db);
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
    const first = await openTestCase(db);
    const staff = await createTestStaffUser(db);
    const inquiry = await createCaseTestInquiry(db);
    const draws = [first.reference, first.reference, 'BCDF2345'];
    const opened = await db.transaction((repos) =>
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

  it('lists the district’s cases newest opened first, filtered, with opaque cursors', async () => {
    const lead = await createTestStaffUser(db, { districtId: 'midt', role: 'DISTRICT_LEAD' });
    const staff = await createTestStaffUser(db, { districtId: 'midt' });
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
        await openTestCase(db, {
          districtId: 'midt',
          openedOn: day,
          responsibleStaffUserId: who,
          status: status,
          nextFollowUpOn: next as IsoDate | null,
        }),
      );
    }
    await openTestCase(db, { districtId: 'nord' });
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
    expect((await countQueries(db, () => cases().list(midt, { first: 20 }))).count).toBe(2);
    // The due list: open cases due by the cutoff, soonest first.
    expect(
      (await cases().dueBy(midt, '2026-12-20')).map((c) => made.indexOf(made.find((m) => m.id === c.id)!)),
    ).toEqual([0, 3]);
    expect((await cases().dueBy(midt, '2026-12-20', { responsibleStaffUserId: lead.id })).length).toBe(0);
  });

  it('changes status by the lifecycle with the version read; a closed case stays closed', async () => {
    const opened = await openTestCase(db, { nextFollowUpOn: '2026-12-18' });
    const asTheGateway = async (status: CaseStatus, version: number, outcomeNote: string | null = null) =>
      db.transaction(async (repos) => {
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
    const opened = await openTestCase(db);
    const other = await createTestStaffUser(db, { role: 'DISTRICT_LEAD' });
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

  it('adds notes (moving the next follow-up when given) and lists them per case, newest first', async () => {
    const [a, b] = [await openTestCase(db), await openTestCase(db)];
    const author = a.responsibleStaffUserId;
    const first = await cases().addNote(vest, a.id, {
      date: '2026-12-01',
      text: 'Første samtale.',
      nextFollowUpOn: null,
      authorId: author,
      now,
    });
    expect(first?.followUpCase.version).toBe(1);
    const second = await cases().addNote(vest, a.id, {
      date: '2026-12-03',
      text: 'Andre samtale.',
      nextFollowUpOn: '2026-12-17',
      authorId: author,
      now,
    });
    expect(second?.note).toMatchObject({
      caseId: a.id,
      districtId: 'vest',
      date: '2026-12-03',
      text: 'Andre samtale.',
      authorId: author,
    });
    expect(second?.followUpCase).toMatchObject({ nextFollowUpOn: '2026-12-17', version: 2 });
    expect(
      await cases().addNote(nord, a.id, { date: '2026-12-03', text: 'x', nextFollowUpOn: null, authorId: null, now }),
    ).toBeNull();
    const notes = await cases().notesOfCases(vest, [a.id, b.id, 'x']);
    expect(notes.get(a.id)!.map((n) => n.text)).toEqual(['Andre samtale.', 'Første samtale.']);
    expect(notes.get(b.id)).toEqual([]);
    expect((await cases().notesOfCases(nord, [a.id])).get(a.id)).toEqual([]);
  });

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

  it('grants a staff member the notes until a moment, revokes, and finds the running grant', async () => {
    const [a, b] = [await openTestCase(db), await openTestCase(db)];
    const lead = await createTestStaffUser(db, { role: 'DISTRICT_LEAD' });
    const colleague = await createTestStaffUser(db);
    const nordStaff = await createTestStaffUser(db, { districtId: 'nord' });
    const grant = (caseId: string, staffUserId: string, until: Date) =>
      db.transaction(async (repos) => {
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

  it('gives the inquiry behind a case with its consents for the art. 15 export', async () => {
    const opened = await openTestCase(db);
    const inquiry = await cases().inquiryForExport(vest, opened.inquiryId);
    expect(inquiry).toMatchObject({
      id: opened.inquiryId,
      districtId: 'vest',
      channel: 'PHONE',
      inquirerType: 'RELATIVE',
      personAlias: 'Kari',
      consents: [{ purpose: 'FOLLOW_UP_CONTACT', givenOn: '2026-12-01', withdrawnOn: null }],
    });
    expect(await cases().inquiryForExport(nord, opened.inquiryId)).toBeNull();
    expect(
      caseOpeningRefusal({ inquiryHasCase: false, inquiryAnonymised: false, responsibleInDistrict: true }),
    ).toBeNull();
  });
});
