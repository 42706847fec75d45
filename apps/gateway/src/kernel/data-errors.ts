import { InvalidCursorError, StaleVersionError } from '@selvhjelp/db';
import type { Refusal } from '@selvhjelp/domain';
import type { ErrorCode, GatewayError } from './errors.js';
import { badUserInput, conflict, refused } from './errors.js';

/**
 * Repositories throw only data errors (rules are the domain's, asked by the services). The two a
 * client can cause map here: a version that moved on → CONFLICT (with the concept's reason, on
 * `input.version` unless told), a foreign cursor → BAD_USER_INPUT on `after`.
 */
export async function withDataErrors<T>(
  call: () => Promise<T>,
  options: { stale?: string; staleField?: string } = {},
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof StaleVersionError && options.stale)
      throw conflict(options.stale, options.staleField ?? 'input.version');
    if (error instanceof InvalidCursorError) throw badUserInput('after', 'INVALID_CURSOR');
    throw error;
  }
}

/** Where each reason of a rule points (a path from the mutation's arguments), and whether it is about the state of things (CONFLICT). */
export type RefusalPlaces<R extends string> = Partial<Record<R, string | { field: string; code: ErrorCode }>>;

/** A domain rule's refusal as the gateway's error, placed on its field (`fallback` when the table has none). */
export function refusedAt<R extends string>(
  value: Refusal & { reason: R },
  places: RefusalPlaces<R>,
  fallback = 'input',
): GatewayError {
  const place = places[value.reason];
  const { field, code } =
    typeof place === 'object' ? place : { field: place ?? fallback, code: 'BAD_USER_INPUT' as const };
  return refused({ ...value, field }, code);
}
