import { describe, expect, it } from 'vitest';
import { fromGraphQLErrors } from '../gateway/errors';
import { formErrorsFromGateway, messageOf } from './form-errors';

const fields = ['name', 'email'] as const;

describe('formErrorsFromGateway', () => {
  const error = fromGraphQLErrors([
    {
      message: 'Ugyldig input.',
      extensions: {
        code: 'BAD_USER_INPUT',
        fieldErrors: [
          { field: 'input.name', message: 'Skriv minst 2 tegn.', reason: 'TOO_SHORT', params: { minimum: 2 } },
          { field: 'input.email', message: 'Gateway-tekst.', reason: 'NOT_A_KNOWN_REASON' },
          { field: 'input.version', message: 'Feltet må fylles ut.', reason: 'REQUIRED' },
        ],
      },
    },
  ]);

  it("renders a known reason in the page's language and keeps the gateway's text otherwise", () => {
    expect(formErrorsFromGateway(error, { fields, lang: 'en' })).toEqual({
      fields: { name: 'Write at least 2 characters.', email: 'Gateway-tekst.' },
      form: ['This field is required.'],
    });
    expect(formErrorsFromGateway(error, { fields, lang: 'nb' }).fields.name).toBe('Skriv minst 2 tegn.');
  });

  it("reports the form's own checks and the gateway's together, the local message first", () => {
    const local = { fields: { email: 'Ugyldig e-post.' }, form: ['Lokalt.'] };
    expect(formErrorsFromGateway(error, { fields, lang: 'nb', local })).toEqual({
      fields: { name: 'Skriv minst 2 tegn.', email: 'Ugyldig e-post.' },
      form: ['Lokalt.', 'Feltet må fylles ut.'],
    });
  });

  it('renders the error-level reason when no field is named', () => {
    const plain = fromGraphQLErrors([
      { message: 'Ugyldig dato.', extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_DATE' } },
    ]);
    expect(formErrorsFromGateway(plain, { fields, lang: 'en' })).toEqual({ fields: {}, form: ['Invalid date.'] });
  });

  it('lands list items on their field, indexes left out', () => {
    const listed = fromGraphQLErrors([
      {
        message: 'x',
        extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.email.2', message: 'Ugyldig.' }] },
      },
    ]);
    expect(formErrorsFromGateway(listed, { fields }).fields).toEqual({ email: 'Ugyldig.' });
  });
});

describe('messageOf', () => {
  it('falls back to the message without a reason', () => {
    expect(messageOf({ message: 'Tekst.' }, 'en')).toBe('Tekst.');
  });
});
