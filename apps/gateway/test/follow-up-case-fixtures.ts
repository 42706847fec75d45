import type { AccessLogEntryRecord, Database } from '@selvhjelp/db';
import type { TestBackend } from '@selvhjelp/db/testing';
import { createCaseTestInquiry, createSignedInStaffUser } from '@selvhjelp/db/testing';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll } from 'vitest';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import { dataOf } from './network-fixtures.js';

// The follow-up case tests' shared documents and setup: a vest lead, the responsible staff member,
// a colleague, nord staff and a national user, on a gateway whose clock moves a second per request.

export const OPEN_CASE = graphql(`
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
export const ADD_NOTE = graphql(`
  mutation AddCaseNote($input: AddCaseNoteInput!) {
    addCaseNote(input: $input) {
      id
      date
      text
    }
  }
`);
export const CASE_WITH_NOTES = graphql(`
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
export const CASE_ONLY = graphql(`
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
export const WHO_HAS_READ = graphql(`
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

type Signed = Awaited<ReturnType<typeof createSignedInStaffUser>>;

export interface CaseSuite {
  db: Database;
  gateway: TestGateway;
  lead: Signed;
  responsible: Signed;
  colleague: Signed;
  nordStaff: Signed;
  national: Signed;
  run: TestGateway['run'];
  entriesOf(caseId: string): Promise<AccessLogEntryRecord[]>;
  summary(entries: readonly AccessLogEntryRecord[]): string[];
  /** A case opened by the responsible staff member from a new inquiry, with one note. */
  openCaseWithNote(): Promise<{ id: string; reference: string; inquiryId: string }>;
}

/** A describe block's gateway and users on a fresh database of `backend`; the fields are there once the tests run. */
export function useCaseSuite(backend: TestBackend): CaseSuite {
  const suite = {} as CaseSuite;
  beforeAll(async () => {
    suite.db = await backend.open({ seed: 'demo' });
    suite.gateway = await startTestGateway(suite.db);
    [suite.lead, suite.responsible, suite.colleague, suite.nordStaff, suite.national] = await Promise.all([
      createSignedInStaffUser(suite.db, { districtId: 'vest', role: 'DISTRICT_LEAD', name: 'Lea Leder' }),
      createSignedInStaffUser(suite.db, { districtId: 'vest', role: 'DISTRICT_STAFF', name: 'Rune Ansvarlig' }),
      createSignedInStaffUser(suite.db, { districtId: 'vest', role: 'DISTRICT_STAFF', name: 'Kari Kollega' }),
      createSignedInStaffUser(suite.db, { districtId: 'nord', role: 'DISTRICT_STAFF', name: 'Nils Nord' }),
      createSignedInStaffUser(suite.db, { role: 'NATIONAL', name: 'Nina Nasjonal' }),
    ]);
  });
  afterAll(async () => {
    await suite.gateway?.close();
    await suite.db?.close();
  });

  // The gateway's clock stands still unless moved: a second per request orders the log by request.
  suite.run = (document, variables, token) => {
    suite.gateway.clock.advance(1000);
    return suite.gateway.run(document, variables, token);
  };
  suite.entriesOf = async (caseId) =>
    (await suite.db.repositories.accessLog.listForRecord(NATIONAL_SCOPE, 'FOLLOW_UP_CASE', caseId, { first: 200 }))
      .nodes;
  suite.summary = (entries) => entries.map((e) => [e.staffUserId, e.action, e.outcome, e.purpose].join(' '));
  suite.openCaseWithNote = async () => {
    const inquiry = await createCaseTestInquiry(suite.db);
    const opened = dataOf(
      await suite.run(OPEN_CASE, { input: { inquiryId: inquiry.id } }, suite.responsible.token),
    ).openFollowUpCase;
    dataOf(
      await suite.run(
        ADD_NOTE,
        { input: { caseId: opened.id, text: 'Snakket med Kari om sorgen.', nextFollowUpOn: null } },
        suite.responsible.token,
      ),
    );
    return opened;
  };
  return suite;
}
