import { createSignedInStaffUser, failAccessLogAppendsFor, openTestCase, testBackends } from '@selvhjelp/db/testing';
import { describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { useCaseSuite } from './follow-up-case-fixtures.js';
import { dataOf, errorOf } from './network-fixtures.js';

// A list of cases is a read of each case shown: one access-log entry per case, in the list's transaction.

const CASE_LIST = graphql(`
  query CaseList($filter: FollowUpCaseFilter, $first: Int) {
    followUpCases(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          reference
        }
      }
    }
  }
`);

describe.each(testBackends())('the access log of a list of follow-up cases on $name', (backend) => {
  const s = useCaseSuite(backend);
  const { run, entriesOf } = s;

  it('a list of 20 cases writes 20 entries in the list’s transaction; a failing append fails the list and leaves none', async () => {
    const owner = await createSignedInStaffUser(s.db, { districtId: 'vest', role: 'DISTRICT_STAFF' });
    const made = [];
    for (let i = 0; i < 20; i += 1) made.push(await openTestCase(s.db, { responsibleStaffUserId: owner.user.id }));
    const filter = { responsibleStaffUserIds: [owner.user.id] };

    const listed = dataOf(await run(CASE_LIST, { filter, first: 20 }, s.colleague.token)).followUpCases;
    expect(listed.totalCount).toBe(20);
    expect(new Set(listed.edges.map(({ node }) => node.id))).toEqual(new Set(made.map((c) => c.id)));
    const lists = await Promise.all(made.map(async (c) => (await entriesOf(c.id)).filter((e) => e.action === 'LIST')));
    expect(lists.map((entries) => entries.length)).toEqual(Array(20).fill(1));
    const [first] = lists[0]!;
    // One access: one instant, one request, the colleague's purpose.
    for (const [entry] of lists)
      expect(entry).toMatchObject({
        staffUserId: s.colleague.user.id,
        outcome: 'ALLOWED',
        purpose: 'CASE_WORK',
        occurredAt: first!.occurredAt,
        requestId: first!.requestId,
      });

    // The twentieth entry cannot be written: the list fails, and none of its 20 entries stays.
    const restore = await failAccessLogAppendsFor(s.db, made[19]!.id);
    try {
      const failed = await run(CASE_LIST, { filter, first: 20 }, s.colleague.token);
      expect(failed.data?.followUpCases ?? null).toBeNull();
      expect(errorOf(failed)).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    } finally {
      await restore();
    }
    const after = await Promise.all(made.map(async (c) => (await entriesOf(c.id)).filter((e) => e.action === 'LIST')));
    expect(after.map((entries) => entries.length)).toEqual(Array(20).fill(1));

    // National roles list nothing.
    expect(errorOf(await run(CASE_LIST, { filter, first: 20 }, s.national.token))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
