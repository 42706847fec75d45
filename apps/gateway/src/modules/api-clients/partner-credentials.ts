import type { Database } from '@selvhjelp/db';
import { looksLikeApiKey } from '@selvhjelp/domain';
import { AccessTokenAuthenticator, looksLikeJwt } from './access-tokens.js';
import type { ApiKeyOutcome } from './api-keys.js';
import { ApiKeyAuthenticator } from './api-keys.js';
import type { OAuthIssuerSettings } from './oauth-settings.js';

/**
 * A partner's credential: an `shn_` key (decision 0032) or, when an issuer is configured, an
 * OAuth2 access token (decision 0035). Which one a bearer token is follows from its shape alone,
 * so a staff session token goes to its own lookup with no work added here.
 */
export class PartnerCredentials {
  private readonly keys: ApiKeyAuthenticator;
  private readonly accessTokens: AccessTokenAuthenticator | null;

  constructor(db: Database, now: () => Date, issuer: OAuthIssuerSettings | undefined) {
    this.keys = new ApiKeyAuthenticator(db, now);
    this.accessTokens = issuer ? new AccessTokenAuthenticator(db, issuer, now) : null;
  }

  /** The check for a partner's credential, or null when the token is a staff session's. */
  checkFor(token: string): (() => Promise<ApiKeyOutcome>) | null {
    if (looksLikeApiKey(token)) return () => this.keys.authenticate(token);
    const accessTokens = this.accessTokens;
    if (accessTokens && looksLikeJwt(token)) return () => accessTokens.authenticate(token);
    return null;
  }
}

/** RFC 6750's challenge for a refused bearer credential; the reason is the stable one in `extensions.reason`. */
export function bearerChallenge(reason: string): string {
  return `Bearer error="invalid_token", error_description="${reason}"`;
}
