import type { AccessLogEntryRecord, Database } from '@selvhjelp/db';
import {
  createSignedInStaffUser,
  openTestCase,
  createCaseTestInquiry,
  createCaseTestReferralResource,
  failAccessLogAppendsFor,
  testBackends,
} from '@selvhjelp/db/testing';
import { NATIONAL_SCOPE, todayIn } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import { dataOf, errorOf } from './network-fixtures.js';

// Acceptance 2 of issue 12: who may read a case and its notes, and the access log that records
// every read, refusal and change, which the district lead reads for the case.

const OPEN_CASE = graphql(`
  mutation OpenCase($input: OpenFollowUpCaseInput!) {
    openFollowUpCase(input: $input) {
      id
      reference
      status
      inquiryId
      peerId
      nextFollowUpOn
      version
      responsibleStaffUser {
        id
      }
    }
  }
`);
const ADD_NOTE = graphql(`
  mutation AddCaseNote($input: AddCaseNoteInput!) {
    addCaseNote(input: $input) {
      id
      date
      text
    }
  }
`);
const CASE_WITH_NOTES = graphql(`
  query CaseWithNotes($id: ID!) {
    followUpCase(id: $id) {
      id
      mayReadNotes
      notes {
        text
        author {
          id
        }
      }
    }
  }
`);
const CASE_ONLY = graphql(`
  query CaseOnly($id: ID!) {
    followUpCase(id: $id) {
      id
      status
      referrals {
        referralResourceName
      }
      statusChanges {
        fromStatus
        toStatus
        outcome
      }
    }
  }
`);
const WHO_HAS_READ = graphql(`
  query WhoHasReadCase($id: ID!) {
    followUpCase(id: $id) {
      accessLog(first: 100) {
        totalCount
        edges {
          node {
            occurredAt
            staffUser {
              id
              name
            }
            role
            actorDistrict {
              id
            }
            action
            outcome
            purpose
          }
        }
      }
      noteGrants {
        id
        active
        staffUser {
          id
        }
      }
    }
  }
`);
const GRANT = graphql(`
  mutation GrantNotes($caseId: ID!, $staffUserId: ID!, $until: DateTime!) {
    grantCaseNoteAccess(caseId: $caseId, staffUserId: $staffUserId, until: $until) {
      id
      active
      expiresAt
    }
  }
`);
const REVOKE = graphql(`
  mutation RevokeNotes($id: ID!) {
    revokeCaseNoteAccess(id: $id) {
      id
      active
    }
  }
`);
const CASE_LIST = graphql(`
  query CaseList($filter: FollowUpCaseFilter, $first: Int) {
    followUpCases(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          reference
        }
      }
    }
  }
`);
const CHANGE_STATUS = graphql(`
  mutation ChangeCaseStatus($input: ChangeCaseStatusInput!) {
    changeCaseStatus(input: $input) {
      id
      status
      outcome
      closedOn
      nextFollowUpOn
      version
    }
  }
`);
const ADD_REFERRAL = graphql(`
  mutation AddCaseReferral($input: AddCaseReferralInput!) {
    addCaseReferral(input: $input) {
      referralResourceName
      date
    }
  }
`);
const UPDATE_CASE = graphql(`
  mutation UpdateCase($input: UpdateFollowUpCaseInput!) {
    updateFollowUpCase(input: $input) {
      id
      version
      nextFollowUpOn
      responsibleStaffUser {
        id
      }
    }
  }
`);
const DUE = graphql(`
  query CasesDue($responsibleStaffUserId: ID) {
    followUpCasesDue(responsibleStaffUserId: $responsibleStaffUserId) {
      dueOn
      overdue
      followUpCase {
        id
      }
    }
  }
`);
const EXPORT = graphql(`
  mutation ExportCase($id: ID!) {
    exportFollowUpCase(id: $id)
  }
`);

