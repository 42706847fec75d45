import {
  createSignedInStaffUser,
  createTestGroup,
  createTestInquiry,
  testBackends,
  testConsent,
  testContactablePerson,
} from '@selvhjelp/db/testing';
import { describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { useInquirySuite } from './inquiry-fixtures.js';
import { dataOf, errorOf } from './network-fixtures.js';

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

describe.each(testBackends())('interest lists through the API on $name', (backend) => {
  const s = useInquirySuite(backend);
  const { tokens, entries } = s;

  // Acceptance 5 of issue 12, through the API.
  it('shows demand per theme and municipality, and whom to contact when a group starts', async () => {
    const people = await Promise.all(
      ['Anne', 'Bjørn', 'Cecilie', 'Dag', 'Eva'].map((alias, index) =>
        createTestInquiry(
          s.db,
          {
            districtId: 'sorvest',
            ...testContactablePerson(alias),
            consents: [testConsent('FOLLOW_UP_CONTACT'), ...(index < 3 ? [testConsent('INTEREST_LIST')] : [])],
          },
          [{ themeId: 'cancer', municipalityNumber: '1103', groupId: null }],
        ),
      ),
    );
    const now = s.gateway.clock.now;
    const { token: sorvest } = await createSignedInStaffUser(s.db, { districtId: 'sorvest' }, { now });
    const demand = dataOf(await s.gateway.run(DEMAND, { filter: { themeIds: ['cancer'] } }, sorvest)).interestDemand;
    expect(demand).toEqual([{ theme: { id: 'cancer' }, municipality: { number: '1103' }, count: 5 }]);
    expect(
      dataOf(await s.gateway.run(DEMAND, { filter: { themeIds: ['cancer'] } }, tokens.national)).interestDemand,
    ).toEqual(expect.arrayContaining(demand));

    const group = await createTestGroup(s.db, {
      status: 'STARTING',
      data: { districtId: 'sorvest', themeIds: ['cancer'], municipalityNumber: '1103' },
    });
    const contacts = dataOf(await s.gateway.run(CONTACTS, { groupId: group.id }, sorvest)).interestContactsForGroup;
    expect(contacts.group.id).toBe(group.id);
    expect(contacts.toContact.map(({ inquiry }) => inquiry.personAlias).sort()).toEqual(['Anne', 'Bjørn', 'Cecilie']);
    expect(contacts.toContact[0]!.inquiry.contact).toEqual({ value: '912 34 567' });
    expect(contacts.withoutConsent).toBe(2);
    for (const person of people.slice(0, 3))
      expect((await entries(person.id)).map((entry) => entry.action)).toEqual(['LIST']);
    expect(await entries(people[4]!.id)).toEqual([]);
    expect(errorOf(await s.gateway.run(CONTACTS, { groupId: group.id }, tokens.national))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(errorOf(await s.gateway.run(CONTACTS, { groupId: group.id }, tokens.staff))).toMatchObject({
      code: 'NOT_FOUND',
    });

    // A place taken later, then closed: it no longer counts.
    const added = dataOf(
      await s.gateway.run(
        ADD_TO_LIST,
        { inquiryId: people[3]!.id, entry: { themeId: 'cancer', municipalityNumber: '1106' } },
        sorvest,
      ),
    ).addToInterestList;
    const closed = dataOf(
      await s.gateway.run(CLOSE_ENTRY, { id: added.id, version: added.version }, sorvest),
    ).closeInterestListEntry;
    expect(closed).toMatchObject({ closedOn: '2026-12-01', version: 2 });
    expect(errorOf(await s.gateway.run(CLOSE_ENTRY, { id: added.id, version: added.version }, sorvest))).toMatchObject({
      code: 'CONFLICT',
      reason: 'INTEREST_LIST_ENTRY_STALE',
    });
    expect(
      dataOf(await s.gateway.run(DEMAND, { filter: { themeIds: ['cancer'], municipalityNumbers: ['1106'] } }, sorvest))
        .interestDemand,
    ).toEqual([]);
  });
});
