import { describe, expect, it } from 'vitest';
import { apiClientInputSchema } from './api-client-input.js';
import { API_KEY_LENGTH, apiKeyFromRandom, crc32, hasValidApiKeyChecksum, toBase62 } from './api-key.js';
import { apiKeyRefusal } from './rules.js';

const random = 'aB3dE5gH7jK9mN1pQ3sT5vW7yZ0bC2';

describe('API keys', () => {
  it('computes CRC-32 as zlib does', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(toBase62(0, 6)).toBe('000000');
    expect(toBase62(61, 2)).toBe('0z');
  });

  it('makes a prefixed key whose checksum holds, and refuses one changed character', () => {
    const key = apiKeyFromRandom(random);
    expect(key).toMatch(/^shn_[0-9A-Za-z]{36}$/);
    expect(key).toHaveLength(API_KEY_LENGTH);
    expect(hasValidApiKeyChecksum(key)).toBe(true);
    const typo = key.slice(0, 10) + (key[10] === 'x' ? 'y' : 'x') + key.slice(11);
    expect(hasValidApiKeyChecksum(typo)).toBe(false);
    expect(hasValidApiKeyChecksum(key.replace('shn_', 'ghp_'))).toBe(false);
    expect(hasValidApiKeyChecksum(`${key}0`)).toBe(false);
    expect(() => apiKeyFromRandom('short')).toThrow(RangeError);
  });

  it('refuses revoked, expired and rotated-out keys', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    const before = new Date('2026-12-05T11:59:59Z');
    const after = new Date('2026-12-05T12:00:01Z');
    const live = { expiresAt: after, revokedAt: null };
    const secret = { validUntil: null, revokedAt: null };
    expect(apiKeyRefusal(live, secret, now)).toBeNull();
    expect(apiKeyRefusal({ ...live, revokedAt: before }, secret, now)?.reason).toBe('API_KEY_REVOKED');
    expect(apiKeyRefusal({ ...live, expiresAt: now }, secret, now)?.reason).toBe('API_KEY_EXPIRED');
    expect(apiKeyRefusal(live, { ...secret, validUntil: before }, now)?.reason).toBe('API_KEY_EXPIRED');
    expect(apiKeyRefusal(live, { ...secret, validUntil: after }, now)).toBeNull();
  });

  it('reads the input with every mistake at once', () => {
    const parsed = apiClientInputSchema.safeParse({
      name: 'NAV Bergen',
      contactName: 'Kari',
      contactEmail: 'Kari@NAV.no',
      scopes: ['referrals:write', 'groups:read', 'groups:read'],
      districtIds: ['vest'],
    });
    expect(parsed.data).toMatchObject({
      contactEmail: 'kari@nav.no',
      scopes: ['groups:read', 'referrals:write'],
      partnerId: null,
      expiresAt: null,
    });
    const wrong = apiClientInputSchema.safeParse({
      name: '',
      contactName: 'Kari',
      contactEmail: 'x',
      scopes: ['cases:read'],
      districtIds: [],
    });
    expect(wrong.error?.issues.map((issue) => issue.message).sort()).toEqual([
      'API_DISTRICTS_REQUIRED',
      'API_SCOPE_UNKNOWN',
      'INVALID_EMAIL',
      'NAME_REQUIRED',
    ]);
  });
});
