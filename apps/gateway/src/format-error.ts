import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
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

/** Our own errors and Apollo's request errors are meant for the client; anything else is not. */
function isClientError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof GatewayError) return true;
  if (!(original instanceof GraphQLError)) return false;
  const code = original.extensions?.code;
  return typeof code === 'string' && REQUEST_ERROR_CODES.has(code);
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
  const message = formatted.message.split('; ').slice(1).join('; ') || formatted.message;
  return { ...formatted, extensions: { ...extensions, field, fieldErrors: [{ field, message }] } };
}

/** Unexpected errors reach the client as "Internal server error"; the detail stays in the log. */
export function maskUnexpectedErrors(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isClientError(error)) return withCoercionField(formatted);
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
            if (isClientError(error)) continue;
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
