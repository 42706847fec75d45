import { testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { ApiScope, SubmitReferralInput } from './generated/graphql.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import { inquiryInput, UPDATE, useInquirySuite } from './inquiry-fixtures.js';
import { dataOf, errorOf } from './network-fixtures.js';

// Issue 14, acceptance 2: a public service's referral lands once in vest's queue, however often it
// is sent; the service sees its status by its reference only (decision 0033).

const CREATE_CLIENT = graphql(`
  mutation ReferralClientCreate($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      key
    }
  }
`);

const SUBMIT = graphql(`
  mutation SubmitReferral($input: SubmitReferralInput!) {
    submitReferral(input: $input) {
      id
      reference
      kind
      status
      submittedAt
    }
  }
`);

const REQUEST_TALK = graphql(`
  mutation RequestTalk($input: RequestTalkInput!) {
    requestTalk(input: $input) {
      id
      kind
      status
    }
  }
`);

const STATUS = graphql(`
  query ServiceReferralStatus($reference: String!) {
    serviceReferral(reference: $reference) {
      id
      reference
      kind
      status
      submittedAt
    }
  }
`);

const QUEUE = graphql(`
  query ReferralQueue($filter: InquiryFilter) {
    inquiries(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          version
          channel
          inquirerType
          publicServiceType
          personAlias
          contact {
            method
            value
          }
          consents {
            purpose
            givenOn
            wording
          }
          actions
          serviceReferral {
            kind
            reference
            clientName
            serviceUnit
            contactTimes
            talkTopic
            talkAudienceSize
          }
        }
      }
    }
  }
`);

const PLAN = graphql(`
  mutation ReferralPlanActivity($input: PlanActivityFromInquiryInput!) {
    planActivityFromInquiry(input: $input) {
      activity {
        id
        status
        plannedFromInquiryId
      }
    }
  }
`);

const referral = (overrides: Partial<SubmitReferralInput> = {}): SubmitReferralInput => ({
  reference: 'NAV-2026-0001',
  municipality: '4601',
  serviceType: 'NAV',
  serviceUnit: 'NAV Bergenhus',
  serviceContact: { name: 'Ola Veileder', email: 'ola.veileder@nav.example' },
  person: { firstName: 'Kari', contactPreference: 'PHONE', phone: '912 34 567', goodTimes: 'Hverdager etter 15' },
  consent: { wording: 'Jeg samtykker til at Selvhjelp Norge kontakter meg.', givenOn: '2026-11-30' },
  themeIds: ['loneliness'],
  reasonText: 'Ønsker å snakke med noen i samme situasjon.',
  ...overrides,
});

const REFERRALS = { channels: ['REFERRAL' as const], inquirerTypes: ['PUBLIC_SERVICE' as const] };

describe.each(testBackends())('referrals from services on $name', (backend) => {
  const s = useInquirySuite(backend);
  let second: TestGateway;
  let key: string;
  let otherKey: string;

  beforeAll(async () => {
    second = await startTestGateway(s.db);
    second.clock.now = s.gateway.clock.now;
    const admin = await s.gateway.login('admin@demo.selvhjelp.no');
    const client = async (name: string, scopes: ApiScope[]) =>
      dataOf(
        await s.gateway.run(
          CREATE_CLIENT,
          {
            input: {
              name,
              contactName: 'Kari Nordmann',
              contactEmail: 'kari@nav.example',
              scopes,
              districtIds: ['vest'],
            },
          },
          admin,
        ),
      ).createApiClient.key;
    key = await client('NAV Bergen', ['GROUPS_READ', 'REFERRALS_WRITE']);
    otherKey = await client('Bergen kommune', ['REFERRALS_WRITE']);
  });
  afterAll(() => second?.close());

  const queue = async () => dataOf(await s.gateway.run(QUEUE, { filter: REFERRALS }, s.tokens.staff)).inquiries;

  it('acceptance 2: one inquiry in vest’s queue; a retry answers the same and makes none; another payload is refused', async () => {
    const before = (await queue()).totalCount;
    const first = dataOf(await s.gateway.run(SUBMIT, { input: referral() }, key)).submitReferral;
    expect(first).toMatchObject({ reference: 'NAV-2026-0001', kind: 'REFERRAL', status: 'RECEIVED' });

    const listed = await queue();
    expect(listed.totalCount).toBe(before + 1);
    const inquiry = listed.edges.find((edge) => edge.node.serviceReferral?.reference === 'NAV-2026-0001')!.node;
    expect(inquiry).toMatchObject({
      channel: 'REFERRAL',
      inquirerType: 'PUBLIC_SERVICE',
      publicServiceType: 'NAV',
      personAlias: 'Kari',
      contact: { method: 'PHONE', value: '912 34 567' },
      consents: [
        {
          purpose: 'FOLLOW_UP_CONTACT',
          givenOn: '2026-11-30',
          wording: 'Jeg samtykker til at Selvhjelp Norge kontakter meg.',
        },
      ],
      serviceReferral: {
        kind: 'REFERRAL',
        clientName: 'NAV Bergen',
        serviceUnit: 'NAV Bergenhus',
        contactTimes: 'Hverdager etter 15',
      },
    });
    // The staff read went to the access log, as every inquiry read does.
    expect((await s.entries(inquiry.id)).map((entry) => entry.action)).toContain('LIST');

    // The same submission again, with other spacing: the first answer, and nothing new.
    const again = dataOf(
      await second.run(
        SUBMIT,
        { input: referral({ reference: ' NAV-2026-0001 ', serviceUnit: 'NAV Bergenhus ' }) },
        key,
      ),
    ).submitReferral;
    expect(again).toEqual(first);
    expect((await queue()).totalCount).toBe(before + 1);

    const changed = await s.gateway.run(SUBMIT, { input: referral({ reasonText: 'Noe annet.' }) }, key);
    expect(errorOf(changed)).toMatchObject({
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
      field: 'input.reference',
    });
    expect((await queue()).totalCount).toBe(before + 1);
  });

  it('honours an Idempotency-Key header before the reference', async () => {
    const headers = { 'Idempotency-Key': 'b3f1c0de-key-0001' };
    const first = dataOf(
      await s.gateway.run(SUBMIT, { input: referral({ reference: 'NAV-KEY-1' }) }, key, headers),
    ).submitReferral;
    const before = (await queue()).totalCount;
    const again = dataOf(
      await second.run(SUBMIT, { input: referral({ reference: 'NAV-KEY-1' }) }, key, headers),
    ).submitReferral;
    expect(again.id).toBe(first.id);
    // The key names the submission: another payload under it is refused, whatever its reference.
    const reused = await s.gateway.run(SUBMIT, { input: referral({ reference: 'NAV-KEY-2' }) }, key, headers);
    expect(errorOf(reused)).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    const invalid = await s.gateway.run(SUBMIT, { input: referral({ reference: 'NAV-KEY-3' }) }, key, {
      'Idempotency-Key': 'mellom rom',
    });
    expect(errorOf(invalid)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IDEMPOTENCY_KEY_INVALID' });
    expect((await queue()).totalCount).toBe(before);
  });

  it('makes one inquiry of concurrent duplicates on two gateway processes', async () => {
    const before = (await queue()).totalCount;
    const input = referral({ reference: 'NAV-RACE-1' });
    const answers = await Promise.all(
      [s.gateway, second, s.gateway, second, s.gateway, second].map((gateway) => gateway.run(SUBMIT, { input }, key)),
    );
    const ids = new Set(answers.map((answer) => dataOf(answer).submitReferral.id));
    expect(ids.size).toBe(1);
    expect((await queue()).totalCount).toBe(before + 1);
  });

  it('tells the status by reference only: to its own client, RECEIVED then CONTACTED', async () => {
    const submitted = dataOf(
      await s.gateway.run(SUBMIT, { input: referral({ reference: 'NAV-STATUS-1' }) }, key),
    ).submitReferral;
    const status = dataOf(await s.gateway.run(STATUS, { reference: 'NAV-STATUS-1' }, key)).serviceReferral;
    expect(status).toEqual(submitted);
    expect(Object.keys(status).sort()).toEqual(['id', 'kind', 'reference', 'status', 'submittedAt']);
    expect(errorOf(await s.gateway.run(STATUS, { reference: 'NAV-STATUS-1' }, otherKey))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'SERVICE_REFERRAL_NOT_FOUND',
    });
    // Nothing about the person can be asked for: the type has no such field.
    const personal = await s.gateway.gql(`{ serviceReferral(reference: "NAV-STATUS-1") { personAlias } }`, {}, key);
    expect(errorOf(personal)?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const inquiry = (await queue()).edges.find((edge) => edge.node.serviceReferral?.reference === 'NAV-STATUS-1')!.node;
    const saved = await s.gateway.run(
      UPDATE,
      {
        input: {
          id: inquiry.id,
          version: inquiry.version,
          inquiry: inquiryInput({
            channel: 'REFERRAL',
            inquirerType: 'PUBLIC_SERVICE',
            publicServiceType: 'NAV',
            themeIds: ['loneliness'],
            actions: ['INFORMATION_GIVEN'],
            minutesSpent: 15,
            interestList: [],
            consents: [{ purpose: 'FOLLOW_UP_CONTACT', givenOn: '2026-11-30', wording: 'Jeg samtykker.' }],
          }),
        },
      },
      s.tokens.staff,
    );
    expect(saved.errors).toBeUndefined();
    expect(dataOf(await s.gateway.run(STATUS, { reference: 'NAV-STATUS-1' }, key)).serviceReferral.status).toBe(
      'CONTACTED',
    );
  });

  it('refuses staff, a client without the scope, another district’s municipality and an identity number', async () => {
    for (const token of [s.tokens.staff, s.tokens.lead]) {
      expect(errorOf(await s.gateway.run(SUBMIT, { input: referral() }, token))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'SERVICE_REFERRALS_API_CLIENTS_ONLY',
      });
      expect(errorOf(await s.gateway.run(STATUS, { reference: 'NAV-2026-0001' }, token))?.code).toBe('FORBIDDEN');
    }
    expect(errorOf(await s.gateway.run(SUBMIT, { input: referral() }))?.code).toBe('UNAUTHENTICATED');

    const admin = await s.gateway.login('admin@demo.selvhjelp.no');
    const groupsOnly = dataOf(
      await s.gateway.run(
        CREATE_CLIENT,
        {
          input: {
            name: 'Lesetilgang',
            contactName: 'Kari Nordmann',
            contactEmail: 'kari@nav.example',
            scopes: ['GROUPS_READ'],
            districtIds: ['vest'],
          },
        },
        admin,
      ),
    ).createApiClient.key;
    expect(errorOf(await s.gateway.run(SUBMIT, { input: referral({ reference: 'X-1' }) }, groupsOnly))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'API_SCOPE_MISSING',
    });
    expect(errorOf(await s.gateway.run(STATUS, { reference: 'NAV-2026-0001' }, groupsOnly))?.code).toBe('FORBIDDEN');

    // Tromsø (5501) is nord's: not this client's district.
    const tromso = await s.gateway.run(SUBMIT, { input: referral({ reference: 'X-2', municipality: '5501' }) }, key);
    expect(errorOf(tromso)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SERVICE_REFERRAL_MUNICIPALITY_OUTSIDE',
      field: 'input.municipality',
    });
    const idNumber = await s.gateway.run(
      SUBMIT,
      { input: referral({ reference: 'X-3', reasonText: 'Fnr 13097248022' }) },
      key,
    );
    expect(errorOf(idNumber)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NATIONAL_ID_NUMBER',
      field: 'input.reasonText',
    });
  });

  it('lands a talk request as an inquiry that staff plan as an activity, which closes it', async () => {
    const talk = {
      reference: 'NAV-TALK-1',
      municipality: '4601',
      serviceType: 'NAV' as const,
      serviceUnit: 'NAV Bergenhus',
      serviceContact: { name: 'Ola Veileder', phone: '55 55 55 55' },
      topic: 'Selvhjelp for veiledere',
      themeIds: ['loneliness'],
      audienceSize: 30,
      wishedFrom: '2027-01-10',
      wishedTo: '2027-02-28',
      place: 'NAV Bergenhus, møterom 2',
    };
    const requested = dataOf(await s.gateway.run(REQUEST_TALK, { input: talk }, key)).requestTalk;
    expect(requested).toMatchObject({ kind: 'TALK_REQUEST', status: 'RECEIVED' });
    const inquiry = (await queue()).edges.find((edge) => edge.node.serviceReferral?.reference === 'NAV-TALK-1')!.node;
    expect(inquiry).toMatchObject({
      actions: ['TALK_OR_COURSE_REQUESTED'],
      personAlias: null,
      serviceReferral: { kind: 'TALK_REQUEST', talkTopic: 'Selvhjelp for veiledere', talkAudienceSize: 30 },
    });
    const planned = dataOf(
      await s.gateway.run(
        PLAN,
        { input: { inquiryId: inquiry.id, title: 'Selvhjelp for veiledere', date: '2027-01-20', place: talk.place } },
        s.tokens.staff,
      ),
    ).planActivityFromInquiry;
    expect(planned.activity).toMatchObject({ status: 'PLANNED', plannedFromInquiryId: inquiry.id });
    expect(dataOf(await s.gateway.run(STATUS, { reference: 'NAV-TALK-1' }, key)).serviceReferral.status).toBe('CLOSED');
  });
});
