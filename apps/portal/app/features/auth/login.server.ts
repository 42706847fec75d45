import { data, redirect } from 'react-router';
import type { RouterContextProvider } from 'react-router';
import { gatewayContext, langContext, portalContext } from '../../context.server';
import { graphql } from '../../generated';
import { isGatewayError } from '../../shared/gateway/errors';
import type { FormErrors } from '../../shared/forms/form-errors';
import { formText } from '../../shared/forms/form-data';
import { emptyFormErrors, formErrorsFromGateway } from '../../shared/forms/form-errors';
import { createTranslator } from '../../shared/i18n/i18n';
import { portalName } from '../../shared/layout/portal-name';
import { portalPath } from '../../shared/layout/portals';
import { safeRedirect } from '../../session/safe-redirect';
import { commitSession } from '../../session/session-cookie.server';

const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!, $realm: PortalRealmInput!) {
    login(email: $email, password: $password, realm: $realm) {
      token
      expiresAt
    }
  }
`);

export type LoginField = 'email' | 'password';
const LOGIN_FIELDS: readonly LoginField[] = ['email', 'password'];

export interface LoginFailure {
  errors: FormErrors<LoginField>;
  /** Typed email, shown again; the password never is. */
  email: string;
}

/**
 * POST logg-inn: logs in on this portal's realm, stores the session cookie and goes on to
 * `redirectTo` when it is a page of this portal. Errors come back next to the form.
 */
export async function login(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(portalContext);
  const lang = context.get(langContext);
  const t = createTranslator(lang);
  const posted = await request.formData();
  const form = {
    email: formText(posted, 'email').trim(),
    password: formText(posted, 'password'),
    redirectTo: formText(posted, 'redirectTo'),
  };
  const fail = (errors: FormErrors<LoginField>, status = 400) =>
    data<LoginFailure>({ errors, email: form.email }, { status });

  const errors = emptyFormErrors<LoginField>();
  if (!form.email) errors.fields.email = t('validation.required');
  if (!form.password) errors.fields.password = t('validation.required');
  if (errors.fields.email || errors.fields.password) return fail(errors);

  try {
    const { login: session } = await context.get(gatewayContext).mutate(LoginDocument, {
      email: form.email,
      password: form.password,
      realm: { districtId: portal.districtId },
    });
    const target = safeRedirect(form.redirectTo, portalPath(portal));
    return redirect(target, {
      headers: { 'Set-Cookie': await commitSession({ token: session.token }, session.expiresAt) },
    });
  } catch (error) {
    if (isGatewayError(error, 'UNAUTHENTICATED')) {
      const wait = error.extensions.retryAfterSeconds;
      const message =
        typeof wait === 'number' ? t('login.error.throttled', { seconds: wait }) : t('login.error.invalid');
      return fail({ fields: {}, form: [message] }, typeof wait === 'number' ? 429 : 401);
    }
    if (isGatewayError(error, 'FORBIDDEN')) {
      return fail({ fields: {}, form: [t('login.error.forbidden', { portal: portalName(portal, t) })] }, 403);
    }
    if (isGatewayError(error, 'BAD_USER_INPUT'))
      return fail(formErrorsFromGateway(error, { fields: LOGIN_FIELDS, lang }));
    throw error;
  }
}
