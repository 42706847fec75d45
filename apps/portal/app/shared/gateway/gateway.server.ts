import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import { getOperationAST, print } from 'graphql';
import type { Lang } from '../i18n/i18n';
import { fromGraphQLErrors, GatewayError } from './errors';
import type { GatewayTransport, TransportAnswer } from './transport.server';
import { httpTransport } from './transport.server';

export type { TypedDocumentNode } from '@graphql-typed-document-node/core';
/** The variables of an operation: a JSON object. */
export type OperationVariables = Record<string, unknown>;

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

/** What a document sends: its text and its operation's name, worked out once per document. */
interface Operation {
  query: string;
  operationName: string | undefined;
}
const operations = new WeakMap<DocumentNode, Operation>();

function operationOf(document: DocumentNode): Operation {
  let operation = operations.get(document);
  if (!operation) {
    operation = { query: print(document), operationName: getOperationAST(document)?.name?.value };
    operations.set(document, operation);
  }
  return operation;
}

interface GraphQLAnswer<TData> {
  data?: TData | null;
  errors?: GraphQLFormattedError[];
}

/** A GraphQL answer as data, or a GatewayError: the errors the body lists, else the HTTP status. */
function readAnswer<TData>({ status, text }: TransportAnswer): TData {
  let body: GraphQLAnswer<TData> | null = null;
  try {
    body = JSON.parse(text) as GraphQLAnswer<TData> | null;
  } catch {
    // Not JSON (a proxy's error page): the status says what happened.
  }
  if (body?.errors?.length) throw fromGraphQLErrors(body.errors);
  if (status < 200 || status > 299)
    throw new GatewayError(status >= 500 ? 'UNAVAILABLE' : 'INTERNAL_SERVER_ERROR', `The gateway answered ${status}`);
  return dataOrFail(body?.data);
}

/** The gateway could not be reached, or the connection broke before it answered. */
function unreachable(error: unknown): GatewayError {
  if (error instanceof GatewayError) return error;
  return new GatewayError('UNAVAILABLE', error instanceof Error ? error.message : String(error));
}

const JSON_HEADERS = {
  'Content-Type': 'application/json',
  Accept: 'application/graphql-response+json, application/json;q=0.9',
};

/**
 * The gateway client of one incoming request: a GraphQL POST per call, with the caller's headers.
 * Nothing is kept between calls or requests (no cache), so one user's answers can never be served
 * to another. Neither Apollo Client nor `fetch`: on the server the portal used none of Apollo's
 * cache, and a new client with its pipeline, then `fetch`'s web streams, cost a few milliseconds of
 * CPU per page (docs/decisions/0017-portal-render-cost.md).
 */
export function createGateway(
  url: string,
  caller: GatewayCaller,
  transport: GatewayTransport = httpTransport,
): Gateway {
  const headers = { ...JSON_HEADERS, ...callerHeaders(caller) };

  async function send<TData>(document: DocumentNode, variables: unknown, idempotent: boolean): Promise<TData> {
    const { query, operationName } = operationOf(document);
    const body = JSON.stringify({ operationName, query, variables: variables ?? {} });
    let answer: TransportAnswer;
    try {
      answer = await transport.postJson(url, headers, body, idempotent);
    } catch (error) {
      throw unreachable(error);
    }
    return readAnswer<TData>(answer);
  }

  function query<TData, TVariables extends OperationVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...[variables]: VariablesArg<TVariables>
  ): Promise<TData> {
    return send<TData>(document, variables, true);
  }

  function mutate<TData, TVariables extends OperationVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...[variables]: VariablesArg<TVariables>
  ): Promise<TData> {
    return send<TData>(document, variables, false);
  }

  // The GraphQL multipart request spec: the operation (files as null), the map from part to
  // variable, then the files.
  async function mutateWithFiles<TData, TVariables extends OperationVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<TData> {
    const { clone, files } = extractFiles(variables);
    if (files.length === 0) return send<TData>(document, variables, false);
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: operationOf(document).query, variables: clone }));
    form.append('map', JSON.stringify(Object.fromEntries(files.map(({ path }, index) => [String(index), [path]]))));
    files.forEach(({ file }, index) => form.append(String(index), file, file instanceof File ? file.name : 'fil'));
    let answer: TransportAnswer;
    try {
      const response = await transport.fetch(url, {
        method: 'POST',
        // The gateway's cross-site request protection wants a header no plain HTML form can send.
        headers: { ...callerHeaders(caller), 'Apollo-Require-Preflight': 'true' },
        body: form,
      });
      answer = { status: response.status, text: await response.text() };
    } catch (error) {
      throw unreachable(error);
    }
    return readAnswer<TData>(answer);
  }

  return { query, mutate, mutateWithFiles };
}
