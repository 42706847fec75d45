import { describe, expect, it } from 'vitest';
import { fromGraphQLErrors, GatewayError, toGatewayError } from './errors';
import { formErrorsFromGateway } from '../forms/form-errors';

const badInput = (field: string, message: string) => ({
  message,
  extensions: { code: 'BAD_USER_INPUT', field },
});

describe('toGatewayError', () => {
  it('takes the code of the first GraphQL error', () => {
    const error = fromGraphQLErrors([
      { message: 'Du må logge inn.', extensions: { code: 'UNAUTHENTICATED' } },
      { message: 'Noe annet.', extensions: { code: 'FORBIDDEN' } },
    ]);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toBe('Du må logge inn.');
  });

  it('treats unknown codes as internal errors', () => {
    expect(fromGraphQLErrors([{ message: 'x', extensions: { code: 'WHATEVER' } }]).code).toBe('INTERNAL_SERVER_ERROR');
    expect(fromGraphQLErrors([{ message: 'x' }]).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('calls an outage or a request past its deadline UNAVAILABLE', () => {
    for (const code of ['SERVICE_UNAVAILABLE', 'DEADLINE_EXCEEDED']) {
      expect(fromGraphQLErrors([{ message: 'x', extensions: { code } }]).code).toBe('UNAVAILABLE');
    }
  });

  it('calls a failed fetch UNAVAILABLE', () => {
    expect(toGatewayError(new TypeError('fetch failed')).code).toBe('UNAVAILABLE');
  });
});

describe('formErrorsFromGateway', () => {
  const fields = ['email', 'name', 'role', 'districtId'] as const;

  it('puts BAD_USER_INPUT next to the field named by its path', () => {
    const error = fromGraphQLErrors([badInput('input.email', 'E-postadressen er allerede i bruk.')]);
    expect(formErrorsFromGateway(error, { fields })).toEqual({
      fields: { email: 'E-postadressen er allerede i bruk.' },
      form: [],
    });
  });

  it('reads every entry of extensions.fieldErrors', () => {
    const error = fromGraphQLErrors([
      {
        message: 'Navn mangler.',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'input.name',
          fieldErrors: [
            { field: 'input.name', message: 'Navn mangler.' },
            { field: 'input.districtId', message: 'Velg et distrikt.' },
          ],
        },
      },
    ]);
    expect(formErrorsFromGateway(error, { fields }).fields).toEqual({
      name: 'Navn mangler.',
      districtId: 'Velg et distrikt.',
    });
  });

  it('maps renamed fields and keeps unknown ones at form level', () => {
    const error = fromGraphQLErrors([badInput('newPassword', 'For kort.'), badInput('token', 'Lenken er utløpt.')]);
    expect(
      formErrorsFromGateway(error, { fields: ['password'] as const, fieldOf: { newPassword: 'password' } }),
    ).toEqual({
      fields: { password: 'For kort.' },
      form: ['Lenken er utløpt.'],
    });
  });

  it('uses the message at form level when no field is named', () => {
    const error = fromGraphQLErrors([{ message: 'Noe er galt.', extensions: { code: 'BAD_USER_INPUT' } }]);
    expect(formErrorsFromGateway(error, { fields })).toEqual({ fields: {}, form: ['Noe er galt.'] });
  });
});
