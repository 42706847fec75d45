import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../shared/gateway/errors';
import { createTranslator } from '../../shared/i18n/i18n';
import { passwordRefusalMessage } from './password';

const refused = (reason: string, params?: Record<string, number>) =>
  new GatewayError('BAD_USER_INPUT', 'Passordet er for lett å gjette.', [{ field: 'newPassword', message: 'x' }], {
    code: 'BAD_USER_INPUT',
    field: 'newPassword',
    reason,
    ...(params ? { params } : {}),
  });

describe('passwordRefusalMessage', () => {
  it('says why a password was refused in the reader’s language, with the limit filled in', () => {
    expect(passwordRefusalMessage(refused('PASSWORD_TOO_COMMON'), createTranslator('nb'))).toContain('mest brukte');
    expect(passwordRefusalMessage(refused('PASSWORD_TOO_COMMON'), createTranslator('en'))).toContain('most used');
    expect(passwordRefusalMessage(refused('PASSWORD_TOO_LONG', { max: 256 }), createTranslator('en'))).toBe(
      'The password can have at most 256 characters.',
    );
    expect(passwordRefusalMessage(refused('PASSWORD_CONTAINS_PERSONAL_INFO'), createTranslator('nb'))).toContain(
      'navnet',
    );
  });

  it('leaves other errors to the gateway’s message', () => {
    expect(passwordRefusalMessage(refused('SOMETHING_ELSE'), createTranslator('nb'))).toBeNull();
    expect(
      passwordRefusalMessage(new GatewayError('BAD_USER_INPUT', 'Ugyldig lenke.'), createTranslator('nb')),
    ).toBeNull();
  });
});
