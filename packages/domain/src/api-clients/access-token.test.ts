import { describe, expect, it } from 'vitest';
import {
  effectiveTokenScopes,
  organisationNumberFromClaims,
  parseOAuthScopeMap,
  scopesFromToken,
} from './access-token.js';

describe('OAuth2 access tokens (decision 0035)', () => {
  it('maps the issuer’s scopes to ours and narrows the client’s scopes to the token’s', () => {
    const parsed = parseOAuthScopeMap('a:groups=groups:read,a:groups.all=groups:read,a:ref=referrals:write');
    if ('problem' in parsed) throw new Error(parsed.problem);
    expect(scopesFromToken('a:groups a:groups.all other', parsed.map)).toEqual(['groups:read']);
    expect(scopesFromToken('a:ref a:groups', parsed.map)).toEqual(['groups:read', 'referrals:write']);
    expect(scopesFromToken(['a:groups'], parsed.map)).toEqual([]);
    expect(scopesFromToken(undefined, parsed.map)).toEqual([]);
    expect(effectiveTokenScopes(['groups:read', 'statistics:read'], ['groups:read', 'referrals:write'])).toEqual([
      'groups:read',
    ]);
    expect(parseOAuthScopeMap('')).toEqual({ problem: 'maps no scope' });
    expect(parseOAuthScopeMap('=groups:read')).toHaveProperty('problem');
    expect(parseOAuthScopeMap('a b=groups:read')).toHaveProperty('problem');
  });

  it("reads Maskinporten's consumer (ICD 0192) or a plain orgnr, each with its check digit", () => {
    const consumer = (ID: unknown) => ({ consumer: { authority: 'iso6523-actorid-upis', ID } });
    expect(organisationNumberFromClaims(consumer('0192:974760673'))).toBe('974760673');
    expect(organisationNumberFromClaims(consumer('0192:974760674'))).toBeNull();
    expect(organisationNumberFromClaims(consumer('0088:974760673'))).toBeNull();
    expect(organisationNumberFromClaims(consumer('0192:974760673:x'))).toBeNull();
    expect(organisationNumberFromClaims(consumer(974760673))).toBeNull();
    expect(organisationNumberFromClaims({ orgnr: '974760673' })).toBe('974760673');
    expect(organisationNumberFromClaims({ orgnr: '974 760 673' })).toBeNull();
    // A consumer of another register is not overruled by an orgnr beside it.
    expect(organisationNumberFromClaims({ ...consumer('0088:1'), orgnr: '974760673' })).toBeNull();
    expect(organisationNumberFromClaims({})).toBeNull();
  });
});
