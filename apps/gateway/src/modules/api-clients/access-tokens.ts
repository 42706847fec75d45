import type { Database } from '@selvhjelp/db';
import { NATIONAL_SCOPE, effectiveTokenScopes, organisationNumberFromClaims, scopesFromToken } from '@selvhjelp/domain';
import type { JWTVerifyGetKey } from 'jose';
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { GatewayError } from '../../kernel/errors.js';
import { API_KEY_TOUCH_INTERVAL_MS } from './api-keys.js';
import type { ApiKeyOutcome } from './api-keys.js';
import type { OAuthIssuerSettings } from './oauth-settings.js';

/** Asymmetric signatures only: an HMAC key would be shared with the issuer's other clients, `none` is no signature. */
export const ACCEPTED_TOKEN_ALGORITHMS = ['RS256', 'ES256', 'PS256'];

/**
 * Three base64url parts (the signature may be empty, so that `alg: none` is refused by name
 * rather than taken for a session token). A staff session token has no dot: one `includes`
 * keeps the staff path free of any work for this.
 */
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

export function looksLikeJwt(token: string): boolean {
  return token.includes('.') && JWT_SHAPE.test(token);
}

/** jose's refusals → our stable reasons; what is not listed is JWT_INVALID. */
function refusalReason(error: errors.JOSEError): string {
  if (error instanceof errors.JWTExpired) return 'JWT_EXPIRED';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'JWT_ISSUER_MISMATCH';
    if (error.claim === 'aud') return 'JWT_AUDIENCE_MISMATCH';
    if (error.claim === 'nbf' || error.claim === 'iat') return 'JWT_NOT_YET_VALID';
    return 'JWT_INVALID';
  }
  if (error instanceof errors.JWKSNoMatchingKey) return 'JWT_UNKNOWN_KEY';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'JWT_SIGNATURE_INVALID';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'JWT_ALGORITHM_REFUSED';
  return 'JWT_INVALID';
}

/**
 * The issuer's keys could not be read (unreachable, a timeout, not a key set): an outage, not a
 * bad token, so 503 and a retry rather than 401. jose's generic error is what its JWKS fetch
 * throws for a non-200 answer or a body that is not JSON.
 */
function isIssuerOutage(error: unknown): boolean {
  if (!(error instanceof errors.JOSEError)) return true;
  return (
    error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || error.code === errors.JOSEError.code
  );
}

/**
 * OAuth2 access tokens (JWT) from the configured issuer, Maskinporten's way (issue 14, decision
 * 0035): the signature against the issuer's published keys (fetched and cached by jose, with a
 * cooldown so unknown key ids cannot make us fetch on every request), then issuer, audience,
 * expiry and not-before with the configured leeway, then the organisation → the API client
 * registered for it. The client's own scopes, narrowed to the token's, its districts, expiry and
 * revocation decide; like keys, nothing is cached, so a revocation holds on the next request.
 */
export class AccessTokenAuthenticator {
  private readonly keys: JWTVerifyGetKey;

  constructor(
    private readonly db: Database,
    private readonly settings: OAuthIssuerSettings,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.keys = createRemoteJWKSet(settings.jwksUrl, { timeoutDuration: 5_000, cooldownDuration: 30_000 });
  }

  async authenticate(token: string): Promise<ApiKeyOutcome> {
    const now = this.now();
    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(token, this.keys, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: ACCEPTED_TOKEN_ALGORITHMS,
        clockTolerance: this.settings.clockToleranceSeconds,
        currentDate: now,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      if (isIssuerOutage(error))
        throw new GatewayError('SERVICE_UNAVAILABLE', 'JWT_ISSUER_UNAVAILABLE', {
          http: { status: 503, headers: new Map([['retry-after', '30']]) },
        });
      return { client: null, reason: refusalReason(error as errors.JOSEError) };
    }

    const tokenScopes = scopesFromToken(claims.scope, this.settings.scopeMap);
    if (tokenScopes.length === 0) return { client: null, reason: 'JWT_SCOPE_MISSING' };
    const organisationNumber = organisationNumberFromClaims(claims);
    if (!organisationNumber) return { client: null, reason: 'JWT_ORGANISATION_UNKNOWN' };
    const repo = this.db.repositories.apiClients;
    // Authentication runs before the caller has a scope; it returns nothing to a caller not yet known.
    const client = await repo.findByOrganisationNumber(NATIONAL_SCOPE, organisationNumber);
    if (!client) return { client: null, reason: 'JWT_ORGANISATION_UNKNOWN' };
    if (client.revokedAt) return { client: null, reason: 'JWT_CLIENT_REVOKED' };
    if (client.expiresAt && client.expiresAt.getTime() <= now.getTime())
      return { client: null, reason: 'JWT_CLIENT_EXPIRED' };
    const scopes = effectiveTokenScopes(client.scopes, tokenScopes);
    if (scopes.length === 0) return { client: null, reason: 'JWT_SCOPE_MISSING' };

    const lastUsed = client.lastUsedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
    if (now.getTime() - lastUsed >= API_KEY_TOUCH_INTERVAL_MS) await repo.touch(NATIONAL_SCOPE, client.id, null, now);
    return {
      client: { clientId: client.id, secretId: null, name: client.name, scopes, districtIds: client.districtIds },
    };
  }
}
