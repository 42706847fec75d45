import { testBackends } from '@selvhjelp/db/testing';
import { describe, expect, it } from 'vitest';
import { CASE_ONLY, CASE_WITH_NOTES, useCaseSuite, WHO_HAS_READ } from './follow-up-case-fixtures.js';
import { graphql } from './generated/index.js';
import { dataOf, errorOf } from './network-fixtures.js';

// Acceptance 2 of issue 12: who may read a case and its notes, and the access log that records
// every read, refusal and change, which the district lead reads for the case.

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

describe.each(testBackends())('who may read a follow-up case and its notes on $name', (backend) => {
  const s = useCaseSuite(backend);
  const { run, openCaseWithNote } = s;

  it('acceptance 2: notes refused to vest staff without access, the case to nord; all in the lead’s log', async () => {
    const opened = await openCaseWithNote();

    // The responsible staff member reads the notes.
    const own = dataOf(await run(CASE_WITH_NOTES, { id: opened.id }, s.responsible.token)).followUpCase;
    expect(own).toMatchObject({ mayReadNotes: true, notes: [{ text: 'Snakket med Kari om sorgen.' }] });

    // vest staff without access: the case yes, its notes FORBIDDEN.
    expect(dataOf(await run(CASE_ONLY, { id: opened.id }, s.colleague.token)).followUpCase.id).toBe(opened.id);
    const refused = await run(CASE_WITH_NOTES, { id: opened.id }, s.colleague.token);
    expect(refused.errors?.[0]).toMatchObject({
      path: ['followUpCase', 'notes'],
      extensions: { code: 'FORBIDDEN', reason: 'CASE_NOTES_FORBIDDEN' },
    });

    // nord: NOT_FOUND, exactly like a case that does not exist.
    const fromNord = await run(CASE_ONLY, { id: opened.id }, s.nordStaff.token);
    const missing = await run(CASE_ONLY, { id: '00000000-0000-4000-8000-000000000000' }, s.nordStaff.token);
    expect(errorOf(fromNord)).toMatchObject({ code: 'NOT_FOUND', reason: 'FOLLOW_UP_CASE_NOT_FOUND' });
    expect(errorOf(fromNord)).toEqual(errorOf(missing));
    expect(fromNord.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);

    // The national office never sees single cases.
    expect(errorOf(await run(CASE_ONLY, { id: opened.id }, s.national.token))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERSONAL_RECORDS_DISTRICT_STAFF_ONLY',
    });

    // The lead sees it all for the case, newest first.
    const log = dataOf(await run(WHO_HAS_READ, { id: opened.id }, s.lead.token)).followUpCase.accessLog;
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
    expect(errorOf(await run(WHO_HAS_READ, { id: opened.id }, s.responsible.token))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'CASE_LEAD_ONLY',
    });
  });

  it('lets the lead grant a staff member the notes for a while, and revoke it', async () => {
    const opened = await openCaseWithNote();
    const inTenMinutes = () => new Date(s.gateway.clock.now.getTime() + 10 * 60_000).toISOString();
    const until = inTenMinutes();
    expect(
      errorOf(await run(GRANT, { caseId: opened.id, staffUserId: s.colleague.user.id, until }, s.responsible.token)),
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'CASE_LEAD_ONLY' });
    expect(
      errorOf(await run(GRANT, { caseId: opened.id, staffUserId: s.nordStaff.user.id, until }, s.lead.token)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CASE_NOTE_GRANT_STAFF_NOT_IN_DISTRICT', field: 'staffUserId' });
    const grant = dataOf(
      await run(GRANT, { caseId: opened.id, staffUserId: s.colleague.user.id, until }, s.lead.token),
    ).grantCaseNoteAccess;
    expect(grant.active).toBe(true);
    const granted = dataOf(await run(CASE_WITH_NOTES, { id: opened.id }, s.colleague.token)).followUpCase;
    expect(granted.notes.map((note) => note.text)).toEqual(['Snakket med Kari om sorgen.']);
    const grants = dataOf(await run(WHO_HAS_READ, { id: opened.id }, s.lead.token)).followUpCase.noteGrants;
    expect(grants).toEqual([{ id: grant.id, active: true, staffUser: { id: s.colleague.user.id } }]);
    const tooLong = new Date(s.gateway.clock.now.getTime() + 91 * 86_400_000).toISOString();
    expect(
      errorOf(await run(GRANT, { caseId: opened.id, staffUserId: s.colleague.user.id, until: tooLong }, s.lead.token)),
    ).toMatchObject({ reason: 'CASE_NOTE_GRANT_TOO_LONG', field: 'until' });
    // Expired: refused again; a new grant, revoked by the lead, ends at once.
    s.gateway.clock.advance(11 * 60_000);
    expect(errorOf(await run(CASE_WITH_NOTES, { id: opened.id }, s.colleague.token))).toMatchObject({
      reason: 'CASE_NOTES_FORBIDDEN',
    });
    const again = dataOf(
      await run(GRANT, { caseId: opened.id, staffUserId: s.colleague.user.id, until: inTenMinutes() }, s.lead.token),
    ).grantCaseNoteAccess;
    expect(dataOf(await run(CASE_WITH_NOTES, { id: opened.id }, s.colleague.token)).followUpCase.mayReadNotes).toBe(
      true,
    );
    expect(dataOf(await run(REVOKE, { id: again.id }, s.lead.token)).revokeCaseNoteAccess.active).toBe(false);
    expect(errorOf(await run(CASE_WITH_NOTES, { id: opened.id }, s.colleague.token))).toMatchObject({
      reason: 'CASE_NOTES_FORBIDDEN',
    });
  });
});