describe.each(testBackends())('follow-up cases and their access log on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  type Signed = Awaited<ReturnType<typeof createSignedInStaffUser>>;
  let lead: Signed;
  let responsible: Signed;
  let colleague: Signed;
  let nordStaff: Signed;
  let national: Signed;

  beforeAll(async () => {
    db = await backend.open();
    gateway = await startTestGateway(db);
    [lead, responsible, colleague, nordStaff, national] = await Promise.all([
      createSignedInStaffUser(db, { districtId: 'vest', role: 'DISTRICT_LEAD', name: 'Lea Leder' }),
      createSignedInStaffUser(db, { districtId: 'vest', role: 'DISTRICT_STAFF', name: 'Rune Ansvarlig' }),
      createSignedInStaffUser(db, { districtId: 'vest', role: 'DISTRICT_STAFF', name: 'Kari Kollega' }),
      createSignedInStaffUser(db, { districtId: 'nord', role: 'DISTRICT_STAFF', name: 'Nils Nord' }),
      createSignedInStaffUser(db, { role: 'NATIONAL', name: 'Nina Nasjonal' }),
    ]);
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  // The gateway's clock stands still unless moved: a second per request orders the log by request.
  const run: TestGateway['run'] = (document, variables, token) => {
    gateway.clock.advance(1000);
    return gateway.run(document, variables, token);
  };
  const entriesOf = async (caseId: string): Promise<AccessLogEntryRecord[]> =>
    (await db.repositories.accessLog.listForRecord(NATIONAL_SCOPE, 'FOLLOW_UP_CASE', caseId, { first: 200 })).nodes;
  const summary = (entries: readonly AccessLogEntryRecord[]) =>
    entries.map((e) => [e.staffUserId, e.action, e.outcome, e.purpose].join(' '));

  async function openCaseWithNote() {
    const inquiry = await createCaseTestInquiry(db);
    const opened = dataOf(
      await run(OPEN_CASE, { input: { inquiryId: inquiry.id } }, responsible.token),
    ).openFollowUpCase;
    dataOf(
      await run(
        ADD_NOTE,
        { input: { caseId: opened.id, text: 'Snakket med Kari om sorgen.', nextFollowUpOn: null } },
        responsible.token,
      ),
    );
    return opened;
  }

  it('opens a case from an inquiry, logged as CREATE with the change', async () => {
    const inquiry = await createCaseTestInquiry(db);
    const opened = dataOf(
      await run(OPEN_CASE, { input: { inquiryId: inquiry.id } }, responsible.token),
    ).openFollowUpCase;
    expect(opened).toMatchObject({
      status: 'OPEN',
      inquiryId: inquiry.id,
      peerId: null,
      version: 1,
      responsibleStaffUser: { id: responsible.user.id },
    });
    expect(opened.reference).toMatch(/^[2-9BCDFGHJKMNPQRSTVWXZ]{4}-[2-9BCDFGHJKMNPQRSTVWXZ]{4}$/);
    expect(opened.nextFollowUpOn).not.toBeNull();
    expect(summary(await entriesOf(opened.id))).toEqual([`${responsible.user.id} CREATE ALLOWED CASE_WORK`]);
    // One case per inquiry; another district's inquiry is not found.
    const again = await run(OPEN_CASE, { input: { inquiryId: inquiry.id } }, responsible.token);
    expect(errorOf(again)).toMatchObject({
      code: 'CONFLICT',
      reason: 'CASE_INQUIRY_HAS_CASE',
      field: 'input.inquiryId',
    });
    const elsewhere = await createCaseTestInquiry(db, { districtId: 'nord' });
    expect(errorOf(await run(OPEN_CASE, { input: { inquiryId: elsewhere.id } }, responsible.token))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'CASE_INQUIRY_NOT_FOUND',
    });
    expect(
      errorOf(
        await run(
          OPEN_CASE,
          { input: { inquiryId: elsewhere.id, responsibleStaffUserId: nordStaff.user.id } },
          nordStaff.token,
        ),
      ),
    ).toBeUndefined();
  });

  it('acceptance 2: notes refused to vest staff without access, the case to nord; all in the lead’s log', async () => {
    const opened = await openCaseWithNote();

    // The responsible staff member reads the notes.
    const own = dataOf(await run(CASE_WITH_NOTES, { id: opened.id }, responsible.token)).followUpCase;
    expect(own).toMatchObject({ mayReadNotes: true, notes: [{ text: 'Snakket med Kari om sorgen.' }] });

    // vest staff without access: the case yes, its notes FORBIDDEN.
    expect(dataOf(await run(CASE_ONLY, { id: opened.id }, colleague.token)).followUpCase.id).toBe(opened.id);
    const refused = await run(CASE_WITH_NOTES, { id: opened.id }, colleague.token);
    expect(refused.errors?.[0]).toMatchObject({
      path: ['followUpCase', 'notes'],
      extensions: { code: 'FORBIDDEN', reason: 'CASE_NOTES_FORBIDDEN' },
    });

    // nord: NOT_FOUND, exactly like a case that does not exist.
    const fromNord = await run(CASE_ONLY, { id: opened.id }, nordStaff.token);
    const missing = await run(CASE_ONLY, { id: '00000000-0000-4000-8000-000000000000' }, nordStaff.token);
    expect(errorOf(fromNord)).toMatchObject({ code: 'NOT_FOUND', reason: 'FOLLOW_UP_CASE_NOT_FOUND' });
    expect(errorOf(fromNord)).toEqual(errorOf(missing));
    expect(fromNord.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);

    // The national office never sees single cases.
    expect(errorOf(await run(CASE_ONLY, { id: opened.id }, national.token))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERSONAL_RECORDS_DISTRICT_STAFF_ONLY',
    });

    // The lead sees it all for the case, newest first.
    const log = dataOf(await run(WHO_HAS_READ, { id: opened.id }, lead.token)).followUpCase.accessLog;
    const rows = log.edges.map(({ node }) => [node.staffUser?.name, node.action, node.outcome, node.purpose].join(' '));
    // Oldest first, as the requests were made (entries of one request share their instant).
    expect([...rows].reverse().sort()).toEqual(
      [
        'Rune Ansvarlig CREATE ALLOWED CASE_WORK',
        'Rune Ansvarlig UPDATE ALLOWED CASE_WORK',
        'Rune Ansvarlig READ ALLOWED CASE_WORK',
        'Rune Ansvarlig READ_NOTES ALLOWED CASE_WORK',
        'Kari Kollega READ ALLOWED CASE_WORK',
        'Kari Kollega READ ALLOWED CASE_WORK',
        'Kari Kollega READ_NOTES FORBIDDEN CASE_WORK',
        'Nils Nord READ NOT_FOUND CASE_WORK',
        'Nina Nasjonal READ FORBIDDEN CASE_WORK',
        'Lea Leder READ ALLOWED CASE_WORK',
        'Lea Leder READ ALLOWED ACCESS_REVIEW',
      ].sort(),
    );
    expect(rows.at(-1)).toBe('Rune Ansvarlig CREATE ALLOWED CASE_WORK');
    expect(log.totalCount).toBe(11);
    const nord = log.edges.find(({ node }) => node.outcome === 'NOT_FOUND')!.node;
    expect(nord).toMatchObject({
      role: 'DISTRICT_STAFF',
      actorDistrict: { id: 'nord' },
      staffUser: { name: 'Nils Nord' },
    });

    // Only the lead reviews the log.
    expect(errorOf(await run(WHO_HAS_READ, { id: opened.id }, responsible.token))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'CASE_LEAD_ONLY',
    });
  });

  it('lets the lead grant a staff member the notes for a while, and revoke it', async () => {
    const opened = await openCaseWithNote();
    const inTenMinutes = () => new Date(gateway.clock.now.getTime() + 10 * 60_000).toISOString();
    const until = inTenMinutes();
    expect(
      errorOf(await run(GRANT, { caseId: opened.id, staffUserId: colleague.user.id, until }, responsible.token)),
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'CASE_LEAD_ONLY' });
    expect(
      errorOf(await run(GRANT, { caseId: opened.id, staffUserId: nordStaff.user.id, until }, lead.token)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CASE_NOTE_GRANT_STAFF_NOT_IN_DISTRICT', field: 'staffUserId' });
    const grant = dataOf(
      await run(GRANT, { caseId: opened.id, staffUserId: colleague.user.id, until }, lead.token),
    ).grantCaseNoteAccess;
    expect(grant.active).toBe(true);
    const granted = dataOf(await run(CASE_WITH_NOTES, { id: opened.id }, colleague.token)).followUpCase;
    expect(granted.notes.map((note) => note.text)).toEqual(['Snakket med Kari om sorgen.']);
    const grants = dataOf(await run(WHO_HAS_READ, { id: opened.id }, lead.token)).followUpCase.noteGrants;
    expect(grants).toEqual([{ id: grant.id, active: true, staffUser: { id: colleague.user.id } }]);
    const tooLong = new Date(gateway.clock.now.getTime() + 91 * 86_400_000).toISOString();
    expect(
      errorOf(await run(GRANT, { caseId: opened.id, staffUserId: colleague.user.id, until: tooLong }, lead.token)),
    ).toMatchObject({ reason: 'CASE_NOTE_GRANT_TOO_LONG', field: 'until' });
    // Expired: refused again; a new grant, revoked by the lead, ends at once.
    gateway.clock.advance(11 * 60_000);
    expect(errorOf(await run(CASE_WITH_NOTES, { id: opened.id }, colleague.token))).toMatchObject({
      reason: 'CASE_NOTES_FORBIDDEN',
    });
    const again = dataOf(
      await run(GRANT, { caseId: opened.id, staffUserId: colleague.user.id, until: inTenMinutes() }, lead.token),
    ).grantCaseNoteAccess;
    expect(dataOf(await run(CASE_WITH_NOTES, { id: opened.id }, colleague.token)).followUpCase.mayReadNotes).toBe(true);
    expect(dataOf(await run(REVOKE, { id: again.id }, lead.token)).revokeCaseNoteAccess.active).toBe(false);
    expect(errorOf(await run(CASE_WITH_NOTES, { id: opened.id }, colleague.token))).toMatchObject({
      reason: 'CASE_NOTES_FORBIDDEN',
    });
  });

  it('a list of 20 cases writes 20 entries in the list’s transaction; a failing append fails the list and leaves none', async () => {
    const owner = await createSignedInStaffUser(db, { districtId: 'vest', role: 'DISTRICT_STAFF' });
    const made = [];
    for (let i = 0; i < 20; i += 1) made.push(await openTestCase(db, { responsibleStaffUserId: owner.user.id }));
    const filter = { responsibleStaffUserIds: [owner.user.id] };

    const listed = dataOf(await run(CASE_LIST, { filter, first: 20 }, colleague.token)).followUpCases;
    expect(listed.totalCount).toBe(20);
    expect(new Set(listed.edges.map(({ node }) => node.id))).toEqual(new Set(made.map((c) => c.id)));
    const lists = await Promise.all(made.map(async (c) => (await entriesOf(c.id)).filter((e) => e.action === 'LIST')));
    expect(lists.map((entries) => entries.length)).toEqual(Array(20).fill(1));
    const [first] = lists[0]!;
    // One access: one instant, one request, the colleague's purpose.
    for (const [entry] of lists)
      expect(entry).toMatchObject({
        staffUserId: colleague.user.id,
        outcome: 'ALLOWED',
        purpose: 'CASE_WORK',
        occurredAt: first!.occurredAt,
        requestId: first!.requestId,
      });

    // The twentieth entry cannot be written: the list fails, and none of its 20 entries stays.
    const restore = await failAccessLogAppendsFor(db, made[19]!.id);
    try {
      const failed = await run(CASE_LIST, { filter, first: 20 }, colleague.token);
      expect(failed.data?.followUpCases ?? null).toBeNull();
      expect(errorOf(failed)).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    } finally {
      await restore();
    }
    const after = await Promise.all(made.map(async (c) => (await entriesOf(c.id)).filter((e) => e.action === 'LIST')));
    expect(after.map((entries) => entries.length)).toEqual(Array(20).fill(1));

    // National roles list nothing.
    expect(errorOf(await run(CASE_LIST, { filter, first: 20 }, national.token))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('changes status by the lifecycle, refers, and exports the case for art. 15', async () => {
    const opened = await openCaseWithNote();
    const resource = await createCaseTestReferralResource(db, { name: 'DPS Bjørgvin' });
    const elsewhere = await createCaseTestReferralResource(db, { districtId: 'nord', name: 'DPS Tromsø' });
    expect(
      errorOf(
        await run(ADD_REFERRAL, { input: { caseId: opened.id, referralResourceId: elsewhere.id } }, responsible.token),
      ),
    ).toMatchObject({ reason: 'CASE_REFERRAL_RESOURCE_NOT_FOUND', field: 'input.referralResourceId' });
    dataOf(
      await run(ADD_REFERRAL, { input: { caseId: opened.id, referralResourceId: resource.id } }, responsible.token),
    );
    const closeWithout = await run(
      CHANGE_STATUS,
      { input: { id: opened.id, version: 1, status: 'CLOSED' } },
      responsible.token,
    );
    expect(errorOf(closeWithout)).toMatchObject({ reason: 'CASE_OUTCOME_REQUIRED', field: 'input.outcome' });
    const closed = dataOf(
      await run(
        CHANGE_STATUS,
        { input: { id: opened.id, version: 1, status: 'CLOSED', outcome: 'REFERRED_TO_PROFESSIONAL_HELP' } },
        responsible.token,
      ),
    ).changeCaseStatus;
    expect(closed).toMatchObject({
      status: 'CLOSED',
      outcome: 'REFERRED_TO_PROFESSIONAL_HELP',
      nextFollowUpOn: null,
      version: 2,
    });
    expect(
      errorOf(await run(CHANGE_STATUS, { input: { id: opened.id, version: 1, status: 'OPEN' } }, responsible.token)),
    ).toMatchObject({ code: 'CONFLICT', reason: 'FOLLOW_UP_CASE_STALE' });
    expect(
      errorOf(await run(CHANGE_STATUS, { input: { id: opened.id, version: 2, status: 'OPEN' } }, responsible.token)),
    ).toMatchObject({ reason: 'CASE_STATUS_TRANSITION', field: 'input.status' });
    expect(
      errorOf(await run(CHANGE_STATUS, { input: { id: opened.id, version: 2, status: 'PAUSED' } }, nordStaff.token)),
    ).toMatchObject({ code: 'NOT_FOUND' });
    const read = dataOf(await run(CASE_ONLY, { id: opened.id }, responsible.token)).followUpCase;
    expect(read.referrals).toEqual([{ referralResourceName: 'DPS Bjørgvin' }]);
    expect(read.statusChanges).toEqual([
      { fromStatus: null, toStatus: 'OPEN', outcome: null },
      { fromStatus: 'OPEN', toStatus: 'CLOSED', outcome: 'REFERRED_TO_PROFESSIONAL_HELP' },
    ]);

    // Art. 15: the lead only; the document holds the case, inquiry, consents, notes, referrals and log.
    expect(errorOf(await run(EXPORT, { id: opened.id }, responsible.token))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'CASE_LEAD_ONLY',
    });
    const document = JSON.parse(dataOf(await run(EXPORT, { id: opened.id }, lead.token)).exportFollowUpCase) as {
      followUpCase: { reference: string; status: string };
      inquiry: { personAlias: string; channel: string };
      consents: { purpose: string }[];
      notes: { text: string }[];
      referrals: { resource: string }[];
      accessLog: { staff: string | null; action: string; outcome: string; purpose: string }[];
    };
    expect(document.followUpCase).toMatchObject({ reference: opened.reference, status: 'CLOSED' });
    expect(document.inquiry).toMatchObject({ personAlias: 'Kari', channel: 'PHONE' });
    expect(document.consents.map((c) => c.purpose)).toEqual(['FOLLOW_UP_CONTACT']);
    expect(document.notes.map((n) => n.text)).toEqual(['Snakket med Kari om sorgen.']);
    expect(document.referrals.map((r) => r.resource)).toEqual(['DPS Bjørgvin']);
    expect(document.accessLog).toContainEqual(
      expect.objectContaining({
        staff: 'Lea Leder',
        action: 'EXPORT',
        outcome: 'ALLOWED',
        purpose: 'SUBJECT_ACCESS_REQUEST',
      }),
    );
    expect(document.accessLog.some((e) => e.staff === 'Rune Ansvarlig' && e.outcome === 'FORBIDDEN')).toBe(true);
    const inquiryLog = await db.repositories.accessLog.listForRecord(NATIONAL_SCOPE, 'INQUIRY', opened.inquiryId, {
      first: 10,
    });
    expect(summary(inquiryLog.nodes.slice(0, 1))).toEqual([`${lead.user.id} EXPORT ALLOWED SUBJECT_ACCESS_REQUEST`]);
    expect(summary((await entriesOf(opened.id)).slice(0, 2)).sort()).toEqual([
      `${lead.user.id} EXPORT ALLOWED SUBJECT_ACCESS_REQUEST`,
      `${lead.user.id} READ_NOTES ALLOWED SUBJECT_ACCESS_REQUEST`,
    ]);
  });

  it('hands a case over, puts it on the due list, and refuses a note with an identity number', async () => {
    const opened = await openCaseWithNote();
    const today = todayIn(gateway.clock.now);
    const stale = await run(
      UPDATE_CASE,
      { input: { id: opened.id, version: 0, responsibleStaffUserId: colleague.user.id, nextFollowUpOn: today } },
      responsible.token,
    );
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', reason: 'FOLLOW_UP_CASE_STALE' });
    expect(
      errorOf(
        await run(
          UPDATE_CASE,
          { input: { id: opened.id, version: 1, responsibleStaffUserId: nordStaff.user.id } },
          responsible.token,
        ),
      ),
    ).toMatchObject({ reason: 'CASE_RESPONSIBLE_NOT_IN_DISTRICT', field: 'input.responsibleStaffUserId' });
    const handedOver = dataOf(
      await run(
        UPDATE_CASE,
        { input: { id: opened.id, version: 1, responsibleStaffUserId: colleague.user.id, nextFollowUpOn: today } },
        responsible.token,
      ),
    ).updateFollowUpCase;
    expect(handedOver).toMatchObject({
      version: 2,
      nextFollowUpOn: today,
      responsibleStaffUser: { id: colleague.user.id },
    });
    const due = dataOf(await run(DUE, { responsibleStaffUserId: colleague.user.id }, colleague.token)).followUpCasesDue;
    expect(due).toEqual([{ dueOn: today, overdue: false, followUpCase: { id: opened.id } }]);
    // Now responsible, the colleague reads and writes the notes; the one who handed it over no longer does.
    expect(dataOf(await run(CASE_WITH_NOTES, { id: opened.id }, colleague.token)).followUpCase.mayReadNotes).toBe(true);
    expect(errorOf(await run(CASE_WITH_NOTES, { id: opened.id }, responsible.token))).toMatchObject({
      reason: 'CASE_NOTES_FORBIDDEN',
    });
    const withNumber = await run(
      ADD_NOTE,
      { input: { caseId: opened.id, text: 'Fødselsnummer 13097248022 oppgitt.' } },
      colleague.token,
    );
    expect(errorOf(withNumber)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NATIONAL_ID_NUMBER',
      field: 'input.text',
    });
    expect(
      dataOf(
        await run(ADD_NOTE, { input: { caseId: opened.id, text: 'Ring 47912345678 neste uke.' } }, colleague.token),
      ).addCaseNote.text,
    ).toBe('Ring 47912345678 neste uke.');
    expect(errorOf(await run(DUE, {}, national.token))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
