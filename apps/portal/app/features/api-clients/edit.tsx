import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/edit';
import { loadApiClientForEdit, saveApiClient } from './api-client-form.server';
import { PageTitle } from '../../shared/ui/page';
import { AppLink } from '../../shared/ui/app-link';
import { ApiClientForm } from './components/api-client-form';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ params, context }: Route.LoaderArgs) {
  return loadApiClientForEdit(params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return saveApiClient(request, params, context);
}

export default function EditApiClientPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, id, name, version, partners, districts, fixedDistrictId } = loaderData;
  const page = portalPath(portal, `api-klienter/${id}`);
  const failed = actionData && !actionData.ok ? actionData : null;
  const title = t('apiClients.edit.title', { name });
  return (
    <div className="portal-stack">
      <PageTitle>{title}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={page}>{name}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <ApiClientForm
        values={failed?.values ?? loaderData.values}
        errors={failed?.errors ?? emptyFormErrors()}
        conflict={failed?.conflict ?? null}
        version={version}
        partners={partners}
        districts={districts}
        fixedDistrictId={fixedDistrictId}
        cancelHref={page}
        reloadHref={`${page}/rediger`}
      />
    </div>
  );
}
