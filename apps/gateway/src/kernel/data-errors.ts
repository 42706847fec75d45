import { InvalidCursorError, StaleVersionError, UniqueViolationError } from '@selvhjelp/db';
import type { Refusal } from '@selvhjelp/domain';
import type { ErrorCode, GatewayError } from './errors.js';
import { badUserInput, conflict, refused } from './errors.js';

/** How a service names the data errors its call can cause. */
export interface DataErrorPlaces {
  /** The concept's stale reason: a version that moved on answers CONFLICT with it. */
  stale?: string;
  /** Where the stale version was given; `input.version` unless told. */
  staleField?: string;
  /**
   * A unique index refused a value (two saves at once got past the rule, or the index is the rule):
   * the database field it names → the refusal to answer with; undefined lets the error through.
   */
  taken?: (field: string) => GatewayError | undefined;
}

/**
 * Repositories throw only data errors (rules are the domain's, asked by the services). Those a
 * client can cause map here, once: a version that moved on → CONFLICT (with the concept's reason),
 * a unique value taken → the service's refusal, a foreign cursor → BAD_USER_INPUT on `after`.
 */
export async function withDataErrors<T>(call: () => Promise<T>, places: DataErrorPlaces = {}): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof StaleVersionError && places.stale)
      throw conflict(places.stale, places.staleField ?? 'input.version');
    if (error instanceof UniqueViolationError) {
      const taken = places.taken?.(error.field);
      if (taken) throw taken;
    }
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
