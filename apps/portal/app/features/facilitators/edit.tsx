import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/edit';
import { loadFacilitatorForEdit, saveFacilitator } from './facilitator-form.server';
import { PageTitle } from '../../shared/ui/page';
import { FacilitatorForm } from './components/facilitator-form';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ params, context }: Route.LoaderArgs) {
  return loadFacilitatorForEdit(params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return saveFacilitator(request, params, context);
}

export default function EditFacilitatorPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, id, name, version, municipalities, languages, themes } = loaderData;
  return (
    <div className="portal-stack">
      <PageTitle>{t('facilitators.edit.title', { name })}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('facilitators.edit.title', { name })}
      </Heading>
      <FacilitatorForm
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors ?? emptyFormErrors()}
        conflict={actionData?.conflict ?? null}
        version={version}
        municipalities={municipalities}
        languages={languages}
        themes={themes}
        cancelHref={portalPath(portal, `igangsettere/${id}`)}
        reloadHref={portalPath(portal, `igangsettere/${id}/rediger`)}
      />
    </div>
  );
}
