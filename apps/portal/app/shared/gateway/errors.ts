import type { GraphQLFormattedError } from 'graphql';
import type { RefusalParams } from '@selvhjelp/domain';

/** Codes the gateway puts in `extensions.code`, plus UNAVAILABLE when it could not be reached. */
export const GATEWAY_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL_SERVER_ERROR',
  'UNAVAILABLE',
] as const;
export type GatewayErrorCode = (typeof GATEWAY_ERROR_CODES)[number];

export interface GatewayFieldError {
  /** Path from the operation's arguments, for example `input.email` or `newPassword`. */
  field: string;
  /** The gateway's text, in the language the call asked for (Accept-Language). */
  message: string;
  /** The refusal's code, for texts the portal renders itself (see formErrorsFromGateway). */
  reason?: string;
  params?: RefusalParams;
}

/** The portal's one error type for a failed gateway call. */
export class GatewayError extends Error {
  override readonly name = 'GatewayError';

  constructor(
    readonly code: GatewayErrorCode,
    message: string,
    readonly fieldErrors: readonly GatewayFieldError[] = [],
    /** The first error's `extensions`, for details such as `retryAfterSeconds`. */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** The gateway's "try again later" answers (an outage, a request past its deadline). */
const UNAVAILABLE_CODES: ReadonlySet<unknown> = new Set(['SERVICE_UNAVAILABLE', 'DEADLINE_EXCEEDED']);

function asCode(value: unknown): GatewayErrorCode {
  if (UNAVAILABLE_CODES.has(value)) return 'UNAVAILABLE';
  return typeof value === 'string' && (GATEWAY_ERROR_CODES as readonly string[]).includes(value)
    ? (value as GatewayErrorCode)
    : 'INTERNAL_SERVER_ERROR';
}

function refusalOf(reason: unknown, params: unknown): Pick<GatewayFieldError, 'reason' | 'params'> {
  if (typeof reason !== 'string') return {};
  return typeof params === 'object' && params !== null ? { reason, params: params as RefusalParams } : { reason };
}

function fieldErrorsOf(error: GraphQLFormattedError): GatewayFieldError[] {
  const extensions = error.extensions ?? {};
  const listed = Array.isArray(extensions.fieldErrors) ? (extensions.fieldErrors as unknown[]) : [];
  const fromList = listed.flatMap((item) => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, message, reason, params } = item as Record<string, unknown>;
    return typeof field === 'string' && typeof message === 'string'
      ? [{ field, message, ...refusalOf(reason, params) }]
      : [];
  });
  if (fromList.length > 0) return fromList;
  return typeof extensions.field === 'string'
    ? [{ field: extensions.field, message: error.message, ...refusalOf(extensions.reason, extensions.params) }]
    : [];
}

/** The first error decides the code; field errors are collected from all of them. */
export function fromGraphQLErrors(errors: readonly GraphQLFormattedError[]): GatewayError {
  const first = errors[0];
  if (!first) return new GatewayError('INTERNAL_SERVER_ERROR', 'Empty error list from the gateway');
  return new GatewayError(
    asCode(first.extensions?.code),
    first.message,
    errors.flatMap(fieldErrorsOf),
    first.extensions ?? {},
  );
}

/** A call that failed before the gateway answered, as a GatewayError. */
export function toGatewayError(error: unknown): GatewayError {
  if (error instanceof GatewayError) return error;
  const message = error instanceof Error ? error.message : String(error);
  // fetch() failing (connection refused, DNS) means the gateway is down, not that we erred.
  return new GatewayError(error instanceof TypeError ? 'UNAVAILABLE' : 'INTERNAL_SERVER_ERROR', message);
}

export function isGatewayError(error: unknown, code?: GatewayErrorCode): error is GatewayError {
  return error instanceof GatewayError && (code === undefined || error.code === code);
}
