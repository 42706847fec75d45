import { isValidOrganisationNumber } from '../partners/organisation-number.js';
import type { ApiScope } from './scopes.js';
import { isApiScope } from './scopes.js';

/**
 * OAuth2 access tokens from an external issuer such as Maskinporten (issue 14, decision 0035):
 * which organisation a token speaks for, and which of our scopes its scopes give. Pure: the
 * gateway verifies the signature and claims with `jose` and asks these for the rest.
 */

/** ISO 6523 ICD of the Norwegian Register of Legal Entities: Maskinporten's `consumer.ID` is `0192:<orgnr>`. */
export const NORWEGIAN_ORGANISATION_ICD = '0192';

/** The issuer's scope → ours, e.g. `selvhjelp:groups.read` → `groups:read`. */
export type OAuthScopeMap = ReadonlyMap<string, ApiScope>;

const ISSUER_SCOPE = /^[\x21-\x7e]+$/;

/**
 * `OAUTH_SCOPE_MAP`: comma-separated `issuer-scope=our-scope` pairs
 * (`selvhjelp:groups.read=groups:read,selvhjelp:referrals=referrals:write`). Several of the
 * issuer's scopes may give the same one of ours; one of theirs gives exactly one of ours.
 */
export function parseOAuthScopeMap(text: string): { map: OAuthScopeMap } | { problem: string } {
  const map = new Map<string, ApiScope>();
  for (const raw of text.split(',')) {
    const pair = raw.trim();
    if (!pair) continue;
    const at = pair.lastIndexOf('=');
    const theirs = pair.slice(0, at).trim();
    const ours = pair.slice(at + 1).trim();
    if (at <= 0 || !ISSUER_SCOPE.test(theirs) || theirs.includes('='))
      return { problem: `"${pair}" is not issuer-scope=our-scope` };
    if (!isApiScope(ours)) return { problem: `"${ours}" is not one of our scopes (groups:read, activities:read, …)` };
    const before = map.get(theirs);
    if (before && before !== ours) return { problem: `"${theirs}" is mapped twice` };
    map.set(theirs, ours);
  }
  if (map.size === 0) return { problem: 'maps no scope' };
  return { map };
}

/** Our scopes a token's `scope` claim (space-separated, RFC 9068) gives; unknown ones give nothing. */
export function scopesFromToken(claim: unknown, map: OAuthScopeMap): ApiScope[] {
  if (typeof claim !== 'string') return [];
  const ours = new Set<ApiScope>();
  for (const theirs of claim.split(' ')) {
    const scope = map.get(theirs);
    if (scope) ours.add(scope);
  }
  return [...ours].sort();
}

/** What a client may do with this token: its own scopes, narrowed to those the token carries. */
export function effectiveTokenScopes(clientScopes: readonly ApiScope[], tokenScopes: readonly ApiScope[]): ApiScope[] {
  return clientScopes.filter((scope) => tokenScopes.includes(scope));
}

/**
 * The organisation a token speaks for: Maskinporten's `consumer` (`{ authority:
 * "iso6523-actorid-upis", ID: "0192:974760673" }`), else a plain `orgnr` claim of nine digits
 * (other issuers, documented in decision 0035). Null when neither names a valid number; a
 * `consumer` of another register is not read as ours.
 */
export function organisationNumberFromClaims(claims: Record<string, unknown>): string | null {
  const consumer = claims.consumer;
  if (consumer !== undefined) {
    const id = typeof consumer === 'object' && consumer !== null ? (consumer as { ID?: unknown }).ID : undefined;
    if (typeof id !== 'string') return null;
    const [icd, number, ...rest] = id.split(':');
    if (icd !== NORWEGIAN_ORGANISATION_ICD || rest.length > 0 || !number) return null;
    return isValidOrganisationNumber(number) && /^\d{9}$/.test(number) ? number : null;
  }
  const orgnr = claims.orgnr;
  return typeof orgnr === 'string' && /^\d{9}$/.test(orgnr) && isValidOrganisationNumber(orgnr) ? orgnr : null;
}
