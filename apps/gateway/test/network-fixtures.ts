import { graphql } from './generated/index.js';
import type { ActivityInput, GroupInput, PartnerInput } from './generated/graphql.js';
import { groupInput } from './group-fixtures.js';
import type { GraphQLResponse, TestGateway, TypedResponse } from './harness.js';

/** A valid organisation number (modulus-11 check digit right). */
export const VALID_ORGANISATION_NUMBER = '974760673';

/** A valid `PartnerInput` in Bergen; tests override what they are about. */
export function partnerInput(overrides: Partial<PartnerInput> = {}) {
  return {
    name: 'Bergen kommune, helse og omsorg',
    type: 'MUNICIPALITY',
    organisationNumber: null,
    municipalityNumber: '4601',
    streetAddress: 'Rådhusgaten 10',
    postalCode: '5014',
    postalPlace: 'Bergen',
    website: 'bergen.kommune.no',
    status: 'ACTIVE',
    ...overrides,
  } satisfies PartnerInput;
}

/** A valid `ActivityInput`: a completed talk in Bergen with 25 participants. */
export function activityInput(overrides: Partial<ActivityInput> = {}) {
  return {
    type: 'TALK',
    title: 'Foredrag om selvhjelp',
    status: 'COMPLETED',
    date: '2026-10-01',
    startTime: '18:00',
    endTime: '19:30',
    place: 'Bergen offentlige bibliotek',
    municipalityNumber: '4601',
    audiences: ['PUBLIC'],
    participantCount: 25,
    ...overrides,
  } satisfies ActivityInput;
}

/** A tiny valid PDF, as bytes. */
export function pdfBytes(text = 'Samarbeidsavtale'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}

/** What the network tests read back of a partner. */
export const PARTNER_FIELDS_FRAGMENT = graphql(`
  fragment PartnerFields on Partner {
    id
    name
    type
    organisationNumber
    status
    version
    municipality {
      number
    }
    district {
      id
    }
  }
`);

/** What the network tests read back of an activity. */
export const ACTIVITY_FIELDS_FRAGMENT = graphql(`
  fragment ActivityFields on OutreachActivity {
    id
    type
    title
    status
    date
    participantCount
    version
    partners {
      id
    }
    staff {
      id
      name
    }
  }
`);

export const CREATE_PARTNER = graphql(`
  mutation CreateTestPartner($partner: PartnerInput!) {
    createPartner(partner: $partner) {
      ...PartnerFields
    }
  }
`);

export const UPDATE_PARTNER = graphql(`
  mutation UpdateTestPartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      ...PartnerFields
    }
  }
`);

export const ADD_CONTACT = graphql(`
  mutation AddTestContact($input: AddContactInput!) {
    addContact(input: $input) {
      id
      name
      email
      version
    }
  }
`);

export const CREATE_ACTIVITY = graphql(`
  mutation CreateTestActivity($activity: ActivityInput!) {
    createOutreachActivity(activity: $activity) {
      ...ActivityFields
    }
  }
`);

export const UPDATE_ACTIVITY = graphql(`
  mutation UpdateTestActivity($input: UpdateActivityInput!) {
    updateOutreachActivity(input: $input) {
      ...ActivityFields
    }
  }
`);

export const ADD_OUTCOME = graphql(`
  mutation AddTestActivityOutcome($input: AddActivityOutcomeInput!) {
    addActivityOutcome(input: $input) {
      id
      kind
      group {
        id
      }
    }
  }
`);

const CREATE_GROUP = graphql(`
  mutation CreateTestNetworkGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
      version
    }
  }
`);

const PARTNER_COUNT = graphql(`
  query TestPartnerCount {
    partners(first: 1) {
      totalCount
    }
  }
`);

const ACTIVITY_COUNT = graphql(`
  query TestActivityCount {
    outreachActivities(first: 1) {
      totalCount
    }
  }
`);

/** The data of a response, or a thrown error with the GraphQL errors when there is none. */
export function dataOf<T>(response: GraphQLResponse<T> | TypedResponse<T>): T {
  if (!response.data || response.errors?.length) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

export async function createPartner(gateway: TestGateway, token: string, overrides: Partial<PartnerInput> = {}) {
  return dataOf(await gateway.run(CREATE_PARTNER, { partner: partnerInput(overrides) }, token)).createPartner;
}

export async function createActivity(gateway: TestGateway, token: string, overrides: Partial<ActivityInput> = {}) {
  return dataOf(await gateway.run(CREATE_ACTIVITY, { activity: activityInput(overrides) }, token))
    .createOutreachActivity;
}

/** A group in Bergen (`groupInput()`), for outcomes of activities; tests override what they are about. */
export async function createGroup(gateway: TestGateway, token: string, overrides: Partial<GroupInput> = {}) {
  return dataOf(await gateway.run(CREATE_GROUP, { input: { group: groupInput(overrides) } }, token)).createGroup;
}

/** How many partners the viewer sees. */
export async function partnerCount(gateway: TestGateway, token: string): Promise<number> {
  return dataOf(await gateway.run(PARTNER_COUNT, {}, token)).partners.totalCount;
}

export async function activityCount(gateway: TestGateway, token: string): Promise<number> {
  return dataOf(await gateway.run(ACTIVITY_COUNT, {}, token)).outreachActivities.totalCount;
}

/** The error's code and field, for `toMatchObject`. */
export function errorOf(response: GraphQLResponse<unknown> | TypedResponse<unknown>) {
  return response.errors?.[0]?.extensions;
}
