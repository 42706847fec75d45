import type { Database } from '@selvhjelp/db';
import {
  createSignedInStaffUser,
  createTestGroup,
  createTestInquiry,
  testBackends,
  testConsent,
  testContactablePerson,
} from '@selvhjelp/db/testing';
import { findNationalIdNumbers, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { InquiryInput } from './generated/graphql.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import { dataOf, errorOf } from './network-fixtures.js';

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
const LOG = graphql(`
  mutation LogInquiry($input: InquiryInput!) {
    logInquiry(input: $input) {
      ...InquiryFields
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateInquiry($input: UpdateInquiryInput!) {
    updateInquiry(input: $input) {
      ...InquiryFields
    }
  }
`);
const GET = graphql(`
  query InquiryById($id: ID!) {
    inquiry(id: $id) {
      ...InquiryFields
    }
  }
`);
const LIST = graphql(`
  query InquiryList($filter: InquiryFilter, $first: Int) {
    inquiries(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          receivedOn
        }
      }
    }
  }
`);
const WITHDRAW = graphql(`
  mutation WithdrawConsent($inquiryId: ID!, $purpose: ConsentPurpose!) {
    withdrawConsent(inquiryId: $inquiryId, purpose: $purpose) {
      ...InquiryFields
    }
  }
`);
const PLAN = graphql(`
  mutation PlanActivityFromInquiry($input: PlanActivityFromInquiryInput!) {
    planActivityFromInquiry(input: $input) {
      inquiry {
        ...InquiryFields
      }
      activity {
        id
        plannedFromInquiryId
        type
        status
        title
        date
        audiences
        themes {
          id
        }
      }
    }
  }
`);
const ADD_TO_LIST = graphql(`
  mutation AddToInterestList($inquiryId: ID!, $entry: InterestListEntryInput!) {
    addToInterestList(inquiryId: $inquiryId, entry: $entry) {
      id
      version
      closedOn
    }
  }
`);
const CLOSE_ENTRY = graphql(`
  mutation CloseInterestListEntry($id: ID!, $version: Int!) {
    closeInterestListEntry(id: $id, version: $version) {
      id
      version
      closedOn
    }
  }
`);
const DEMAND = graphql(`
  query InterestDemand($filter: InterestDemandFilter) {
    interestDemand(filter: $filter) {
      theme {
        id
      }
      municipality {
        number
      }
      count
    }
  }
`);
const CONTACTS = graphql(`
  query InterestContactsForGroup($groupId: ID!, $reach: InterestReach) {
    interestContactsForGroup(groupId: $groupId, reach: $reach) {
      group {
        id
      }
      toContact {
        entry {
          id
        }
        inquiry {
          id
          personAlias
          contact {
            value
          }
        }
      }
      withoutConsent
    }
  }
`);

// A valid fødselsnummer (check digits right) and an 11-digit phone-like number that fails them.
const BIRTH_NUMBER = '13097248022';
const NOT_AN_ID_NUMBER = '13097248023';

const inquiryInput = (overrides: Partial<InquiryInput> = {}): InquiryInput => ({
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

describe.each(testBackends())('inquiries on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let staff: string;
  let lead: string;
  let nord: string;
  let national: string;

  const entries = (recordId: string) =>
    db.repositories.accessLog
      .listForRecord(NATIONAL_SCOPE, 'INQUIRY', recordId, { first: 100 })
      .then((page) => page.nodes);

  beforeAll(async () => {
    db = await backend.open();
    gateway = await startTestGateway(db);
    gateway.clock.now = new Date('2026-12-01T14:00:00Z');
    const now = gateway.clock.now;
    ({ token: staff } = await createSignedInStaffUser(db, { districtId: 'vest' }, { now }));
    ({ token: lead } = await createSignedInStaffUser(db, { districtId: 'vest', role: 'DISTRICT_LEAD' }, { now }));
    ({ token: nord } = await createSignedInStaffUser(db, { districtId: 'nord' }, { now }));
    ({ token: national } = await createSignedInStaffUser(db, { role: 'NATIONAL' }, { now }));
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  it('logs a phone call from a relative in one mutation, now by default, and logs the creation', async () => {
    const logged = dataOf(await gateway.run(LOG, { input: inquiryInput() }, staff)).logInquiry;
    expect(logged).toMatchObject({
      district: { id: 'vest' },
      receivedOn: '2026-12-01',
      receivedTime: '15:00',
      channel: 'PHONE',
      inquirerType: 'RELATIVE',
      themes: [{ id: 'grief' }],
      personAlias: 'Kari',
      contact: { method: 'PHONE', value: '912 34 567' },
      followUpConsentInForce: true,
      interestListEntries: [{ theme: { id: 'grief' }, municipality: { number: '4601' }, closedOn: null }],
      activity: null,
      hasCase: false,
      version: 1,
    });
    expect(logged.consents.map((consent) => consent.inForce)).toEqual([true, true]);
    expect((await entries(logged.id)).map((entry) => [entry.action, entry.outcome, entry.purpose])).toEqual([
      ['CREATE', 'ALLOWED', 'CASE_WORK'],
    ]);
  });

  // Acceptance 4 of issue 12.
  it('refuses a note with a valid fødselsnummer, with an explanation, and accepts an 11-digit number that fails the check digits', async () => {
    expect(findNationalIdNumbers(BIRTH_NUMBER)).toHaveLength(1);
    expect(findNationalIdNumbers(NOT_AN_ID_NUMBER)).toEqual([]);
    const refused = await gateway.run(
      LOG,
      { input: inquiryInput({ note: `Fnr ${BIRTH_NUMBER}, ring i morgen.` }) },
      staff,
    );
    expect(errorOf(refused)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NATIONAL_ID_NUMBER',
      field: 'input.note',
    });
    expect(refused.errors?.[0]?.message).toMatch(/fødselsnummer/);
    const english = await gateway.run(
      LOG,
      { input: inquiryInput({ person: { alias: BIRTH_NUMBER }, consents: [] }) },
      staff,
      { 'accept-language': 'en' },
    );
    expect(errorOf(english)).toMatchObject({ reason: 'NATIONAL_ID_NUMBER', field: 'input.person.alias' });
    expect(english.errors?.[0]?.message).toMatch(/national identity number/);

    const accepted = dataOf(
      await gateway.run(LOG, { input: inquiryInput({ note: `Ring ${NOT_AN_ID_NUMBER} etter kl. 16.` }) }, staff),
    ).logInquiry;
    expect(accepted.note).toBe(`Ring ${NOT_AN_ID_NUMBER} etter kl. 16.`);
  });

  it('lets district staff only read inquiries: one LIST entry per inquiry shown, FORBIDDEN for national roles, NOT_FOUND (logged) for another district', async () => {
    const made = await Promise.all(
      ['2026-11-02', '2026-11-03', '2026-11-04'].map((receivedOn) =>
        createTestInquiry(db, { receivedOn, channel: 'OFFICE_VISIT', themeIds: ['burnout'] }),
      ),
    );
    const page = dataOf(
      await gateway.run(LIST, { filter: { channels: ['OFFICE_VISIT'], themeIds: ['burnout'] }, first: 10 }, staff),
    ).inquiries;
    expect(page.edges.map(({ node }) => node.receivedOn)).toEqual(['2026-11-04', '2026-11-03', '2026-11-02']);
    for (const inquiry of made)
      expect((await entries(inquiry.id)).map((entry) => [entry.action, entry.outcome])).toEqual([['LIST', 'ALLOWED']]);

    const [one] = made;
    expect(errorOf(await gateway.run(LIST, {}, national))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERSONAL_RECORDS_DISTRICT_STAFF_ONLY',
    });
    expect(errorOf(await gateway.run(GET, { id: one!.id }, national))).toMatchObject({ code: 'FORBIDDEN' });
    const missing = await gateway.run(GET, { id: one!.id }, nord);
    expect(errorOf(missing)).toMatchObject({ code: 'NOT_FOUND', reason: 'INQUIRY_NOT_FOUND' });
    expect(errorOf(await gateway.run(GET, { id: 'not-a-uuid' }, nord))).toMatchObject({ code: 'NOT_FOUND' });
    const read = dataOf(await gateway.run(GET, { id: one!.id }, staff)).inquiry;
    expect(read.id).toBe(one!.id);
    expect(
      (await entries(one!.id)).map((entry) => [
        entry.action,
        entry.outcome,
        entry.actorDistrictId,
        entry.recordDistrictId,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['LIST', 'ALLOWED', 'vest', 'vest'],
        ['READ', 'FORBIDDEN', null, 'vest'],
        ['READ', 'NOT_FOUND', 'nord', 'vest'],
        ['READ', 'ALLOWED', 'vest', 'vest'],
      ]),
    );
    expect(await entries(one!.id)).toHaveLength(4);
  });

  it('hides the contact from all but the lead once the follow-up consent is withdrawn', async () => {
    const created = await createTestInquiry(db, testContactablePerson('Ola'));
    const withdrawn = dataOf(
      await gateway.run(WITHDRAW, { inquiryId: created.id, purpose: 'FOLLOW_UP_CONTACT' }, staff),
    ).withdrawConsent;
    expect(withdrawn).toMatchObject({ followUpConsentInForce: false, personAlias: null, contact: null, version: 2 });
    expect(withdrawn.consents[0]).toMatchObject({ withdrawnOn: '2026-12-01', inForce: false });
    expect(dataOf(await gateway.run(GET, { id: created.id }, lead)).inquiry).toMatchObject({
      personAlias: 'Ola',
      contact: { value: '912 34 567' },
    });
    // Staff who were shown no alias or contact edit the inquiry: what they could not see stays stored.
    const edited = dataOf(
      await gateway.run(
        UPDATE,
        {
          input: {
            id: created.id,
            version: 2,
            inquiry: inquiryInput({ note: 'Ringte igjen.', person: null, consents: [], interestList: [] }),
          },
        },
        staff,
      ),
    ).updateInquiry;
    expect(edited).toMatchObject({ note: 'Ringte igjen.', personAlias: null, contact: null, version: 3 });
    expect(dataOf(await gateway.run(GET, { id: created.id }, lead)).inquiry).toMatchObject({
      note: 'Ringte igjen.',
      personAlias: 'Ola',
      contact: { value: '912 34 567' },
    });
    expect(errorOf(await gateway.run(WITHDRAW, { inquiryId: created.id, purpose: 'REFERRAL' }, staff))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CONSENT_NOT_GIVEN',
    });
    expect((await entries(created.id)).map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['UPDATE', 'READ']),
    );
  });

  it('edits at the version read, and answers CONFLICT when someone else saved first', async () => {
    const created = await createTestInquiry(db, { consents: [testConsent('ANONYMOUS_STATISTICS')] });
    const input = inquiryInput({ note: 'Oppdatert.', minutesSpent: 20, person: null, interestList: [] });
    const updated = dataOf(
      await gateway.run(UPDATE, { input: { id: created.id, version: 1, inquiry: input } }, staff),
    ).updateInquiry;
    expect(updated).toMatchObject({ note: 'Oppdatert.', minutesSpent: 20, version: 2 });
    expect(
      errorOf(await gateway.run(UPDATE, { input: { id: created.id, version: 1, inquiry: input } }, staff)),
    ).toMatchObject({ code: 'CONFLICT', reason: 'INQUIRY_STALE' });
    expect(
      errorOf(await gateway.run(UPDATE, { input: { id: created.id, version: 2, inquiry: input } }, nord)),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('makes a planned activity of a school asking for a talk, linked both ways, once', async () => {
    const request = dataOf(
      await gateway.run(
        LOG,
        {
          input: inquiryInput({
            channel: 'EMAIL',
            inquirerType: 'PUBLIC_SERVICE',
            publicServiceType: 'SCHOOL',
            actions: ['TALK_OR_COURSE_REQUESTED'],
            person: null,
            consents: [],
            interestList: [],
          }),
        },
        staff,
      ),
    ).logInquiry;
    const plan = { inquiryId: request.id, title: 'Foredrag om sorg', date: '2027-02-10', place: 'Skolen' };
    const planned = dataOf(await gateway.run(PLAN, { input: plan }, staff)).planActivityFromInquiry;
    expect(planned.activity).toMatchObject({
      type: 'TALK',
      status: 'PLANNED',
      title: 'Foredrag om sorg',
      audiences: ['SCHOOLS'],
      themes: [{ id: 'grief' }],
    });
    expect(planned.inquiry.activity).toEqual({ id: planned.activity.id, status: 'PLANNED' });
    expect(planned.activity.plannedFromInquiryId).toBe(request.id);
    expect(errorOf(await gateway.run(PLAN, { input: plan }, staff))).toMatchObject({
      code: 'CONFLICT',
      reason: 'INQUIRY_ACTIVITY_ALREADY_PLANNED',
      field: 'input.inquiryId',
    });
    const other = await createTestInquiry(db);
    expect(errorOf(await gateway.run(PLAN, { input: { ...plan, inquiryId: other.id } }, staff))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INQUIRY_NOT_A_TALK_REQUEST',
    });
  });

  // Acceptance 5 of issue 12, through the API.
  it('shows demand per theme and municipality, and whom to contact when a group starts', async () => {
    const people = await Promise.all(
      ['Anne', 'Bjørn', 'Cecilie', 'Dag', 'Eva'].map((alias, index) =>
        createTestInquiry(
          db,
          {
            districtId: 'sorvest',
            ...testContactablePerson(alias),
            consents: [testConsent('FOLLOW_UP_CONTACT'), ...(index < 3 ? [testConsent('INTEREST_LIST')] : [])],
          },
          [{ themeId: 'cancer', municipalityNumber: '1103', groupId: null }],
        ),
      ),
    );
    const now = gateway.clock.now;
    const { token: sorvest } = await createSignedInStaffUser(db, { districtId: 'sorvest' }, { now });
    const demand = dataOf(await gateway.run(DEMAND, { filter: { themeIds: ['cancer'] } }, sorvest)).interestDemand;
    expect(demand).toEqual([{ theme: { id: 'cancer' }, municipality: { number: '1103' }, count: 5 }]);
    expect(dataOf(await gateway.run(DEMAND, { filter: { themeIds: ['cancer'] } }, national)).interestDemand).toEqual(
      expect.arrayContaining(demand),
    );

    const group = await createTestGroup(db, {
      status: 'STARTING',
      data: { districtId: 'sorvest', themeIds: ['cancer'], municipalityNumber: '1103' },
    });
    const contacts = dataOf(await gateway.run(CONTACTS, { groupId: group.id }, sorvest)).interestContactsForGroup;
    expect(contacts.group.id).toBe(group.id);
    expect(contacts.toContact.map(({ inquiry }) => inquiry.personAlias).sort()).toEqual(['Anne', 'Bjørn', 'Cecilie']);
    expect(contacts.toContact[0]!.inquiry.contact).toEqual({ value: '912 34 567' });
    expect(contacts.withoutConsent).toBe(2);
    for (const person of people.slice(0, 3))
      expect((await entries(person.id)).map((entry) => entry.action)).toEqual(['LIST']);
    expect(await entries(people[4]!.id)).toEqual([]);
    expect(errorOf(await gateway.run(CONTACTS, { groupId: group.id }, national))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await gateway.run(CONTACTS, { groupId: group.id }, staff))).toMatchObject({ code: 'NOT_FOUND' });

    // A place taken later, then closed: it no longer counts.
    const added = dataOf(
      await gateway.run(
        ADD_TO_LIST,
        { inquiryId: people[3]!.id, entry: { themeId: 'cancer', municipalityNumber: '1106' } },
        sorvest,
      ),
    ).addToInterestList;
    const closed = dataOf(
      await gateway.run(CLOSE_ENTRY, { id: added.id, version: added.version }, sorvest),
    ).closeInterestListEntry;
    expect(closed).toMatchObject({ closedOn: '2026-12-01', version: 2 });
    expect(errorOf(await gateway.run(CLOSE_ENTRY, { id: added.id, version: added.version }, sorvest))).toMatchObject({
      code: 'CONFLICT',
      reason: 'INTEREST_LIST_ENTRY_STALE',
    });
    expect(
      dataOf(await gateway.run(DEMAND, { filter: { themeIds: ['cancer'], municipalityNumbers: ['1106'] } }, sorvest))
        .interestDemand,
    ).toEqual([]);
  });
});
