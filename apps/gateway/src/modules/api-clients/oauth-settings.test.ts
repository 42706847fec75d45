import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../env.js';
import { oauthIssuerFrom } from './oauth-settings.js';

const OAUTH = {
  OAUTH_ISSUER: 'https://maskinporten.no/',
  OAUTH_AUDIENCE: 'https://api.selvhjelp.no',
  OAUTH_JWKS_URL: 'https://maskinporten.no/jwk',
  OAUTH_SCOPE_MAP: 'selvhjelp:groups.read=groups:read, selvhjelp:referrals=referrals:write',
};

const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgresql://selvhjelp@db.internal/selvhjelp',
  PUBLIC_PORTAL_URL: 'https://selvhjelp.example.no/',
};

describe('OAuth2 issuer settings (decision 0035)', () => {
  it('are off unless given, and read all four with a 30-second leeway by default', () => {
    expect(oauthIssuerFrom(loadEnv({}))).toBeUndefined();
    const issuer = oauthIssuerFrom(loadEnv(OAUTH));
    expect(issuer).toMatchObject({
      issuer: 'https://maskinporten.no/',
      audience: 'https://api.selvhjelp.no',
      clockToleranceSeconds: 30,
    });
    expect(issuer?.jwksUrl.href).toBe('https://maskinporten.no/jwk');
    expect([...(issuer?.scopeMap ?? [])]).toEqual([
      ['selvhjelp:groups.read', 'groups:read'],
      ['selvhjelp:referrals', 'referrals:write'],
    ]);
    expect(oauthIssuerFrom(loadEnv({ ...OAUTH, OAUTH_CLOCK_TOLERANCE_SECONDS: '5' }))?.clockToleranceSeconds).toBe(5);
  });

  it('refuses half an issuer, naming what is missing', () => {
    expect(() => loadEnv({ OAUTH_ISSUER: OAUTH.OAUTH_ISSUER })).toThrow(
      /OAUTH_AUDIENCE: is required with OAUTH_ISSUER[\s\S]*OAUTH_JWKS_URL[\s\S]*OAUTH_SCOPE_MAP/,
    );
  });

  it('refuses a scope map that names no scope of ours or is not pairs', () => {
    expect(() => loadEnv({ ...OAUTH, OAUTH_SCOPE_MAP: 'selvhjelp:groups.read=groups:write' })).toThrow(
      /OAUTH_SCOPE_MAP: "groups:write" is not one of our scopes/,
    );
    expect(() => loadEnv({ ...OAUTH, OAUTH_SCOPE_MAP: 'groups:read' })).toThrow(/OAUTH_SCOPE_MAP/);
    expect(() => loadEnv({ ...OAUTH, OAUTH_SCOPE_MAP: 'a=groups:read,a=statistics:read' })).toThrow(/mapped twice/);
    expect(() => loadEnv({ ...OAUTH, OAUTH_CLOCK_TOLERANCE_SECONDS: '301' })).toThrow(/OAUTH_CLOCK_TOLERANCE_SECONDS/);
  });

  it('wants the keys over https in production', () => {
    const plain = { ...OAUTH, OAUTH_JWKS_URL: 'http://issuer.internal/jwks' };
    expect(() => loadEnv({ ...PRODUCTION, ...plain })).toThrow(
      /OAUTH_JWKS_URL: must be an https:\/\/ address in production/,
    );
    expect(oauthIssuerFrom(loadEnv({ ...PRODUCTION, ...OAUTH }))).toBeDefined();
    expect(oauthIssuerFrom(loadEnv(plain))?.jwksUrl.protocol).toBe('http:');
    expect(() => loadEnv({ ...OAUTH, OAUTH_JWKS_URL: 'ftp://issuer.internal/jwks' })).toThrow(/OAUTH_JWKS_URL/);
  });
});
