import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import type { Route } from './+types/new-password';
import { completePasswordReset } from './new-password.server';
import { AppLink } from '../../shared/ui/app-link';
import { FormAlert, TextField } from '../../shared/forms/form-fields';
import { bindFields } from '../../shared/forms/field-binding';
import { Main, PageTitle } from '../../shared/ui/page';
import { PublicHeader } from '../../shared/ui/public-header';
import { portalContext } from '../../context.server';
import { useI18n } from '../../shared/i18n/i18n-context';
import { PASSWORD_MIN_LENGTH } from './password';
import { portalName } from '../../shared/layout/portal-name';
import { portalPath } from '../../shared/layout/portals';

export function loader({ request, context }: Route.LoaderArgs) {
  const portal = context.get(portalContext);
  return { portal, token: new URL(request.url).searchParams.get('token') ?? '' };
}

export function action({ request, context }: Route.ActionArgs) {
  return completePasswordReset(request, context);
}

export default function NewPasswordPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, token } = loaderData;
  const office = portalName(portal, t);
  const errors = actionData && !actionData.done ? actionData.errors : undefined;
  const field = bindFields({
    values: {},
    errors,
    id: (name: 'password' | 'confirm') => (name === 'password' ? 'new-password' : 'new-password-confirm'),
    label: (name: 'password' | 'confirm') => t(`newPassword.${name}`),
  });
  const password = {
    type: 'password',
    autoComplete: 'new-password',
    minLength: PASSWORD_MIN_LENGTH,
    required: true,
  } as const;
  return (
    <>
      <PageTitle>{t('newPassword.title')}</PageTitle>
      <PublicHeader office={office} />
      <Main>
        <div className="portal-stack">
          <Heading level={1} data-size="lg">
            {t('newPassword.heading')}
          </Heading>
          {actionData?.done ? (
            <Alert data-color="success" role="status">
              <Paragraph>{t('newPassword.done')}</Paragraph>
              <Paragraph>
                <AppLink to={portalPath(portal, 'logg-inn')}>{t('newPassword.toLogin')}</AppLink>
              </Paragraph>
            </Alert>
          ) : token ? (
            <Form method="post" className="portal-form">
              <FormAlert messages={errors?.form ?? []} />
              <input type="hidden" name="token" value={token} />
              <TextField {...field.secret('password')} {...password} description={t('newPassword.passwordHint')} />
              <TextField {...field.secret('confirm')} {...password} />
              <div>
                <Button type="submit">{t('newPassword.submit')}</Button>
              </div>
            </Form>
          ) : (
            <Alert data-color="warning">
              <Paragraph>{t('newPassword.missingToken')}</Paragraph>
            </Alert>
          )}
        </div>
      </Main>
    </>
  );
}
