import { graphql } from './generated/index.js';
import type { ActivityInput, PartnerInput } from './generated/graphql.js';
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

export const PARTNER_FIELDS = 'id name type organisationNumber status version municipality { number } district { id }';
export const ACTIVITY_FIELDS = 'id type title status date participantCount version partners { id } staff { id name }';
export const AGREEMENT_FIELDS =
  'id title startsOn endsOn inForce version attachment { id fileName contentType byteSize sha256 }';

export const CREATE_PARTNER = `mutation ($partner: PartnerInput!) { createPartner(partner: $partner) { ${PARTNER_FIELDS} } }`;
export const UPDATE_PARTNER = `mutation ($input: UpdatePartnerInput!) { updatePartner(input: $input) { ${PARTNER_FIELDS} } }`;
export const ADD_CONTACT =
  'mutation ($input: AddContactInput!) { addContact(input: $input) { id name email version } }';
export const CREATE_ACTIVITY = `mutation ($activity: ActivityInput!) { createOutreachActivity(activity: $activity) { ${ACTIVITY_FIELDS} } }`;
export const UPDATE_ACTIVITY = `mutation ($input: UpdateActivityInput!) { updateOutreachActivity(input: $input) { ${ACTIVITY_FIELDS} } }`;
export const ADD_OUTCOME =
  'mutation ($input: AddActivityOutcomeInput!) { addActivityOutcome(input: $input) { id kind group { id } } }';
export const CREATE_AGREEMENT = `mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;
export const UPDATE_AGREEMENT = `mutation ($input: UpdateAgreementInput!) { updateAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;

const CREATE_PARTNER_DOCUMENT = graphql(`
  mutation CreateTestPartner($partner: PartnerInput!) {
    createPartner(partner: $partner) {
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
  }
`);

const CREATE_ACTIVITY_DOCUMENT = graphql(`
  mutation CreateTestActivity($activity: ActivityInput!) {
    createOutreachActivity(activity: $activity) {
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

export interface PartnerShape {
  id: string;
  name: string;
  version: number;
  organisationNumber: string | null;
}

export interface ActivityShape {
  id: string;
  type: string;
  version: number;
  participantCount: number | null;
}

/** The data of a response, or a thrown error with the GraphQL errors when there is none. */
export function dataOf<T>(response: GraphQLResponse<T> | TypedResponse<T>): T {
  if (!response.data || response.errors?.length) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

export async function createPartner(
  gateway: TestGateway,
  token: string,
  overrides: Partial<PartnerInput> = {},
): Promise<PartnerShape> {
  return dataOf(await gateway.run(CREATE_PARTNER_DOCUMENT, { partner: partnerInput(overrides) }, token)).createPartner;
}

export async function createActivity(
  gateway: TestGateway,
  token: string,
  overrides: Partial<ActivityInput> = {},
): Promise<ActivityShape> {
  return dataOf(await gateway.run(CREATE_ACTIVITY_DOCUMENT, { activity: activityInput(overrides) }, token))
    .createOutreachActivity;
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
