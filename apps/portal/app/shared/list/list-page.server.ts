import { isGatewayError } from '../gateway/errors';
import type { Gateway, OperationVariables, TypedDocumentNode, VariablesArg } from '../gateway/gateway.server';

/** The part of every list connection a list page shows. */
export interface Connection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: Node }[];
}

/** A page of a list as the list kit shows it: its rows, how many there are, and the cursor of the next page. */
export interface ListPage<Node> {
  nodes: Node[];
  totalCount: number;
  nextCursor: string | null;
}

export function listPageOf<Node>(connection: Connection<Node>): ListPage<Node> {
  return {
    nodes: connection.edges.map(({ node }) => node),
    totalCount: connection.totalCount,
    nextCursor: connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null,
  };
}

/**
 * Asks for one page of a list. A cursor from an old link (or typed by hand) that the gateway
 * refuses starts again from the first page, and `query.after` is cleared so the page's links
 * say so.
 */
export async function queryListPage<TData, TVariables extends OperationVariables & { after?: string | null }>(
  gateway: Gateway,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  query: { after: string },
): Promise<TData> {
  // One page's variables always fit the document's; the rest parameter's conditional type cannot see it.
  const ask = (values: TVariables) => gateway.query(document, ...([values] as VariablesArg<TVariables>));
  try {
    return await ask(variables);
  } catch (error) {
    if (!query.after || !isGatewayError(error, 'BAD_USER_INPUT')) throw error;
    query.after = '';
    return ask({ ...variables, after: null });
  }
}
