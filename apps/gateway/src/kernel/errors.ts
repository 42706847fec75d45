import type { Refusal, RefusalParams } from '@selvhjelp/domain';
import { DEFAULT_LOCALE, refusal as makeRefusal, refusalsOfZodError, renderMessage } from '@selvhjelp/domain';
import { GraphQLError } from 'graphql';
import type { z } from 'zod';

/**
 * The one error type the gateway throws on purpose. Its code is what clients switch on;
 * `reason` (with `params`) says which rule refused, in words the catalogue gives in the reader's
 * language; `field` names the input that was wrong, as a path from the operation's arguments
 * (for example `input.email`). The message is rendered again in the request's locale on the way out
 * (format-error.ts); the bokmål text set here is what a caller outside a request sees.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'DEADLINE_EXCEEDED'
  | 'SERVICE_UNAVAILABLE'
  /** An API client past its budget (HTTP 429, decision 0034). */
  | 'RATE_LIMITED';

export interface FieldError {
  field: string;
  reason: string;
  params?: RefusalParams;
  message: string;
}

export interface GatewayErrorExtra {
  field?: string;
  params?: RefusalParams;
  fieldErrors?: FieldError[];
  [key: string]: unknown;
}

export class GatewayError extends GraphQLError {
  constructor(code: ErrorCode, reason: string, extra: GatewayErrorExtra = {}) {
    const params = extra.params && Object.keys(extra.params).length > 0 ? extra.params : undefined;
    const { params: _ignored, ...rest } = extra;
    super(renderMessage(reason, params, DEFAULT_LOCALE), {
      extensions: { code, reason, ...(params ? { params } : {}), ...rest },
    });
    this.name = 'GatewayError';
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }

  get reason(): string {
    return this.extensions.reason as string;
  }
}

const fieldError = (value: Refusal & { field: string }): FieldError => ({
  field: value.field,
  reason: value.reason,
  ...(value.params ? { params: value.params } : {}),
  message: renderMessage(value.reason, value.params, DEFAULT_LOCALE),
});

/**
 * The one way from a domain refusal to the gateway's error: BAD_USER_INPUT unless the caller
 * says the refusal is about the state of things (CONFLICT) or access.
 */
export function refused(value: Refusal, code: ErrorCode = 'BAD_USER_INPUT'): GatewayError {
  const { field, params } = value;
  return new GatewayError(code, value.reason, {
    ...(params ? { params } : {}),
    ...(field !== undefined ? { field, fieldErrors: [fieldError({ ...value, field })] } : {}),
  });
}

/** BAD_USER_INPUT for several refusals at once (all on `field` unless they name their own): the first is the error's reason, each is a field error. */
export function refusedAll(values: readonly Refusal[], field: string): GatewayError {
  const fieldErrors = values.map((value) => fieldError({ ...value, field: value.field ?? field }));
  const first = fieldErrors[0] ?? fieldError({ reason: 'INVALID_VALUE', field });
  return new GatewayError('BAD_USER_INPUT', first.reason, { params: first.params, field: first.field, fieldErrors });
}

export const badUserInput = (field: string, reason: string, params?: RefusalParams) =>
  refused(makeRefusal(reason, field, params));

export const unauthenticated = (reason = 'UNAUTHENTICATED', extra: GatewayErrorExtra = {}) =>
  new GatewayError('UNAUTHENTICATED', reason, extra);

export const forbidden = (reason = 'FORBIDDEN', params?: RefusalParams) =>
  new GatewayError('FORBIDDEN', reason, { params });

/** NOT_FOUND for the thing named by `reason` (for example GROUP_NOT_FOUND). */
export const notFound = (reason = 'NOT_FOUND', params?: RefusalParams) =>
  new GatewayError('NOT_FOUND', reason, { params });

export const conflict = (reason: string, field?: string, params?: RefusalParams) =>
  refused(makeRefusal(reason, field, params), 'CONFLICT');

/** Turns a failed zod parse into BAD_USER_INPUT naming every wrong field, first one in `field`. */
export function fromZodError(error: z.ZodError, prefix?: string): GatewayError {
  const refusals = refusalsOfZodError(error, prefix);
  const fieldErrors = refusals.map((value) => fieldError({ ...value, field: value.field ?? prefix ?? '' }));
  const first = fieldErrors[0] ?? fieldError({ reason: 'INVALID_VALUE', field: prefix ?? '' });
  return new GatewayError('BAD_USER_INPUT', first.reason, { params: first.params, field: first.field, fieldErrors });
}

/** Parses input with a zod schema, throwing BAD_USER_INPUT with field paths when it does not fit. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, prefix?: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw fromZodError(parsed.error, prefix);
  return parsed.data;
}
