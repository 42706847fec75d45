import { DEFAULT_LOCALE, renderMessage } from '@selvhjelp/domain';
import { GraphQLError } from 'graphql';

/** The limits an operation is checked against before any resolver runs. */
export type LimitName = 'MAX_DEPTH' | 'MAX_ALIASES' | 'MAX_TOKENS' | 'MAX_DIRECTIVES' | 'MAX_COST' | 'SINGLE_USE_FIELD';

/** Every refused operation carries this code; `reason` says which limit, `limit` and `found` by how much. */
export const REFUSED_CODE = 'QUERY_TOO_COMPLEX';

// The words are in the message catalogue (one reason per limit), rendered in the reader's language.
const LIMIT_NAMES: ReadonlySet<string> = new Set<LimitName>([
  'MAX_DEPTH',
  'MAX_ALIASES',
  'MAX_TOKENS',
  'MAX_DIRECTIVES',
  'MAX_COST',
  'SINGLE_USE_FIELD',
]);

/**
 * A refusal the client can act on: HTTP 400, the code, which limit and by how much; clients switch
 * on `reason`, and the message is rendered again in the reader's language on the way out.
 */
export function operationRefused(reason: LimitName, limit: number, found: number | null, field?: string): GraphQLError {
  const params = { limit, ...(found === null ? {} : { found }), ...(field ? { field } : {}) };
  return new GraphQLError(renderMessage(reason, params, DEFAULT_LOCALE), {
    extensions: {
      code: REFUSED_CODE,
      reason,
      limit,
      ...(found === null ? {} : { found }),
      ...(field ? { field } : {}),
      http: { status: 400 },
    },
  });
}

/** graphql-armor words its refusals as "… limit of N exceeded, found M."; this reads the numbers back. */
const ARMOR_NUMBERS = /limit of (\d+) exceeded, found (\d+)/;

export function fromArmorError(reason: LimitName, error: GraphQLError, fallbackLimit: number): GraphQLError {
  const numbers = ARMOR_NUMBERS.exec(error.message);
  return operationRefused(
    reason,
    numbers ? Number(numbers[1]) : fallbackLimit,
    numbers ? Number(numbers[2]) : fallbackLimit + 1,
  );
}

/** True for a refusal made here, however Apollo re-wrapped it on the way out. */
export function isRefusal(extensions: Record<string, unknown> | undefined): boolean {
  return (
    typeof extensions?.reason === 'string' && LIMIT_NAMES.has(extensions.reason) && typeof extensions.limit === 'number'
  );
}
