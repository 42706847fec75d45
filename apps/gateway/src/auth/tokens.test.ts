import { describe, expect, it } from 'vitest';
import { bearerToken, generateToken, hashToken } from './tokens.js';

describe('session tokens', () => {
  it('carry 256 bits and differ every time', () => {
    const tokens = new Set(Array.from({ length: 100 }, generateToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  });

  it('are stored as a SHA-256 hash only', () => {
    const token = generateToken();
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token);
  });

  it('are read from a Bearer header and nothing else', () => {
    const token = generateToken();
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`Basic ${token}`)).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });

  it('reads a JWT (an OAuth2 access token) up to 8 KiB, and nothing else with dots', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
    expect(bearerToken(`Bearer ${jwt}`)).toBe(jwt);
    expect(bearerToken('Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.')).toBe('eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.');
    expect(bearerToken('Bearer a.b')).toBeNull();
    expect(bearerToken('Bearer a.b.c.d')).toBeNull();
    expect(bearerToken(`Bearer a.${'b'.repeat(9000)}.c`)).toBeNull();
  });
});
