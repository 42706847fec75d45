import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { Form, useNavigation } from 'react-router';
import type { Route } from './+types/login';
import { login } from './login.server';
import { AppLink } from '../../shared/ui/app-link';
import { FormAlert, TextField } from '../../shared/forms/form-fields';
import { bindFields } from '../../shared/forms/field-binding';
import { Main, PageTitle } from '../../shared/ui/page';
import { PublicHeader } from '../../shared/ui/public-header';
import { portalContext } from '../../context.server';
import { env } from '../../env.server';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalName } from '../../shared/layout/portal-name';
import { DISTRICT_LABELS } from '../../shared/layout/portals';
import { localPath, SESSION_ENDED_PARAM } from '../../session/safe-redirect';

export function loader({ request, context }: Route.LoaderArgs) {
  const portal = context.get(portalContext);
  const query = new URL(request.url).searchParams;
  return {
    portal,
    redirectTo: localPath(query.get('redirectTo')),
    sessionEnded: query.has(SESSION_ENDED_PARAM),
    unpinned: env.PORTAL_DISTRICT === undefined,
  };
}

export function action({ request, context }: Route.ActionArgs) {
  return login(request, context);
}

export default function LoginPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, redirectTo, sessionEnded, unpinned } = loaderData;
  const navigation = useNavigation();
  const office = portalName(portal, t);
  const town = portal.kind === 'district' ? DISTRICT_LABELS[portal.districtId].officeTown : undefined;
  const errors = actionData?.errors;
  const passwordRef = useRef<HTMLInputElement>(null);
  const field = bindFields({
    values: { email: actionData?.email ?? '' },
    errors,
    id: (name: 'email' | 'password') => `login-${name}`,
    label: (name: 'email' | 'password') => t(`login.${name}`),
  });
  // After a failed attempt the password is never kept, with or without JavaScript.
  useEffect(() => {
    if (actionData && passwordRef.current) passwordRef.current.value = '';
  }, [actionData]);
  return (
    <>
      <PageTitle>{`${t('login.title')} – ${office}`}</PageTitle>
      <PublicHeader office={office} town={town} />
      <Main>
        <div className="portal-stack">
          <Heading level={1} data-size="lg">
            {t('login.heading')}
          </Heading>
          <Paragraph>{t('login.portal', { portal: office })}</Paragraph>
          {sessionEnded && !actionData ? (
            <Alert data-color="info">
              <Paragraph>{t('login.sessionEnded')}</Paragraph>
            </Alert>
          ) : null}
          <Form method="post" className="portal-form">
            <FormAlert messages={errors?.form ?? []} heading={t('login.error.summary')} />
            {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
            <TextField {...field.text('email')} type="email" autoComplete="username" required />
            <TextField
              {...field.secret('password')}
              type="password"
              autoComplete="current-password"
              ref={passwordRef}
              required
            />
            <div>
              <Button type="submit" loading={navigation.state === 'submitting'}>
                {t('login.submit')}
              </Button>
            </div>
          </Form>
          {unpinned ? (
            <Paragraph data-size="sm">
              <AppLink to="/">{t('login.otherPortals')}</AppLink>
            </Paragraph>
          ) : null}
        </div>
      </Main>
    </>
  );
}
