import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../staff.js';
import { assessPassword } from './assess-password.js';

const OLA = ['ola.nordmann@vest.selvhjelp.no', 'Ola Nordmann'];

describe('assessPassword', () => {
  it('refuses fewer than the minimum and more than the maximum characters', () => {
    expect(assessPassword('a1b2c3d4e')).toEqual({ reason: 'PASSWORD_TOO_SHORT', params: { min: PASSWORD_MIN_LENGTH } });
    expect(assessPassword('x'.repeat(PASSWORD_MAX_LENGTH + 1))).toEqual({
      reason: 'PASSWORD_TOO_LONG',
      params: { max: PASSWORD_MAX_LENGTH },
    });
  });

  it('counts characters, not UTF-16 units', () => {
    // Nine emoji are 18 code units but nine characters.
    expect(assessPassword('🦊'.repeat(9))?.reason).toBe('PASSWORD_TOO_SHORT');
  });

  it.each(['password123', '1234567890', 'qwertyuiop', 'Password1234', 'iloveyou123'])(
    'refuses the common password %s',
    (password) => {
      expect(assessPassword(password)).toEqual({ reason: 'PASSWORD_TOO_COMMON' });
    },
  );

  it.each(['Selvhjelp2026', 'passord12345', 'aaaaaaaaaaaa', 'abcdefghijkl', 'sommer2026!'])(
    'refuses the guessable %s',
    (password) => {
      expect(assessPassword(password)?.reason).toMatch(/^PASSWORD_TOO_(GUESSABLE|COMMON)$/);
    },
  );

  it('refuses the user’s own e-mail address and name, whole or in parts', () => {
    expect(assessPassword(OLA[0]!, OLA)).toEqual({ reason: 'PASSWORD_CONTAINS_PERSONAL_INFO' });
    expect(assessPassword('OlaNordmann1', OLA)).toEqual({ reason: 'PASSWORD_CONTAINS_PERSONAL_INFO' });
    expect(assessPassword('nordmann2026', OLA)).toEqual({ reason: 'PASSWORD_CONTAINS_PERSONAL_INFO' });
    // The same word is fine for someone else, as far as personal information goes.
    expect(assessPassword('nordmann2026', ['kari.hansen@vest.selvhjelp.no'])?.reason).not.toBe(
      'PASSWORD_CONTAINS_PERSONAL_INFO',
    );
  });

  it('judges the longest inputs by their first 64 characters (estimating all 256 took seconds)', () => {
    const inputs = [
      '1234567890'.repeat(26),
      '@'.repeat(256),
      'password '.repeat(29),
      `${'a'.repeat(64)}Tq7#vLz9!pWm kveldssol`,
    ];
    for (const input of inputs) {
      const password = input.slice(0, PASSWORD_MAX_LENGTH);
      expect(assessPassword(password, OLA), password.slice(0, 20)).not.toBeNull();
    }
    // A strong start carries a weak tail.
    expect(assessPassword(`rolig elg leser grønne bøker om natten ved fjorden ${'a'.repeat(200)}`)).toBeNull();
  });

  it('accepts long passphrases and random passwords', () => {
    expect(assessPassword('rolig elg leser grønne bøker om natten', OLA)).toBeNull();
    expect(assessPassword('korrekt hest batteri stift')).toBeNull();
    expect(assessPassword('Tq7#vLz9!pWm')).toBeNull();
    expect(assessPassword('demo-passord-2026')).toBeNull();
    expect(
      assessPassword('ø'.repeat(3) + ' fjellvann under stjernene '.repeat(9).slice(0, PASSWORD_MAX_LENGTH - 3)),
    ).toBeNull();
  });
});
