import { districtScope, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { databaseInternals } from '../../database.js';
import { OutOfScopeError } from '../../errors.js';
import {
  createTestFacilitator,
  createTestStaffUser,
  insertRetentionTestCase,
  insertRetentionTestInquiry,
  insertRetentionTestPeer,
  testBackends,
} from '../../testing/index.js';

// The clock moved past the retention periods: vest keeps the defaults (cases 12, inquiries 6,
// peers 24 months), nord keeps closed cases 1 month. Europe/Oslo's day of AS_OF is 2027-12-10.
const AS_OF = new Date('2027-12-10T09:00:00.000Z');

describe.each(testBackends())('RetentionRepository on $name', ({ name, open }) => {
  let db: Database;
  const ids = {} as Record<
    | 'activePeer'
    | 'dueCase'
    | 'dueCaseInquiry'
    | 'dueInquiry'
    | 'earlierInquiry'
    | 'facilitator'
    | 'facilitatorPeer'
    | 'nordCase'
    | 'nordCaseInquiry'
    | 'nordYoungCase'
    | 'openCase'
    | 'openCaseInquiry'
    | 'stoppedPeer'
    | 'youngCase'
    | 'youngCaseInquiry'
    | 'youngInquiry'
    | 'youngPeer',
    string
  >;
  beforeAll(async () => {
    db = await open();
    const vestStaff = await createTestStaffUser(db, { districtId: 'vest' });
    const nordStaff = await createTestStaffUser(db, { districtId: 'nord' });
    await db.repositories.retention.updateSettings(districtScope('nord'), 'nord', {
      closedCaseMonths: 1,
      inquiryWithoutCaseMonths: 6,
      stoppedPeerMonths: 24,
    });
    const facilitator = await createTestFacilitator(db, { districtId: 'vest' });
    ids.facilitator = facilitator.id;

    // Due at AS_OF.
    ids.dueInquiry = await insertRetentionTestInquiry(db, { receivedOn: '2027-06-10' });
    ids.stoppedPeer = await insertRetentionTestPeer(db, { startedOn: '2024-01-01', stoppedOn: '2025-12-10' });
    ids.facilitatorPeer = await insertRetentionTestPeer(db, {
      startedOn: '2024-01-01',
      stoppedOn: '2025-11-01',
      facilitatorId: facilitator.id,
    });
    const dueCase = await insertRetentionTestCase(db, {
      responsibleStaffUserId: vestStaff.id,
      openedOn: '2026-10-01',
      closedOn: '2026-12-10',
      peerId: ids.stoppedPeer,
    });
    ids.dueCase = dueCase.caseId;
    ids.dueCaseInquiry = dueCase.inquiryId;
    const nordCase = await insertRetentionTestCase(db, {
      districtId: 'nord',
      responsibleStaffUserId: nordStaff.id,
      openedOn: '2027-09-01',
      closedOn: '2027-11-10',
    });
    ids.nordCase = nordCase.caseId;
    ids.nordCaseInquiry = nordCase.inquiryId;

    // Not due: a day too young, open, still a volunteer, or anonymised already.
    ids.youngInquiry = await insertRetentionTestInquiry(db, { receivedOn: '2027-06-11' });
    ids.youngPeer = await insertRetentionTestPeer(db, { startedOn: '2024-01-01', stoppedOn: '2025-12-11' });
    ids.activePeer = await insertRetentionTestPeer(db, { startedOn: '2020-01-01' });
    const youngCase = await insertRetentionTestCase(db, {
      responsibleStaffUserId: vestStaff.id,
      openedOn: '2020-01-01',
      closedOn: '2026-12-11',
    });
    ids.youngCase = youngCase.caseId;
    ids.youngCaseInquiry = youngCase.inquiryId;
    const openCase = await insertRetentionTestCase(db, {
      responsibleStaffUserId: vestStaff.id,
      openedOn: '2020-01-01',
    });
    ids.openCase = openCase.caseId;
    ids.openCaseInquiry = openCase.inquiryId;
    ids.nordYoungCase = (
      await insertRetentionTestCase(db, {
        districtId: 'nord',
        responsibleStaffUserId: nordStaff.id,
        openedOn: '2027-09-01',
        closedOn: '2027-11-11',
      })
    ).caseId;
    ids.earlierInquiry = await insertRetentionTestInquiry(db, {
      receivedOn: '2020-01-01',
      anonymisedAt: new Date('2021-01-01T00:00:00.000Z'),
    });
  });
  afterAll(() => db?.close());

  const prisma = () => databaseInternals(db).prisma;

  /** Every row the job could touch, to compare before and after. */
  async function snapshot() {
    const p = prisma();
    const order = { id: 'asc' } as const;
    return {
      inquiries: await p.inquiry.findMany({ orderBy: order }),
      cases: await p.followUpCase.findMany({ orderBy: order }),
      notes: await p.caseNote.findMany({ orderBy: order }),
      referrals: await p.caseReferral.findMany({ orderBy: order }),
      peers: await p.volunteerPeer.findMany({ orderBy: order }),
      checkIns: await p.peerCheckIn.findMany({ orderBy: order }),
      consents: await p.consent.findMany({ orderBy: order }),
      interest: await p.interestListEntry.findMany({ orderBy: order }),
      facilitators: await p.facilitator.findMany({ orderBy: order }),
    };
  }

  /** What statistics count: rows per channel, asker, theme, municipality, action, minutes, outcome. */
  async function statistics() {
    return prisma().$queryRaw<unknown[]>`
      SELECT 'inquiry' AS kind, district_id, channel::text AS a, inquirer_type::text AS b, municipality_number AS c,
             received_on::text AS d, count(*)::int AS n, sum(minutes_spent)::int AS minutes
      FROM inquiry GROUP BY 1, 2, 3, 4, 5, 6
      UNION ALL
      SELECT 'theme', district_id, t, NULL, NULL, NULL, count(*)::int, NULL FROM inquiry, unnest(theme_ids) t GROUP BY 1, 2, 3
      UNION ALL
      SELECT 'action', district_id, x::text, NULL, NULL, NULL, count(*)::int, NULL FROM inquiry, unnest(actions) x GROUP BY 1, 2, 3
      UNION ALL
      SELECT 'case', district_id, status::text, outcome::text, opened_on::text, closed_on::text, count(*)::int, NULL
      FROM follow_up_case GROUP BY 1, 2, 3, 4, 5, 6
      UNION ALL
      SELECT 'peer', district_id, municipality_number, gender::text, started_on::text, stopped_on::text, count(*)::int, NULL
      FROM volunteer_peer GROUP BY 1, 2, 3, 4, 5, 6
      UNION ALL
      SELECT 'consent', NULL, purpose::text, NULL, NULL, NULL, count(*)::int, NULL FROM consent GROUP BY 1, 2, 3
      UNION ALL
      SELECT 'interest', district_id, theme_id, municipality_number, NULL, NULL, count(*)::int, NULL
      FROM interest_list_entry WHERE closed_on IS NULL GROUP BY 1, 2, 3, 4
      ORDER BY 1, 2, 3, 4, 5, 6`;
  }

  it('anonymises exactly the due records, keeps what statistics count, and a second run changes nothing', async () => {
    const before = await snapshot();
    const countsBefore = await statistics();

    const first = await db.repositories.retention.run({ now: AS_OF, trigger: 'ON_DEMAND' });
    expect(first.status).toBe('completed');
    if (first.status !== 'completed') return;
    expect(first.run).toMatchObject({
      trigger: 'ON_DEMAND',
      asOf: AS_OF,
      casesAnonymised: 2,
      inquiriesAnonymised: 3,
      peersAnonymised: 2,
      perDistrict: {
        vest: { cases: 1, inquiries: 2, peers: 2 },
        nord: { cases: 1, inquiries: 1, peers: 0 },
        ost: { cases: 0, inquiries: 0, peers: 0 },
      },
    });
    expect(Object.keys(first.run.perDistrict)).toHaveLength(7);

    const after = await snapshot();
    const anonymised = (rows: { id: string; anonymisedAt: Date | null }[]) =>
      rows.filter((row) => row.anonymisedAt !== null).map((row) => row.id);
    const earlier = new Set([ids.earlierInquiry]);
    expect(new Set(anonymised(after.inquiries).filter((id) => !earlier.has(id)))).toEqual(
      new Set([ids.dueInquiry, ids.dueCaseInquiry, ids.nordCaseInquiry]),
    );
    expect(new Set(anonymised(after.cases))).toEqual(new Set([ids.dueCase, ids.nordCase]));
    expect(new Set(anonymised(after.peers))).toEqual(new Set([ids.stoppedPeer, ids.facilitatorPeer]));

    // What goes and what stays.
    const inquiry = after.inquiries.find((row) => row.id === ids.dueCaseInquiry)!;
    const inquiryBefore = before.inquiries.find((row) => row.id === ids.dueCaseInquiry)!;
    expect(inquiry).toEqual({
      ...inquiryBefore,
      personAlias: null,
      contactMethod: null,
      contactValue: null,
      note: null,
      anonymisedAt: expect.any(Date) as Date,
      version: inquiryBefore.version + 1,
      updatedAt: expect.any(Date) as Date,
    });
    const peer = after.peers.find((row) => row.id === ids.stoppedPeer)!;
    const peerBefore = before.peers.find((row) => row.id === ids.stoppedPeer)!;
    expect(peer).toEqual({
      ...peerBefore,
      name: null,
      email: null,
      phone: null,
      experience: null,
      notes: null,
      availabilityNote: null,
      consentText: null,
      anonymisedAt: expect.any(Date) as Date,
      version: peerBefore.version + 1,
      updatedAt: expect.any(Date) as Date,
    });
    const caseRow = after.cases.find((row) => row.id === ids.dueCase)!;
    const caseBefore = before.cases.find((row) => row.id === ids.dueCase)!;
    expect(caseRow).toEqual({
      ...caseBefore,
      anonymisedAt: expect.any(Date) as Date,
      version: caseBefore.version + 1,
      updatedAt: expect.any(Date) as Date,
    });
    const dueCases = new Set([ids.dueCase, ids.nordCase]);
    for (const note of after.notes) expect(note.text === null).toBe(dueCases.has(note.caseId));
    for (const referral of after.referrals) expect(referral.note === null).toBe(dueCases.has(referral.caseId));
    const duePeers = new Set([ids.stoppedPeer, ids.facilitatorPeer]);
    for (const checkIn of after.checkIns) expect(checkIn.note === null).toBe(duePeers.has(checkIn.peerId));

    // A peer who is also a facilitator: unlinked, and the facilitator is untouched.
    expect(after.peers.find((row) => row.id === ids.facilitatorPeer)?.facilitatorId).toBeNull();
    expect(after.facilitators).toEqual(before.facilitators);
    // Consents and interest-list entries hold no name: untouched.
    expect(after.consents).toEqual(before.consents);
    expect(after.interest).toEqual(before.interest);
    // Everything not due is exactly as it was.
    const untouched = <T extends { id: string }>(rows: T[], previous: T[], changed: Set<string>) =>
      expect(rows.filter((row) => !changed.has(row.id))).toEqual(previous.filter((row) => !changed.has(row.id)));
    untouched(after.inquiries, before.inquiries, new Set([ids.dueInquiry, ids.dueCaseInquiry, ids.nordCaseInquiry]));
    untouched(after.cases, before.cases, dueCases);
    untouched(after.peers, before.peers, duePeers);

    expect(await statistics()).toEqual(countsBefore);

    // One access-log entry per anonymised record, by the system, for retention.
    for (const [type, id, district] of [
      ['INQUIRY', ids.dueInquiry, 'vest'],
      ['INQUIRY', ids.nordCaseInquiry, 'nord'],
      ['FOLLOW_UP_CASE', ids.dueCase, 'vest'],
      ['VOLUNTEER_PEER', ids.facilitatorPeer, 'vest'],
    ] as const) {
      const page = await db.repositories.accessLog.listForRecord(districtScope(district), type, id, { first: 5 });
      expect(page.nodes).toEqual([
        expect.objectContaining({
          staffUserId: null,
          role: 'SYSTEM',
          actorDistrictId: null,
          recordDistrictId: district,
          action: 'ANONYMISE',
          outcome: 'ALLOWED',
          purpose: 'RETENTION',
          requestId: `retention-run:${first.run.id}`,
        }),
      ]);
    }
    expect(await prisma().accessLogEntry.count()).toBe(7);

    // Idempotent: nothing is due any more.
    const second = await db.repositories.retention.run({ now: AS_OF, trigger: 'SCHEDULED' });
    expect(second).toMatchObject({
      status: 'completed',
      run: { casesAnonymised: 0, inquiriesAnonymised: 0, peersAnonymised: 0, perDistrict: { vest: { cases: 0 } } },
    });
    expect(await snapshot()).toEqual(after);
    expect(await prisma().accessLogEntry.count()).toBe(7);

    const runs = await db.repositories.retention.latestRuns(NATIONAL_SCOPE, 10);
    expect(runs.map((run) => [run.trigger, run.inquiriesAnonymised])).toEqual([
      ['SCHEDULED', 0],
      ['ON_DEMAND', 3],
    ]);
    await expect(db.repositories.retention.latestRuns(districtScope('vest'), 10)).rejects.toThrow(OutOfScopeError);
  });

  it('reads and stores the months per district, defaults where none are stored', async () => {
    const retention = db.repositories.retention;
    expect(await retention.settingsOf(districtScope('vest'), 'vest')).toEqual({
      districtId: 'vest',
      closedCaseMonths: 12,
      inquiryWithoutCaseMonths: 6,
      stoppedPeerMonths: 24,
      stored: false,
    });
    expect(await retention.settingsOf(districtScope('vest'), 'nord')).toBeNull();
    expect(await retention.settingsOf(NATIONAL_SCOPE, 'atlantis')).toBeNull();
    const all = await retention.settings(NATIONAL_SCOPE);
    expect(all.map((s) => [s.districtId, s.closedCaseMonths])).toEqual([
      ['nord', 1],
      ['midt', 12],
      ['vest', 12],
      ['sorvest', 12],
      ['sor', 12],
      ['innlandet', 12],
      ['ost', 12],
    ]);
    const months = { closedCaseMonths: 18, inquiryWithoutCaseMonths: 3, stoppedPeerMonths: 36 };
    expect(await retention.updateSettings(districtScope('vest'), 'vest', months)).toEqual({
      districtId: 'vest',
      ...months,
      stored: true,
    });
    // The refresher interval on the same row is left alone.
    expect((await db.repositories.districtSettings.get(NATIONAL_SCOPE, 'vest'))?.refresherIntervalMonths).toBe(36);
    await expect(retention.updateSettings(districtScope('vest'), 'nord', months)).rejects.toThrow(OutOfScopeError);
    await expect(
      retention.updateSettings(NATIONAL_SCOPE, 'vest', { ...months, stoppedPeerMonths: 61 }),
    ).rejects.toThrow(RangeError);
    // Put back, for the other tests of this file.
    await retention.updateSettings(NATIONAL_SCOPE, 'vest', {
      closedCaseMonths: 12,
      inquiryWithoutCaseMonths: 6,
      stoppedPeerMonths: 24,
    });
  });

  it('runs once when two runs start together', async () => {
    await insertRetentionTestInquiry(db, { receivedOn: '2027-01-01' });
    await insertRetentionTestInquiry(db, { receivedOn: '2027-02-01' });
    const results = await Promise.all([
      db.repositories.retention.run({ now: AS_OF, trigger: 'SCHEDULED' }),
      db.repositories.retention.run({ now: AS_OF, trigger: 'SCHEDULED' }),
    ]);
    const done = results.flatMap((result) => (result.status === 'completed' ? [result.run.inquiriesAnonymised] : []));
    // Either one skipped (they overlapped) or the later one found nothing left: never twice.
    expect(done.reduce((sum, n) => sum + n, 0)).toBe(2);
    expect(await prisma().accessLogEntry.count()).toBe(9);
  });

  // PGlite has one connection: a second run would wait for the first transaction, not skip.
  it.runIf(name === 'postgresql')('skips while another process holds the job’s lock', async () => {
    await insertRetentionTestInquiry(db, { receivedOn: '2027-03-01' });
    const runs = await prisma().retentionRun.count();
    await db.transaction(async (repos) => {
      // This transaction takes the lock and does the work; another connection meanwhile skips.
      const holder = await repos.retention.run({ now: AS_OF, trigger: 'SCHEDULED' });
      expect(holder).toMatchObject({ status: 'completed', run: { inquiriesAnonymised: 1 } });
      expect(await db.repositories.retention.run({ now: AS_OF, trigger: 'ON_DEMAND' })).toEqual({
        status: 'skipped',
        reason: 'BUSY',
      });
    });
    expect(await prisma().retentionRun.count()).toBe(runs + 1);
    // Released at commit: the next run gets it.
    expect((await db.repositories.retention.run({ now: AS_OF, trigger: 'ON_DEMAND' })).status).toBe('completed');
  });

  it('skips a scheduled run when a run started within the given time', async () => {
    const retention = db.repositories.retention;
    const last = (await retention.latestRuns(NATIONAL_SCOPE, 1))[0]!;
    const runs = await prisma().retentionRun.count();
    const at = (ms: number) => () => new Date(last.startedAt.getTime() + ms);
    const hour = 3_600_000;
    expect(
      await retention.run({ now: AS_OF, trigger: 'SCHEDULED', clock: at(50 * 60_000), skipIfRunWithinMs: 0.9 * hour }),
    ).toEqual({ status: 'skipped', reason: 'RECENT' });
    expect(await prisma().retentionRun.count()).toBe(runs);
    expect(
      await retention.run({ now: AS_OF, trigger: 'SCHEDULED', clock: at(55 * 60_000), skipIfRunWithinMs: 0.9 * hour }),
    ).toMatchObject({ status: 'completed' });
  });
});
