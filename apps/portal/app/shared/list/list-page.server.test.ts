import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../gateway/errors';
import type { Gateway, TypedDocumentNode } from '../gateway/gateway.server';
import { listPageOf, queryListPage } from './list-page.server';

type Data = { items: { totalCount: number } };
type Variables = { first: number; after: string | null };
const document = parse('query Items($first: Int, $after: String) { items { totalCount } }') as TypedDocumentNode<
  Data,
  Variables
>;

/** A gateway that refuses every cursor but the first page, as the real one does with a cursor it did not issue. */
function gatewayRefusingCursors(calls: Variables[]): Gateway {
  return {
    query: (_document: unknown, variables: Variables) => {
      calls.push(variables);
      if (variables.after) return Promise.reject(new GatewayError('BAD_USER_INPUT', 'Ugyldig markør.'));
      return Promise.resolve({ items: { totalCount: 3 } });
    },
  } as unknown as Gateway;
}

describe('queryListPage', () => {
  it('starts again from the first page when the gateway refuses the cursor, and says so in the query', async () => {
    const calls: Variables[] = [];
    const query = { after: 'stale' };
    const data = await queryListPage(gatewayRefusingCursors(calls), document, { first: 25, after: 'stale' }, query);
    expect(data.items.totalCount).toBe(3);
    expect(calls).toEqual([
      { first: 25, after: 'stale' },
      { first: 25, after: null },
    ]);
    expect(query.after).toBe('');
  });

  it('passes any other failure on', async () => {
    const failing = {
      query: () => Promise.reject(new GatewayError('FORBIDDEN', 'Nei.')),
    } as unknown as Gateway;
    await expect(queryListPage(failing, document, { first: 25, after: 'x' }, { after: 'x' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const calls: Variables[] = [];
    await expect(
      queryListPage(gatewayRefusingCursors(calls), document, { first: 25, after: 'x' }, { after: '' }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('listPageOf', () => {
  it('gives the rows, the count and the next cursor only when there is a next page', () => {
    const edges = [{ node: { id: 'a' } }, { node: { id: 'b' } }];
    expect(listPageOf({ totalCount: 5, pageInfo: { hasNextPage: true, endCursor: 'c2' }, edges })).toEqual({
      nodes: [{ id: 'a' }, { id: 'b' }],
      totalCount: 5,
      nextCursor: 'c2',
    });
    expect(listPageOf({ totalCount: 2, pageInfo: { hasNextPage: false, endCursor: 'c2' }, edges }).nextCursor).toBe(
      null,
    );
  });
});
