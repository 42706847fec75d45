import type { AccessLogEntryRecord } from '@selvhjelp/db';
import type { TestBackend } from '@selvhjelp/db/testing';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import { graphql } from './generated/index.js';
import type { InquiryInput } from './generated/graphql.js';
import type { GatewaySuite } from './suite.js';
import { useTestGateway } from './suite.js';

// The inquiry tests' shared documents and setup: vest staff and lead, nord staff and a national
// user, on a gateway whose clock stands at 2026-12-01 15:00 in Oslo.

export const INQUIRY_FIELDS_FRAGMENT = graphql(`
  fragment InquiryFields on Inquiry {
    id
    district {
      id
    }
    receivedOn
    receivedTime
    channel
    inquirerType
    themes {
      id
    }
    minutesSpent
    actions
    note
    personAlias
    contact {
      method
      value
    }
    followUpConsentInForce
    consents {
      purpose
      givenOn
      withdrawnOn
      inForce
    }
    interestListEntries {
      id
      theme {
        id
      }
      municipality {
        number
      }
      closedOn
      version
    }
    activity {
      id
      status
    }
    hasCase
    version
  }
`);
export const LOG = graphql(`
  mutation LogInquiry($input: InquiryInput!) {
    logInquiry(input: $input) {
      ...InquiryFields
    }
  }
`);
export const UPDATE = graphql(`
  mutation UpdateInquiry($input: UpdateInquiryInput!) {
    updateInquiry(input: $input) {
      ...InquiryFields
    }
  }
`);
export const GET = graphql(`
  query InquiryById($id: ID!) {
    inquiry(id: $id) {
      ...InquiryFields
    }
  }
`);

export const inquiryInput = (overrides: Partial<InquiryInput> = {}): InquiryInput => ({
  channel: 'PHONE',
  inquirerType: 'RELATIVE',
  themeIds: ['grief'],
  municipalityNumber: '4601',
  minutesSpent: 12,
  actions: ['INFORMATION_GIVEN', 'ADDED_TO_INTEREST_LIST'],
  note: 'Mor ringte om sønnen etter dødsfallet.',
  person: { alias: 'Kari', contact: { method: 'PHONE', value: '912 34 567' } },
  consents: [
    { purpose: 'FOLLOW_UP_CONTACT', givenOn: '2026-12-01', wording: 'Kan ringes tilbake.' },
    { purpose: 'INTEREST_LIST', givenOn: '2026-12-01', wording: 'Kan stå på interesselisten.' },
  ],
  interestList: [{ themeId: 'grief', municipalityNumber: '4601' }],
  ...overrides,
});

export interface InquirySuite extends GatewaySuite<'staff' | 'lead' | 'nord' | 'national'> {
  /** The access-log entries of an inquiry, newest first. */
  entries(recordId: string): Promise<AccessLogEntryRecord[]>;
}

/** A describe block's gateway and users on a fresh database of `backend`; the fields are there once the tests run. */
export function useInquirySuite(backend: TestBackend): InquirySuite {
  const suite = useTestGateway(backend, {
    at: '2026-12-01T14:00:00Z',
    users: {
      staff: { districtId: 'vest' },
      lead: { districtId: 'vest', role: 'DISTRICT_LEAD' },
      nord: { districtId: 'nord' },
      national: { role: 'NATIONAL' },
    },
  }) as InquirySuite;
  suite.entries = (recordId) =>
    suite.db.repositories.accessLog
      .listForRecord(NATIONAL_SCOPE, 'INQUIRY', recordId, { first: 100 })
      .then((page) => page.nodes);
  return suite;
}
