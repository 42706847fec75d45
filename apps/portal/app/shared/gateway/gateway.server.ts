import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { print } from 'graphql';
import type { Lang } from '../i18n/i18n';
import { fromGraphQLErrors, GatewayError, toGatewayError } from './errors';

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
export type VariablesArg<TVariables> =
  Record<never, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

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
  /**
   * A mutation whose variables hold files (`Upload` in the SDL): sent as a GraphQL multipart
   * request, so the gateway reads each file as a stream instead of inside the JSON.
   */
  mutateWithFiles<TData, TVariables extends OperationVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<TData>;
}

/** The variables with every file replaced by null (as the spec sends them), and where each file was. */
export function extractFiles(variables: unknown): { clone: unknown; files: { path: string; file: Blob }[] } {
  const files: { path: string; file: Blob }[] = [];
  const walk = (value: unknown, path: string): unknown => {
    if (value instanceof Blob) {
      files.push({ path, file: value });
      return null;
    }
    if (Array.isArray(value)) return value.map((item, index) => walk(item, `${path}.${index}`));
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, `${path}.${key}`)]));
    return value;
  };
  return { clone: walk(variables, 'variables'), files };
}

function callerHeaders(caller: GatewayCaller): Record<string, string> {
  const headers: Record<string, string> = { 'Accept-Language': caller.lang === 'en' ? 'en' : 'nb' };
  if (caller.token) headers.Authorization = `Bearer ${caller.token}`;
  if (caller.forwardedFor) headers['X-Forwarded-For'] = caller.forwardedFor;
  if (caller.userAgent) headers['User-Agent'] = caller.userAgent;
  return headers;
}

function dataOrFail<TData>(data: TData | undefined | null): TData {
  if (data === undefined || data === null)
    throw new GatewayError('INTERNAL_SERVER_ERROR', 'The gateway answered without data');
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
      return dataOrFail(result.data);
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
      return dataOrFail(result.data);
    } catch (error) {
      throw toGatewayError(error);
    }
  }

  // Apollo Client has no file uploads; this is the GraphQL multipart request spec by hand: the
  // operation (files as null), the map from part to variable, then the files.
  async function mutateWithFiles<TData, TVariables extends OperationVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<TData> {
    const { clone, files } = extractFiles(variables);
    if (files.length === 0) return mutate(document, ...([variables] as VariablesArg<TVariables>));
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: print(document), variables: clone }));
    form.append('map', JSON.stringify(Object.fromEntries(files.map(({ path }, index) => [String(index), [path]]))));
    files.forEach(({ file }, index) => form.append(String(index), file, file instanceof File ? file.name : 'fil'));
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        // The gateway's cross-site request protection wants a header no plain HTML form can send.
        headers: { ...callerHeaders(caller), 'Apollo-Require-Preflight': 'true' },
        body: form,
      });
    } catch (error) {
      throw toGatewayError(error);
    }
    const body = (await response.json().catch(() => null)) as {
      data?: TData | null;
      errors?: GraphQLFormattedError[];
    } | null;
    if (body?.errors?.length) throw fromGraphQLErrors(body.errors);
    if (!response.ok)
      throw new GatewayError(
        response.status >= 500 ? 'UNAVAILABLE' : 'INTERNAL_SERVER_ERROR',
        `The gateway answered ${response.status}`,
      );
    return dataOrFail(body?.data);
  }

  return { apollo, query, mutate, mutateWithFiles };
}
