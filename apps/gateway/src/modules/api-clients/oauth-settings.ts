import type { OAuthScopeMap } from '@selvhjelp/domain';
import { parseOAuthScopeMap } from '@selvhjelp/domain';
import { z } from 'zod';

/** The external OAuth2 issuer whose access tokens the gateway accepts (decision 0035). */
export interface OAuthIssuerSettings {
  /** The token's `iss`, compared exactly (Maskinporten: `https://maskinporten.no/`). */
  issuer: string;
  /** The token's `aud` must hold this (Maskinporten: the audience the partner asks for). */
  audience: string;
  /** Where the issuer publishes its signing keys (JWKS); fetched and cached by jose. */
  jwksUrl: URL;
  /** Leeway for `exp` and `nbf` against our clock (clocks drift). */
  clockToleranceSeconds: number;
  scopeMap: OAuthScopeMap;
}

export const DEFAULT_OAUTH_CLOCK_TOLERANCE_SECONDS = 30;

/** The OAUTH_* settings as they sit in the gateway's env schema. */
export const oauthEnvFields = {
  OAUTH_ISSUER: z.string().trim().min(1).optional(),
  OAUTH_AUDIENCE: z.string().trim().min(1).optional(),
  OAUTH_JWKS_URL: z.string().url({ message: 'must be an http(s):// address' }).optional(),
  OAUTH_CLOCK_TOLERANCE_SECONDS: z.coerce
    .number()
    .int()
    .min(0, { message: 'must be at least 0' })
    .max(300, { message: 'must be at most 300' })
    .default(DEFAULT_OAUTH_CLOCK_TOLERANCE_SECONDS),
  OAUTH_SCOPE_MAP: z.string().trim().min(1).optional(),
};

type OAuthEnv = {
  OAUTH_ISSUER?: string | undefined;
  OAUTH_AUDIENCE?: string | undefined;
  OAUTH_JWKS_URL?: string | undefined;
  OAUTH_CLOCK_TOLERANCE_SECONDS: number;
  OAUTH_SCOPE_MAP?: string | undefined;
  NODE_ENV: string;
  GATEWAY_DEMO: 'true' | 'false';
};

const REQUIRED = ['OAUTH_ISSUER', 'OAUTH_AUDIENCE', 'OAUTH_JWKS_URL', 'OAUTH_SCOPE_MAP'] as const;

/**
 * All four or none: half an issuer would either accept nothing or accept too much. In
 * production the keys must come over https: whoever can change them in transit can sign tokens.
 */
export function requireOAuthSettings(env: OAuthEnv, ctx: z.RefinementCtx): void {
  const given = REQUIRED.filter((name) => env[name] !== undefined);
  if (given.length === 0) return;
  for (const name of REQUIRED)
    if (env[name] === undefined)
      ctx.addIssue({ code: 'custom', path: [name], message: `is required with ${given.join(', ')}` });
  if (env.OAUTH_SCOPE_MAP !== undefined) {
    const parsed = parseOAuthScopeMap(env.OAUTH_SCOPE_MAP);
    if ('problem' in parsed) ctx.addIssue({ code: 'custom', path: ['OAUTH_SCOPE_MAP'], message: parsed.problem });
  }
  if (env.OAUTH_JWKS_URL !== undefined) {
    const { protocol } = new URL(env.OAUTH_JWKS_URL);
    const production = env.NODE_ENV === 'production' && env.GATEWAY_DEMO !== 'true';
    if (protocol !== 'https:' && (production || protocol !== 'http:'))
      ctx.addIssue({
        code: 'custom',
        path: ['OAUTH_JWKS_URL'],
        message: production ? 'must be an https:// address in production' : 'must be an http(s):// address',
      });
  }
}

/** The issuer the settings name, or undefined when OAuth2 tokens are off (validated before). */
export function oauthIssuerFrom(env: OAuthEnv): OAuthIssuerSettings | undefined {
  if (!env.OAUTH_ISSUER || !env.OAUTH_AUDIENCE || !env.OAUTH_JWKS_URL || !env.OAUTH_SCOPE_MAP) return undefined;
  const parsed = parseOAuthScopeMap(env.OAUTH_SCOPE_MAP);
  if ('problem' in parsed) throw new Error(`OAUTH_SCOPE_MAP: ${parsed.problem}`);
  return {
    issuer: env.OAUTH_ISSUER,
    audience: env.OAUTH_AUDIENCE,
    jwksUrl: new URL(env.OAUTH_JWKS_URL),
    clockToleranceSeconds: env.OAUTH_CLOCK_TOLERANCE_SECONDS,
    scopeMap: parsed.map,
  };
}
