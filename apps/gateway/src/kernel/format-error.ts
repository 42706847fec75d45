import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from './context.js';
import { GatewayError } from './errors.js';
import { InvalidCursorError } from '@selvhjelp/db';
import type { Locale, RefusalParams } from '@selvhjelp/domain';
import { DEFAULT_LOCALE, isKnownReason, renderMessage } from '@selvhjelp/domain';
import { DEADLINE_CODE } from '../limits/deadline.js';
import { isRefusal, operationRefused, REFUSED_CODE } from '../limits/refusal.js';
import type { Logger } from '../logger.js';

// Codes Apollo itself raises for malformed requests; they describe the request, not our internals.
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Our own errors, and errors about the request itself (parse, validation, variable values:
 * they carry no execution path), are meant for the client; anything else is not.
 */
function isClientError(formatted: GraphQLFormattedError, error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof GatewayError || original instanceof InvalidCursorError) return true;
  if (isRefusal(formatted.extensions) || formatted.extensions?.code === DEADLINE_CODE) return true;
  const code = formatted.extensions?.code;
  // Duck-typed: Apollo (CommonJS) and our code (ESM) may hold different copies of GraphQLError.
  const hasPath = typeof error === 'object' && error !== null && (error as { path?: unknown }).path !== undefined;
  return error instanceof Error && !hasPath && typeof code === 'string' && REQUEST_ERROR_CODES.has(code);
}

// Our scalars' refusals; graphql-js keeps only their (bokmål) text in the variable's error.
const SCALAR_REASONS = ['INVALID_DATE_FORMAT', 'INVALID_DATE_TIME'] as const;

// graphql-js reports a variable that fails a scalar as: Variable "$input" got invalid value … at "input.group.startDate"; …
const COERCION_PATH = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"/s;
const COERCION_ROOT = /^Variable "\$(\w+)" got invalid value/;

/** Names the field of a variable that failed validation, like every other BAD_USER_INPUT. */
function withCoercionField(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  if (extensions.code !== 'BAD_USER_INPUT' || extensions.field) return formatted;
  const path = COERCION_PATH.exec(formatted.message);
  const field = path ? path[2]! : COERCION_ROOT.exec(formatted.message)?.[1];
  if (!field) return formatted;
  const message = (formatted.message.split('; ').slice(1).join('; ') || formatted.message).replace(
    /^Expected type "\w+"\. /,
    '',
  );
  const reason = SCALAR_REASONS.find((known) => renderMessage(known, undefined, DEFAULT_LOCALE) === message);
  return {
    ...formatted,
    extensions: { ...extensions, field, fieldErrors: [{ field, ...(reason ? { reason } : {}), message }] },
  };
}

// graphql-js stops parsing at the token limit with: "Document contains more that N tokens. Parsing aborted."
const TOKEN_LIMIT = /Document contains more th[ae]t? (\d+) tokens/;

/**
 * Refusals keep their own code (Apollo re-labels validation errors GRAPHQL_VALIDATION_FAILED);
 * the parser's token limit becomes a refusal like the others; a cursor we did not issue is the
 * client's mistake, not ours.
 */
function asRefusalOrInput(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  if (isRefusal(formatted.extensions)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: REFUSED_CODE } };
  }
  const tokens = formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT.exec(formatted.message) : null;
  if (tokens) {
    // The parser stops at the limit, so how far past it the document goes is not known.
    const refusal = operationRefused('MAX_TOKENS', Number(tokens[1]), null);
    return { message: refusal.message, extensions: { ...refusal.extensions, http: undefined } };
  }
  if (unwrapResolverError(error) instanceof InvalidCursorError) {
    const reason = 'INVALID_CURSOR';
    return {
      message: reason,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: 'BAD_USER_INPUT',
        reason,
        field: 'after',
        fieldErrors: [{ field: 'after', reason, message: reason }],
      },
    };
  }
  return null;
}

type FormattedFieldError = { field?: unknown; reason?: unknown; params?: RefusalParams; message?: unknown };

/** The params a reason's text is filled from: its own, or (operation limits) the limit, what was found and the field. */
function paramsOf(extensions: Record<string, unknown>): RefusalParams | undefined {
  if (extensions.params && typeof extensions.params === 'object') return extensions.params as RefusalParams;
  const found: Record<string, string | number> = {};
  for (const key of ['limit', 'found', 'field'] as const) {
    const value = extensions[key];
    if (typeof value === 'string' || typeof value === 'number') found[key] = value;
  }
  return found;
}

/**
 * The message of an error, and of each of its fieldErrors, in the reader's language, from the
 * reason and params it carries. Errors without a known reason (graphql-js's own) keep their text.
 */
export function renderFormattedError(formatted: GraphQLFormattedError, locale: Locale): GraphQLFormattedError {
  const extensions = formatted.extensions;
  if (!extensions) return formatted;
  const reason =
    typeof extensions.reason === 'string' && isKnownReason(extensions.reason) ? extensions.reason : undefined;
  const fieldErrors = Array.isArray(extensions.fieldErrors)
    ? (extensions.fieldErrors as FormattedFieldError[]).map((entry) =>
        typeof entry.reason === 'string' && isKnownReason(entry.reason)
          ? { ...entry, message: renderMessage(entry.reason, entry.params, locale) }
          : entry,
      )
    : undefined;
  if (!reason && !fieldErrors) return formatted;
  return {
    ...formatted,
    message: reason ? renderMessage(reason, paramsOf(extensions), locale) : formatted.message,
    extensions: { ...extensions, ...(fieldErrors ? { fieldErrors } : {}) },
  };
}

/** Unexpected errors reach the client as "Internal server error"; the detail stays in the log. */
export function maskUnexpectedErrors(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const mapped = asRefusalOrInput(formatted, error);
  if (mapped) return renderFormattedError(mapped, DEFAULT_LOCALE);
  if (isClientError(formatted, error)) return renderFormattedError(withCoercionField(formatted), DEFAULT_LOCALE);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * Apollo's formatError does not see the request, so it renders in bokmål; this renders the
 * already formatted errors again in the request's language just before the response is sent.
 */
export function localeMessagesPlugin(): ApolloServerPlugin<GatewayContext> {
  const listener: GraphQLRequestListener<GatewayContext> = {
    willSendResponse({ response, contextValue }) {
      const locale = contextValue.locale ?? DEFAULT_LOCALE;
      if (response.body.kind === 'single') {
        const result = response.body.singleResult;
        if (result.errors) result.errors = result.errors.map((formatted) => renderFormattedError(formatted, locale));
      }
      return Promise.resolve();
    },
  };
  // A request in the default language needs nothing from this plugin: no listener for Apollo to call.
  return {
    requestDidStart: ({ contextValue }) =>
      Promise.resolve((contextValue.locale ?? DEFAULT_LOCALE) === DEFAULT_LOCALE ? undefined : listener),
  };
}

/** Logs each unexpected error with the request id the client also receives (`x-request-id`). */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  // The same listener for every request: nothing per request to keep.
  const listener: GraphQLRequestListener<GatewayContext> = {
    didEncounterErrors({ errors, contextValue, operationName }) {
      for (const error of errors) {
        if (isClientError(error.toJSON(), error)) continue;
        logger.error('unexpected error', {
          requestId: contextValue.requestId,
          operationName,
          path: error.path,
          error: unwrapResolverError(error),
        });
      }
      return Promise.resolve();
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}
