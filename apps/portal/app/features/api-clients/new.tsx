import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/new';
import { loadApiClientFormOptions, saveApiClient } from './api-client-form.server';
import { NO_STORE } from './access.server';
import { PageTitle } from '../../shared/ui/page';
import { AppLink } from '../../shared/ui/app-link';
import { ApiClientForm } from './components/api-client-form';
import { KeyNotice } from './components/key-notice';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { emptyApiClientForm } from './api-client-form';
import { portalPath } from '../../shared/layout/portals';

export const headers: Route.HeadersFunction = () => NO_STORE;

export function loader({ context }: Route.LoaderArgs) {
  return loadApiClientFormOptions(context);
}

export function action({ request, context }: Route.ActionArgs) {
  return saveApiClient(request, {}, context);
}

export default function NewApiClientPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, partners, districts, fixedDistrictId } = loaderData;
  const base = portalPath(portal, 'api-klienter');
  const created = actionData?.ok ? actionData : null;
  const failed = actionData && !actionData.ok ? actionData : null;
  return (
    <div className="portal-stack">
      <PageTitle>{t('apiClients.new.title')}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={base}>{t('apiClients.backToList')}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('apiClients.new.title')}
      </Heading>
      {created ? (
        <KeyNotice heading={t('apiClients.key.createdHeading', { name: created.client.name })} apiKey={created.key}>
          <Paragraph>
            <AppLink to={`${base}/${created.client.id}`}>{t('apiClients.key.toClient')}</AppLink>
          </Paragraph>
        </KeyNotice>
      ) : (
        <ApiClientForm
          values={failed?.values ?? emptyApiClientForm(fixedDistrictId ? [fixedDistrictId] : [])}
          errors={failed?.errors ?? emptyFormErrors()}
          partners={partners}
          districts={districts}
          fixedDistrictId={fixedDistrictId}
          cancelHref={base}
        />
      )}
    </div>
  );
}
