import { describe, expect, it } from 'vitest';
import { hashPassword, PASSWORD_HASH_OPTIONS, verifyPassword } from './passwords.js';

describe('passwords', () => {
  it('hashes with argon2id at the agreed cost and verifies', async () => {
    expect(PASSWORD_HASH_OPTIONS).toEqual({ algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const hash = await hashPassword('korrekt hest batteri stift');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'korrekt hest batteri stift')).toBe(true);
    expect(await verifyPassword(hash, 'feil passord')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});
