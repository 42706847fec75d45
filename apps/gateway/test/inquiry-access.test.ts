import { createTestInquiry, testBackends, testContactablePerson } from '@selvhjelp/db/testing';
import { describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { GET, inquiryInput, UPDATE, useInquirySuite } from './inquiry-fixtures.js';
import { dataOf, errorOf } from './network-fixtures.js';

// District staff read inquiries, each read in the access log; a withdrawn consent hides the person.

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

describe.each(testBackends())('who may read an inquiry and its contact on $name', (backend) => {
  const s = useInquirySuite(backend);
  const { tokens, entries } = s;

  it('lets district staff only read inquiries: one LIST entry per inquiry shown, FORBIDDEN for national roles, NOT_FOUND (logged) for another district', async () => {
    const made = await Promise.all(
      ['2026-11-02', '2026-11-03', '2026-11-04'].map((receivedOn) =>
        createTestInquiry(s.db, { receivedOn, channel: 'OFFICE_VISIT', themeIds: ['burnout'] }),
      ),
    );
    const page = dataOf(
      await s.gateway.run(
        LIST,
        { filter: { channels: ['OFFICE_VISIT'], themeIds: ['burnout'] }, first: 10 },
        tokens.staff,
      ),
    ).inquiries;
    expect(page.edges.map(({ node }) => node.receivedOn)).toEqual(['2026-11-04', '2026-11-03', '2026-11-02']);
    for (const inquiry of made)
      expect((await entries(inquiry.id)).map((entry) => [entry.action, entry.outcome])).toEqual([['LIST', 'ALLOWED']]);

    const [one] = made;
    expect(errorOf(await s.gateway.run(LIST, {}, tokens.national))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERSONAL_RECORDS_DISTRICT_STAFF_ONLY',
    });
    expect(errorOf(await s.gateway.run(GET, { id: one!.id }, tokens.national))).toMatchObject({ code: 'FORBIDDEN' });
    const missing = await s.gateway.run(GET, { id: one!.id }, tokens.nord);
    expect(errorOf(missing)).toMatchObject({ code: 'NOT_FOUND', reason: 'INQUIRY_NOT_FOUND' });
    expect(errorOf(await s.gateway.run(GET, { id: 'not-a-uuid' }, tokens.nord))).toMatchObject({ code: 'NOT_FOUND' });
    const read = dataOf(await s.gateway.run(GET, { id: one!.id }, tokens.staff)).inquiry;
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
    const created = await createTestInquiry(s.db, testContactablePerson('Ola'));
    const withdrawn = dataOf(
      await s.gateway.run(WITHDRAW, { inquiryId: created.id, purpose: 'FOLLOW_UP_CONTACT' }, tokens.staff),
    ).withdrawConsent;
    expect(withdrawn).toMatchObject({ followUpConsentInForce: false, personAlias: null, contact: null, version: 2 });
    expect(withdrawn.consents[0]).toMatchObject({ withdrawnOn: '2026-12-01', inForce: false });
    expect(dataOf(await s.gateway.run(GET, { id: created.id }, tokens.lead)).inquiry).toMatchObject({
      personAlias: 'Ola',
      contact: { value: '912 34 567' },
    });
    // Staff who were shown no alias or contact edit the inquiry: what they could not see stays stored.
    const edited = dataOf(
      await s.gateway.run(
        UPDATE,
        {
          input: {
            id: created.id,
            version: 2,
            inquiry: inquiryInput({ note: 'Ringte igjen.', person: null, consents: [], interestList: [] }),
          },
        },
        tokens.staff,
      ),
    ).updateInquiry;
    expect(edited).toMatchObject({ note: 'Ringte igjen.', personAlias: null, contact: null, version: 3 });
    expect(dataOf(await s.gateway.run(GET, { id: created.id }, tokens.lead)).inquiry).toMatchObject({
      note: 'Ringte igjen.',
      personAlias: 'Ola',
      contact: { value: '912 34 567' },
    });
    expect(
      errorOf(await s.gateway.run(WITHDRAW, { inquiryId: created.id, purpose: 'REFERRAL' }, tokens.staff)),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CONSENT_NOT_GIVEN',
    });
    expect((await entries(created.id)).map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['UPDATE', 'READ']),
    );
  });
});
