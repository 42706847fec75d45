import { describe, expect, it } from 'vitest';
import {
  isValidOrganisationNumber,
  organisationNumberCheckDigit,
  organisationNumberProblem,
} from './organisation-number.js';

describe('organisation numbers (modulus 11)', () => {
  it('accepts real numbers from the Brønnøysund register', () => {
    // Brønnøysundregistrene and Equinor ASA.
    expect(isValidOrganisationNumber('974760673')).toBe(true);
    expect(isValidOrganisationNumber('923609016')).toBe(true);
  });

  it('accepts spaces as typed on letterheads', () => {
    expect(organisationNumberProblem('974 760 673')).toBeNull();
  });

  it('refuses a wrong check digit', () => {
    expect(organisationNumberProblem('974760674')).toBe('CHECK_DIGIT');
    expect(organisationNumberProblem('923609010')).toBe('CHECK_DIGIT');
  });

  it('refuses anything but nine digits', () => {
    for (const value of ['', '97476067', '9747606730', '97476067a', '974-760-673']) {
      expect(organisationNumberProblem(value)).toBe('FORMAT');
    }
  });

  it('computes the check digit, 0 for remainder 0 and none for remainder 1', () => {
    expect(organisationNumberCheckDigit('97476067')).toBe(3);
    // Every 8-digit base has either exactly one valid ninth digit or none.
    for (let base = 10_000_000; base < 10_000_400; base++) {
      const digits = String(base);
      const valid = [...'0123456789'].filter((last) => isValidOrganisationNumber(digits + last));
      const check = organisationNumberCheckDigit(digits);
      expect(valid).toEqual(check === null ? [] : [String(check)]);
    }
    expect(organisationNumberCheckDigit('1234567')).toBeNull();
  });
});
