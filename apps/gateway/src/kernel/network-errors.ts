import { InvalidCursorError, NetworkRuleError, StaleVersionError } from '@selvhjelp/db';
import type { NetworkRuleCode } from '@selvhjelp/domain';
import { refusal } from '@selvhjelp/domain';
import { badUserInput, conflict, refused } from './errors.js';

/** Which argument each refusal is about, as a path from the mutation's arguments (they differ per mutation). */
export type NetworkRuleFields = Partial<Record<NetworkRuleCode, string>>;

// Refusals about the state of things rather than about what was typed.
const CONFLICTS = new Set<NetworkRuleCode>(['OUTCOME_ALREADY_LINKED']);

/**
 * Runs a repository call and turns its typed refusals into the gateway's error codes:
 * NetworkRuleError → BAD_USER_INPUT (or CONFLICT) on the field given for its code,
 * StaleVersionError → CONFLICT on `input.version` (or `staleField`), a foreign cursor → BAD_USER_INPUT on `after`.
 */
export async function translateNetworkErrors<T>(
  call: () => Promise<T>,
  options: { fields?: NetworkRuleFields; /** The reason a stale version is refused with. */ stale?: string; staleField?: string } = {},
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof StaleVersionError && options.stale) throw conflict(options.stale, options.staleField ?? 'input.version');
    if (error instanceof InvalidCursorError) throw badUserInput('after', 'INVALID_CURSOR');
    if (error instanceof NetworkRuleError) {
      const field = options.fields?.[error.code] ?? 'input';
      throw refused(refusal(error.code, field), CONFLICTS.has(error.code) ? 'CONFLICT' : 'BAD_USER_INPUT');
    }
    throw error;
  }
}
