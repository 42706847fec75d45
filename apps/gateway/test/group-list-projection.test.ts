import { testBackends } from '@selvhjelp/db/testing';
import { describe, expect, it } from 'vitest';
import type { ReadHow, RecordKind } from '../src/kernel/read-path.js';
import { PORTAL_QUERIES } from '../src/generated/portal-queries.js';
import { countRequestStatements } from './harness.js';
import { useTestGateway } from './suite.js';

// Decision 0043: the staff list reads its groups as summaries (the list's columns, no venue) when
// the query asks for nothing else, and as full records otherwise. Either way the answer is the
// same, and every group passes the read path.

interface Read {
  kind: RecordKind;
  ids: readonly string[];
  how: ReadHow;
}

interface GroupNode {
  id: string;
  [field: string]: unknown;
}

interface ListAnswer {
  data?: {
    groups: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: GroupNode; cursor?: string }[];
      [field: string]: unknown;
    };
  };
  errors?: unknown[];
}

const GROUP_LIST = PORTAL_QUERIES.find((query) => query.operationName === 'GroupList')!.query;
// The portal's list with one field more: no longer a portal text, so graphql-js runs it.
const WITH_DESCRIPTION = GROUP_LIST.replace('updatedAt', 'updatedAt\n        description');

const variables = (filter: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  filter: { districtId: 'vest', ...filter },
  orderBy: { field: 'NAME', direction: 'ASC' },
  first: 5,
  after: null,
  ...extra,
});

describe.each(testBackends())('the staff list reads what it shows, on $name', (backend) => {
  const reads: Read[] = [];
  const suite = useTestGateway(backend, {
    users: { staff: { districtId: 'vest' } },
    gateway: { readHook: (_viewer, kind, ids, how) => void reads.push({ kind, ids, how }) },
  });

  /** The answer, the kinds the read path was told of, and the statements beyond authentication. */
  async function list(query: string, vars: Record<string, unknown>) {
    reads.length = 0;
    const { result, statements } = await countRequestStatements(suite.db, () =>
      suite.gateway.gql<ListAnswer['data']>(query, vars, suite.tokens.staff),
    );
    const answer = result as ListAnswer;
    expect(answer.errors).toBeUndefined();
    return { groups: answer.data!.groups, kinds: reads.map((read) => read.kind), reads: [...reads], statements };
  }

  const withoutDescription = (groups: NonNullable<ListAnswer['data']>['groups']) => ({
    ...groups,
    edges: groups.edges.map(({ node: { description: _description, ...node }, ...edge }) => ({ ...edge, node })),
  });

  it.each([
    ['the first page', {}, {}],
    ['a name search', { search: 'sorg' }, {}],
    ['a status filter', { statuses: ['RUNNING', 'STARTING'] }, {}],
    ['the newest first', {}, { orderBy: { field: 'UPDATED_AT', direction: 'DESC' } }],
    ['by status', { search: 'e' }, { orderBy: { field: 'STATUS', direction: 'ASC' } }],
    ['by follow-up due', {}, { orderBy: { field: 'NEXT_FOLLOW_UP_DUE', direction: 'ASC' } }],
  ])('answers the portal’s list (%s) from summaries exactly as from full records', async (_label, filter, extra) => {
    const vars = variables(filter, extra);
    const summary = await list(GROUP_LIST, vars);
    const full = await list(WITH_DESCRIPTION, vars);
    expect(summary.groups.edges.length).toBeGreaterThan(0);
    expect(summary.groups).toEqual(withoutDescription(full.groups));
    expect(full.groups.edges.every(({ node }) => typeof node.description === 'string')).toBe(true);

    // Every group passed the read path, as a summary or as a record.
    const ids = summary.groups.edges.map(({ node }) => node.id);
    expect(summary.reads).toEqual([{ kind: 'groupSummary', ids, how: 'list' }]);
    expect(full.reads).toEqual([{ kind: 'group', ids, how: 'list' }]);

    // One statement either way; the summary's reads no venue.
    expect(summary.statements).toHaveLength(1);
    expect(full.statements).toHaveLength(1);
    expect(summary.statements[0]).not.toMatch(/JOIN venue\b/);
    expect(full.statements[0]).toMatch(/JOIN venue\b/);

    // The next page, from either answer's cursor, is the same page.
    const after = summary.groups.pageInfo.endCursor;
    expect(after).toBe(full.groups.pageInfo.endCursor);
    if (summary.groups.pageInfo.hasNextPage) {
      const next = await list(GROUP_LIST, { ...vars, after });
      const nextFull = await list(WITH_DESCRIPTION, { ...vars, after });
      expect(next.groups).toEqual(withoutDescription(nextFull.groups));
      expect(next.groups.edges[0]!.node.id).not.toBe(summary.groups.edges[0]!.node.id);
    }
  });

  it('answers an empty page as an empty page', async () => {
    const { groups, kinds } = await list(GROUP_LIST, variables({ search: 'finnes ikke' }));
    expect(groups).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(kinds).toEqual([]);
  });

  const SELECTIONS: [string, string, Record<string, unknown>, RecordKind][] = [
    ['only cursors', 'edges { cursor }', {}, 'groupSummary'],
    ['the summary’s fields under aliases', 'edges { node { key: id title: name isPublic } }', {}, 'groupSummary'],
    [
      'fields read by the group’s id',
      'edges { node { id statusHistory { to } followUps { id } } }',
      {},
      'groupSummary',
    ],
    [
      'a field left out by @include',
      'edges { node { id d: description @include(if: $more) } }',
      { more: false },
      'groupSummary',
    ],
    ['a field kept by @include', 'edges { node { id d: description @include(if: $more) } }', { more: true }, 'group'],
    [
      'a field left out by @skip',
      'edges { node { id venue @skip(if: $more) { name } } }',
      { more: true },
      'groupSummary',
    ],
    ['a field in a named fragment', 'edges { node { id ...More } }', {}, 'group'],
    ['a field in an inline fragment', 'edges { node { id ... on Group { schedule { kind } } } }', {}, 'group'],
    ['next meetings', 'edges { node { id nextMeetings(count: 2) { start } } }', {}, 'group'],
  ];

  it.each(SELECTIONS)(
    'reads the groups of a query asking %s as the right kind',
    async (_label, selection, extra, kind) => {
      const usesMore = selection.includes('$more');
      const query = `query Selection($filter: GroupFilter${usesMore ? ', $more: Boolean!' : ''}) {
      groups(filter: $filter, first: 3) { totalCount ${selection} }
    }${selection.includes('...More') ? '\nfragment More on Group { slug venue { name } }' : ''}`;
      const { groups, reads } = await list(query, { filter: { districtId: 'vest' }, ...extra });
      // The groups' own read; their status history and follow-ups pass the read path as theirs.
      const seen = reads.filter((read) => read.kind === 'group' || read.kind === 'groupSummary');
      expect(seen.map((read) => read.kind)).toEqual([kind]);
      expect(seen[0]!.ids).toHaveLength(3);
      expect(groups.edges).toHaveLength(3);
      const node = groups.edges[0]!.node as GroupNode | undefined;
      if (selection.includes('@include') && extra.more === true) expect(typeof node?.d).toBe('string');
      if (selection.includes('...More')) expect(typeof node?.slug).toBe('string');
      if (selection.includes('nextMeetings')) expect(Array.isArray(node?.nextMeetings)).toBe(true);
    },
  );
});
