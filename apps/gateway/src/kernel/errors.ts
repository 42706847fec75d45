import { GraphQLError } from 'graphql';
import type { z } from 'zod';

/**
 * The one error type the gateway throws on purpose. Its code is what clients switch on;
 * `field` names the input that was wrong, as a path from the operation's arguments
 * (for example `input.email`).
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'DEADLINE_EXCEEDED'
  | 'SERVICE_UNAVAILABLE';

export interface FieldError {
  field: string;
  message: string;
}

export class GatewayError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: { field?: string; fieldErrors?: FieldError[]; [key: string]: unknown } = {}) {
    super(message, { extensions: { code, ...extra } });
    this.name = 'GatewayError';
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export const badUserInput = (field: string, message: string) =>
  new GatewayError('BAD_USER_INPUT', message, { field, fieldErrors: [{ field, message }] });

/** BAD_USER_INPUT for a domain rule's refusal: `reason` is the stable key clients translate. */
export const refusedInput = (field: string, message: string, reason: string, params?: Record<string, string | number>) =>
  new GatewayError('BAD_USER_INPUT', message, { field, fieldErrors: [{ field, message }], reason, ...(params ? { params } : {}) });

export const unauthenticated = (message = 'Du må logge inn.', extra: Record<string, unknown> = {}) =>
  new GatewayError('UNAUTHENTICATED', message, extra);

export const forbidden = (message = 'Du har ikke tilgang til dette.') => new GatewayError('FORBIDDEN', message);

export const notFound = (what: string) => new GatewayError('NOT_FOUND', `${what} finnes ikke.`);

export const conflict = (message: string, field?: string) =>
  new GatewayError('CONFLICT', message, field ? { field, fieldErrors: [{ field, message }] } : {});

/** Turns a failed zod parse into BAD_USER_INPUT naming every wrong field, first one in `field`. */
export function fromZodError(error: z.ZodError, prefix?: string): GatewayError {
  const fieldErrors = error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
  const first = fieldErrors[0] ?? { field: prefix ?? '', message: 'Ugyldig verdi.' };
  return new GatewayError('BAD_USER_INPUT', first.message, { field: first.field, fieldErrors });
}

/** Parses input with a zod schema, throwing BAD_USER_INPUT with field paths when it does not fit. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, prefix?: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw fromZodError(parsed.error, prefix);
  return parsed.data;
}
