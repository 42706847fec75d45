import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/edit';
import { loadPartnerForEdit, savePartner } from './partner-form.server';
import { PageTitle } from '../../shared/ui/page';
import { PartnerForm } from './components/partner-form';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ params, context }: Route.LoaderArgs) {
  return loadPartnerForEdit(params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return savePartner(request, params, context);
}

export default function EditPartnerPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, id, name, version, municipalities, otherDistricts } = loaderData;
  const page = portalPath(portal, `samarbeidspartnere/${id}`);
  return (
    <div className="portal-stack">
      <PageTitle>{t('partners.edit.title', { name })}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('partners.edit.title', { name })}
      </Heading>
      <PartnerForm
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors ?? emptyFormErrors()}
        conflict={actionData?.conflict ?? null}
        version={version}
        municipalities={municipalities}
        otherDistricts={otherDistricts}
        cancelHref={page}
        reloadHref={`${page}/rediger`}
      />
    </div>
  );
}
