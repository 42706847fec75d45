import type { RouterContextProvider } from 'react-router';
import { data } from 'react-router';
import { gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import { isGatewayError } from '../../shared/gateway/errors';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { emptyFormErrors, formErrorsFromGateway, hasErrors } from '../../shared/forms/form-errors';
import { createTranslator } from '../../shared/i18n/i18n';
import { PASSWORD_MIN_LENGTH, passwordRefusalMessage } from './password';

const CompletePasswordResetDocument = graphql(`
  mutation CompletePasswordReset($token: String!, $newPassword: String!) {
    completePasswordReset(token: $token, newPassword: $newPassword)
  }
`);

export type NewPasswordField = 'password' | 'confirm';

export type NewPasswordResult = { done: true } | { done: false; errors: FormErrors<NewPasswordField> };

/** POST nytt-passord: sets the password with the one-time token from the link. */
export async function completePasswordReset(request: Request, context: Readonly<RouterContextProvider>) {
  const lang = context.get(langContext);
  const t = createTranslator(lang);
  const form = await request.formData();
  const token = formText(form, 'token');
  const password = formText(form, 'password');
  const confirm = formText(form, 'confirm');
  const fail = (errors: FormErrors<NewPasswordField>) =>
    data<NewPasswordResult>({ done: false, errors }, { status: 400 });

  const errors = emptyFormErrors<NewPasswordField>();
  if (!token) errors.form.push(t('newPassword.missingToken'));
  if (password.length < PASSWORD_MIN_LENGTH) errors.fields.password = t('validation.passwordLength');
  else if (confirm !== password) errors.fields.confirm = t('validation.passwordMismatch');
  if (hasErrors(errors)) return fail(errors);

  try {
    await context.get(gatewayContext).mutate(CompletePasswordResetDocument, { token, newPassword: password });
    return data<NewPasswordResult>({ done: true });
  } catch (error) {
    if (isGatewayError(error, 'BAD_USER_INPUT')) {
      const refusal = passwordRefusalMessage(error, t);
      if (refusal) return fail({ fields: { password: refusal }, form: [] });
      return fail(
        formErrorsFromGateway(error, { fields: ['password', 'confirm'], fieldOf: { newPassword: 'password' }, lang }),
      );
    }
    throw error;
  }
}
