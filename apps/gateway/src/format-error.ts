import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from './context.js';
import { GatewayError } from './errors.js';
import type { Logger } from './logger.js';

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
  if (unwrapResolverError(error) instanceof GatewayError) return true;
  const code = formatted.extensions?.code;
  // Duck-typed: Apollo (CommonJS) and our code (ESM) may hold different copies of GraphQLError.
  const hasPath = typeof error === 'object' && error !== null && (error as { path?: unknown }).path !== undefined;
  return error instanceof Error && !hasPath && typeof code === 'string' && REQUEST_ERROR_CODES.has(code);
}

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
  const message = (formatted.message.split('; ').slice(1).join('; ') || formatted.message).replace(/^Expected type "\w+"\. /, '');
  return { ...formatted, extensions: { ...extensions, field, fieldErrors: [{ field, message }] } };
}

/** Unexpected errors reach the client as "Internal server error"; the detail stays in the log. */
export function maskUnexpectedErrors(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isClientError(formatted, error)) return withCoercionField(formatted);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Logs each unexpected error with the request id the client also receives (`x-request-id`). */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (isClientError(error.toJSON(), error)) continue;
            logger.error('unexpected error', {
              requestId: contextValue.requestId,
              operationName,
              path: error.path,
              error: unwrapResolverError(error),
            });
          }
        },
      };
    },
  };
}
