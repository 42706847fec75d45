import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/edit';
import { loadActivityForEdit, saveActivity } from './activity-form.server';
import { ActivityForm } from './components/activity-form';
import { PageTitle } from '../../shared/ui/page';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ params, context }: Route.LoaderArgs) {
  return loadActivityForEdit(params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return saveActivity(request, params, context);
}

export default function EditActivityPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, id, title, version, staff, partners, municipalities } = loaderData;
  return (
    <div className="portal-stack">
      <PageTitle>{t('outreach.edit.title', { title })}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('outreach.edit.title', { title })}
      </Heading>
      <ActivityForm
        // A conflict hands the form a new version and the typed values: render it afresh.
        key={actionData?.conflict?.version ?? version}
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors ?? emptyFormErrors()}
        conflict={actionData?.conflict ?? null}
        version={version}
        staff={staff}
        partners={partners}
        municipalities={municipalities}
        cancelHref={portalPath(portal, `aktiviteter/${id}`)}
        reloadHref={portalPath(portal, `aktiviteter/${id}/rediger`)}
      />
    </div>
  );
}
