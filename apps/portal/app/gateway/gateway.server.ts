import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { Lang } from '../i18n/i18n';
import { GatewayError, toGatewayError } from './errors';

/** Who is asking, as the gateway should see it. */
export interface GatewayCaller {
  /** Session token from the cookie, if any. */
  token: string | null;
  /** The X-Forwarded-For chain ending with the browser's address (server.js appends it). */
  forwardedFor: string | null;
  userAgent: string | null;
  lang: Lang;
}

// Variables may be left out when the operation has none or all are optional.
type VariablesArg<TVariables> = Record<never, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** The one way the portal calls the gateway: typed documents in, data out, GatewayError on failure. */
export interface Gateway {
  readonly apollo: ApolloClient;
  query<TData, TVariables extends OperationVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...variables: VariablesArg<TVariables>
  ): Promise<TData>;
  mutate<TData, TVariables extends OperationVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...variables: VariablesArg<TVariables>
  ): Promise<TData>;
}

function callerHeaders(caller: GatewayCaller): Record<string, string> {
  const headers: Record<string, string> = { 'Accept-Language': caller.lang === 'en' ? 'en' : 'nb' };
  if (caller.token) headers.Authorization = `Bearer ${caller.token}`;
  if (caller.forwardedFor) headers['X-Forwarded-For'] = caller.forwardedFor;
  if (caller.userAgent) headers['User-Agent'] = caller.userAgent;
  return headers;
}

function dataOrFail<TData>(data: TData | undefined | null): TData {
  if (data === undefined || data === null) throw new GatewayError('INTERNAL_SERVER_ERROR', 'The gateway answered without data');
  return data;
}

/**
 * A fresh Apollo Client for one incoming request. Nothing is shared between requests, so one
 * user's answers can never be served to another; the cache is bypassed as well, since a
 * request-scoped cache would only hide what the gateway says.
 */
export function createGateway(url: string, caller: GatewayCaller, fetchImpl: typeof fetch = fetch): Gateway {
  const apollo = new ApolloClient({
    ssrMode: true,
    cache: new InMemoryCache(),
    link: new HttpLink({ uri: url, headers: callerHeaders(caller), fetch: fetchImpl }),
    defaultOptions: {
      query: { fetchPolicy: 'no-cache' },
      mutate: { fetchPolicy: 'no-cache' },
    },
  });

  async function query<TData, TVariables extends OperationVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...[variables]: VariablesArg<TVariables>
  ): Promise<TData> {
    try {
      const options = { query: document, variables } as ApolloClient.QueryOptions<TData, TVariables>;
      const result = await apollo.query<TData, TVariables>(options);
      return dataOrFail(result.data as TData | undefined);
    } catch (error) {
      throw toGatewayError(error);
    }
  }

  async function mutate<TData, TVariables extends OperationVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...[variables]: VariablesArg<TVariables>
  ): Promise<TData> {
    try {
      const options = { mutation: document, variables } as ApolloClient.MutateOptions<TData, TVariables>;
      const result = await apollo.mutate<TData, TVariables>(options);
      return dataOrFail(result.data as TData | undefined);
    } catch (error) {
      throw toGatewayError(error);
    }
  }

  return { apollo, query, mutate };
}
