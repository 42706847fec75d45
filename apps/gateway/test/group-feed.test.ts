import type { Database } from '@selvhjelp/db';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import type { DistrictId } from '@selvhjelp/domain';
import { createTestGroup, deleteTestGroup, testBackends, testGroupData } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { ApiScope } from './generated/graphql.js';
import type { TestGateway } from './harness.js';
import { countRequestStatements, startTestGateway } from './harness.js';

// Issue 14, `groups:read`'s change feed for partners that keep a copy (decision 0036).

const CREATE_CLIENT = graphql(`
  mutation GroupFeedClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      key
    }
  }
`);

const FEED = graphql(`
  query GroupFeed($after: String, $first: Int) {
    groupFeed(after: $after, first: $first) {
      edges {
        cursor
        node {
          groupId
          kind
          changedAt
          group {
            id
            name
            district {
              id
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

describe.each(testBackends())('The groups change feed on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let key: string;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db);
    const admin = await gateway.login('admin@demo.selvhjelp.no');
    const created = await gateway.run(
      CREATE_CLIENT,
      {
        input: {
          name: 'Bergen kommune',
          contactName: 'Ola Nordmann',
          contactEmail: 'ola.nordmann@bergen.example',
          scopes: ['GROUPS_READ'] as ApiScope[],
          districtIds: ['vest'],
        },
      },
      admin,
    );
    key = created.data!.createApiClient.key;
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  async function page(after: string | null, first = 100) {
    const answer = await gateway.run(FEED, { after, first }, key);
    expect(answer.errors).toBeUndefined();
    return answer.data!.groupFeed;
  }

  /** Reads to the end; the entries and where to resume. */
  async function readAll(after: string | null, first = 100) {
    const entries: { groupId: string; kind: string; name: string | null }[] = [];
    let cursor = after;
    for (;;) {
      const { edges, pageInfo } = await page(cursor, first);
      entries.push(
        ...edges.map(({ node }) => ({ groupId: node.groupId, kind: node.kind, name: node.group?.name ?? null })),
      );
      cursor = pageInfo.endCursor ?? null;
      if (!pageInfo.hasNextPage) return { entries, cursor };
    }
  }

  const move = async (group: { id: string; version: number }, districtId: DistrictId, name: string) => {
    const moved = await db.repositories.groups.update(NATIONAL_SCOPE, group.id, group.version, {
      data: testGroupData({ districtId, name }),
      fields: [{ field: 'name', oldValue: null, newValue: name }],
      actorId: null,
      now: new Date(),
    });
    return moved!;
  };

  it("starts with every group of the client's district, then gives changes in order and resumes exactly", async () => {
    const start = await readAll(null, 100);
    expect(start.entries.length).toBeGreaterThan(0);
    expect(start.entries.every((entry) => entry.kind === 'CHANGED')).toBe(true);
    const vestGroups = await db.repositories.groups.list({ kind: 'district', districtId: 'vest' }, { first: 100 });
    expect(new Set(start.entries.map((entry) => entry.groupId))).toEqual(
      new Set(vestGroups.nodes.map((group) => group.id)),
    );
    // An empty page keeps the cursor it was given.
    expect((await page(start.cursor)).pageInfo).toEqual({ hasNextPage: false, endCursor: start.cursor });

    const first = await createTestGroup(db, { data: testGroupData({ districtId: 'vest', name: 'Første' }) });
    const second = await createTestGroup(db, { data: testGroupData({ districtId: 'vest', name: 'Andre' }) });
    const renamed = await move(first, 'vest', 'Første, nytt navn');
    // Another district's group is not in vest's feed.
    await createTestGroup(db, { data: testGroupData({ districtId: 'nord', name: 'Nordlig' }) });

    // Page by page (one entry each) the three changes come in the order they were saved…
    const single = await readAll(start.cursor, 1);
    expect(single.entries).toEqual([
      { groupId: first.id, kind: 'CHANGED', name: 'Første, nytt navn' },
      { groupId: second.id, kind: 'CHANGED', name: 'Andre' },
      { groupId: first.id, kind: 'CHANGED', name: 'Første, nytt navn' },
    ]);
    // …and in one page a group comes once, at the place of its last change.
    const whole = await readAll(start.cursor);
    expect(whole.entries).toEqual([
      { groupId: second.id, kind: 'CHANGED', name: 'Andre' },
      { groupId: first.id, kind: 'CHANGED', name: 'Første, nytt navn' },
    ]);
    expect(whole.cursor).toBe(single.cursor);

    // Moved to a district the client does not see: a removal, with nothing of its new state.
    await move(renamed, 'nord', 'Første i nord');
    const moved = await page(whole.cursor);
    expect(moved.edges.map((edge) => edge.node)).toEqual([
      { groupId: first.id, kind: 'REMOVED', changedAt: expect.any(String), group: null },
    ]);

    // Deleted: a removal too.
    const third = await createTestGroup(db, { data: testGroupData({ districtId: 'vest', name: 'Tredje' }) });
    const created = await readAll(moved.pageInfo.endCursor ?? null);
    expect(created.entries).toEqual([{ groupId: third.id, kind: 'CHANGED', name: 'Tredje' }]);
    await deleteTestGroup(db, third.id);
    expect((await readAll(created.cursor)).entries).toEqual([{ groupId: third.id, kind: 'REMOVED', name: null }]);
  });

  it('costs the same statements for a page of 2 as for a page of 20', async () => {
    const count = async (first: number) => {
      const counted = await countRequestStatements(db, () => gateway.run(FEED, { after: null, first }, key));
      return { count: counted.count, groups: counted.result.data?.groupFeed.edges.length ?? 0 };
    };
    const small = await count(2);
    const large = await count(20);
    // The demo district's groups changed more than once while seeded: 20 entries, fewer groups.
    expect([small.groups, large.groups > 10]).toEqual([2, true]);
    expect(large.count).toBe(small.count);
  });

  it('is for clients with groups:read only, and refuses a cursor it did not make', async () => {
    const staff = await gateway.login('vest.ansatt@demo.selvhjelp.no', undefined, { districtId: 'vest' });
    expect((await gateway.run(FEED, {}, staff)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const wrong = await gateway.run(FEED, { after: 'bm90LWEtY3Vyc29y' }, key);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
  });
});
