import { GraphQLError } from 'graphql';

/** The limits an operation is checked against before any resolver runs. */
export type LimitName = 'MAX_DEPTH' | 'MAX_ALIASES' | 'MAX_TOKENS' | 'MAX_DIRECTIVES' | 'MAX_COST' | 'SINGLE_USE_FIELD';

/** Every refused operation carries this code; `reason` says which limit, `limit` and `found` by how much. */
export const REFUSED_CODE = 'QUERY_TOO_COMPLEX';

const WHAT: Record<LimitName, string> = {
  MAX_DEPTH: 'Spørringen er for dyp',
  MAX_ALIASES: 'Spørringen har for mange alias',
  MAX_TOKENS: 'Spørringen er for lang',
  MAX_DIRECTIVES: 'Spørringen har for mange direktiver',
  MAX_COST: 'Spørringen ville lese for mye',
  SINGLE_USE_FIELD: 'Feltet kan bare brukes én gang per operasjon',
};

/**
 * A refusal the client can act on: HTTP 400, the code, which limit and by how much. The words are
 * bokmål like every other server message for now; clients switch on `reason`.
 */
export function operationRefused(reason: LimitName, limit: number, found: number | null, field?: string): GraphQLError {
  const amount = found === null ? `over grensen på ${limit}` : `${found}, grensen er ${limit}`;
  const message = `${WHAT[reason]}${field ? ` (${field})` : ''}: ${amount}.`;
  return new GraphQLError(message, {
    extensions: { code: REFUSED_CODE, reason, limit, ...(found === null ? {} : { found }), ...(field ? { field } : {}), http: { status: 400 } },
  });
}

/** graphql-armor words its refusals as "… limit of N exceeded, found M."; this reads the numbers back. */
const ARMOR_NUMBERS = /limit of (\d+) exceeded, found (\d+)/;

export function fromArmorError(reason: LimitName, error: GraphQLError, fallbackLimit: number): GraphQLError {
  const numbers = ARMOR_NUMBERS.exec(error.message);
  return operationRefused(reason, numbers ? Number(numbers[1]) : fallbackLimit, numbers ? Number(numbers[2]) : fallbackLimit + 1);
}

/** True for a refusal made here, however Apollo re-wrapped it on the way out. */
export function isRefusal(extensions: Record<string, unknown> | undefined): boolean {
  return typeof extensions?.reason === 'string' && extensions.reason in WHAT && typeof extensions.limit === 'number';
}
