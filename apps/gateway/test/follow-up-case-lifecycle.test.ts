import { createCaseTestInquiry, createCaseTestReferralResource, testBackends } from '@selvhjelp/db/testing';
import { NATIONAL_SCOPE, todayIn } from '@selvhjelp/domain';
import { describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { ADD_NOTE, CASE_ONLY, CASE_WITH_NOTES, OPEN_CASE, useCaseSuite } from './follow-up-case-fixtures.js';
import { dataOf, errorOf } from './network-fixtures.js';

// A follow-up case from its opening to its close: status by the lifecycle, referrals, handing over,
// the due list, and the art. 15 export.

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

describe.each(testBackends())('the life of a follow-up case on $name', (backend) => {
  const s = useCaseSuite(backend);
  const { run, entriesOf, summary, openCaseWithNote } = s;

  it('opens a case from an inquiry, logged as CREATE with the change', async () => {
    const inquiry = await createCaseTestInquiry(s.db);
    const opened = dataOf(
      await run(OPEN_CASE, { input: { inquiryId: inquiry.id } }, s.responsible.token),
    ).openFollowUpCase;
    expect(opened).toMatchObject({
      status: 'OPEN',
      inquiryId: inquiry.id,
      peerId: null,
      version: 1,
      responsibleStaffUser: { id: s.responsible.user.id },
    });
    expect(opened.reference).toMatch(/^[2-9BCDFGHJKMNPQRSTVWXZ]{4}-[2-9BCDFGHJKMNPQRSTVWXZ]{4}$/);
    expect(opened.nextFollowUpOn).not.toBeNull();
    expect(summary(await entriesOf(opened.id))).toEqual([`${s.responsible.user.id} CREATE ALLOWED CASE_WORK`]);
    // One case per inquiry; another district's inquiry is not found.
    const again = await run(OPEN_CASE, { input: { inquiryId: inquiry.id } }, s.responsible.token);
    expect(errorOf(again)).toMatchObject({
      code: 'CONFLICT',
      reason: 'CASE_INQUIRY_HAS_CASE',
      field: 'input.inquiryId',
    });
    const elsewhere = await createCaseTestInquiry(s.db, { districtId: 'nord' });
    expect(errorOf(await run(OPEN_CASE, { input: { inquiryId: elsewhere.id } }, s.responsible.token))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'CASE_INQUIRY_NOT_FOUND',
    });
    expect(
      errorOf(
        await run(
          OPEN_CASE,
          { input: { inquiryId: elsewhere.id, responsibleStaffUserId: s.nordStaff.user.id } },
          s.nordStaff.token,
        ),
      ),
    ).toBeUndefined();
  });

  it('changes status by the lifecycle, refers, and exports the case for art. 15', async () => {
    const opened = await openCaseWithNote();
    const resource = await createCaseTestReferralResource(s.db, { name: 'DPS Bjørgvin' });
    const elsewhere = await createCaseTestReferralResource(s.db, { districtId: 'nord', name: 'DPS Tromsø' });
    expect(
      errorOf(
        await run(
          ADD_REFERRAL,
          { input: { caseId: opened.id, referralResourceId: elsewhere.id } },
          s.responsible.token,
        ),
      ),
    ).toMatchObject({ reason: 'CASE_REFERRAL_RESOURCE_NOT_FOUND', field: 'input.referralResourceId' });
    dataOf(
      await run(ADD_REFERRAL, { input: { caseId: opened.id, referralResourceId: resource.id } }, s.responsible.token),
    );
    const closeWithout = await run(
      CHANGE_STATUS,
      { input: { id: opened.id, version: 1, status: 'CLOSED' } },
      s.responsible.token,
    );
    expect(errorOf(closeWithout)).toMatchObject({ reason: 'CASE_OUTCOME_REQUIRED', field: 'input.outcome' });
    const closed = dataOf(
      await run(
        CHANGE_STATUS,
        { input: { id: opened.id, version: 1, status: 'CLOSED', outcome: 'REFERRED_TO_PROFESSIONAL_HELP' } },
        s.responsible.token,
      ),
    ).changeCaseStatus;
    expect(closed).toMatchObject({
      status: 'CLOSED',
      outcome: 'REFERRED_TO_PROFESSIONAL_HELP',
      nextFollowUpOn: null,
      version: 2,
    });
    expect(
      errorOf(await run(CHANGE_STATUS, { input: { id: opened.id, version: 1, status: 'OPEN' } }, s.responsible.token)),
    ).toMatchObject({ code: 'CONFLICT', reason: 'FOLLOW_UP_CASE_STALE' });
    expect(
      errorOf(await run(CHANGE_STATUS, { input: { id: opened.id, version: 2, status: 'OPEN' } }, s.responsible.token)),
    ).toMatchObject({ reason: 'CASE_STATUS_TRANSITION', field: 'input.status' });
    expect(
      errorOf(await run(CHANGE_STATUS, { input: { id: opened.id, version: 2, status: 'PAUSED' } }, s.nordStaff.token)),
    ).toMatchObject({ code: 'NOT_FOUND' });
    const read = dataOf(await run(CASE_ONLY, { id: opened.id }, s.responsible.token)).followUpCase;
    expect(read.referrals).toEqual([{ referralResourceName: 'DPS Bjørgvin' }]);
    expect(read.statusChanges).toEqual([
      { fromStatus: null, toStatus: 'OPEN', outcome: null },
      { fromStatus: 'OPEN', toStatus: 'CLOSED', outcome: 'REFERRED_TO_PROFESSIONAL_HELP' },
    ]);

    // Art. 15: the lead only; the document holds the case, inquiry, consents, notes, referrals and log.
    expect(errorOf(await run(EXPORT, { id: opened.id }, s.responsible.token))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'CASE_LEAD_ONLY',
    });
    const document = JSON.parse(dataOf(await run(EXPORT, { id: opened.id }, s.lead.token)).exportFollowUpCase) as {
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
    const inquiryLog = await s.db.repositories.accessLog.listForRecord(NATIONAL_SCOPE, 'INQUIRY', opened.inquiryId, {
      first: 10,
    });
    expect(summary(inquiryLog.nodes.slice(0, 1))).toEqual([`${s.lead.user.id} EXPORT ALLOWED SUBJECT_ACCESS_REQUEST`]);
    expect(summary((await entriesOf(opened.id)).slice(0, 2)).sort()).toEqual([
      `${s.lead.user.id} EXPORT ALLOWED SUBJECT_ACCESS_REQUEST`,
      `${s.lead.user.id} READ_NOTES ALLOWED SUBJECT_ACCESS_REQUEST`,
    ]);
  });

  it('hands a case over, puts it on the due list, and refuses a note with an identity number', async () => {
    const opened = await openCaseWithNote();
    const today = todayIn(s.gateway.clock.now);
    const stale = await run(
      UPDATE_CASE,
      { input: { id: opened.id, version: 0, responsibleStaffUserId: s.colleague.user.id, nextFollowUpOn: today } },
      s.responsible.token,
    );
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', reason: 'FOLLOW_UP_CASE_STALE' });
    expect(
      errorOf(
        await run(
          UPDATE_CASE,
          { input: { id: opened.id, version: 1, responsibleStaffUserId: s.nordStaff.user.id } },
          s.responsible.token,
        ),
      ),
    ).toMatchObject({ reason: 'CASE_RESPONSIBLE_NOT_IN_DISTRICT', field: 'input.responsibleStaffUserId' });
    const handedOver = dataOf(
      await run(
        UPDATE_CASE,
        { input: { id: opened.id, version: 1, responsibleStaffUserId: s.colleague.user.id, nextFollowUpOn: today } },
        s.responsible.token,
      ),
    ).updateFollowUpCase;
    expect(handedOver).toMatchObject({
      version: 2,
      nextFollowUpOn: today,
      responsibleStaffUser: { id: s.colleague.user.id },
    });
    const due = dataOf(
      await run(DUE, { responsibleStaffUserId: s.colleague.user.id }, s.colleague.token),
    ).followUpCasesDue;
    expect(due).toEqual([{ dueOn: today, overdue: false, followUpCase: { id: opened.id } }]);
    // Now responsible, the colleague reads and writes the notes; the one who handed it over no longer does.
    expect(dataOf(await run(CASE_WITH_NOTES, { id: opened.id }, s.colleague.token)).followUpCase.mayReadNotes).toBe(
      true,
    );
    expect(errorOf(await run(CASE_WITH_NOTES, { id: opened.id }, s.responsible.token))).toMatchObject({
      reason: 'CASE_NOTES_FORBIDDEN',
    });
    const withNumber = await run(
      ADD_NOTE,
      { input: { caseId: opened.id, text: 'Fødselsnummer 13097248022 oppgitt.' } },
      s.colleague.token,
    );
    expect(errorOf(withNumber)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NATIONAL_ID_NUMBER',
      field: 'input.text',
    });
    expect(
      dataOf(
        await run(ADD_NOTE, { input: { caseId: opened.id, text: 'Ring 47912345678 neste uke.' } }, s.colleague.token),
      ).addCaseNote.text,
    ).toBe('Ring 47912345678 neste uke.');
    expect(errorOf(await run(DUE, {}, s.national.token))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
