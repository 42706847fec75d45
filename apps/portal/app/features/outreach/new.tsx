import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/new';
import { loadNewActivity, saveActivity } from './activity-form.server';
import { ActivityForm } from './components/activity-form';
import { PageTitle } from '../../shared/ui/page';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadNewActivity(request, context);
}

export function action({ request, context }: Route.ActionArgs) {
  return saveActivity(request, {}, context);
}

export default function NewActivityPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, staff, partners, municipalities } = loaderData;
  return (
    <div className="portal-stack">
      <PageTitle>{t('outreach.new.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('outreach.new.title')}
      </Heading>
      <ActivityForm
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors ?? emptyFormErrors()}
        staff={staff}
        partners={partners}
        municipalities={municipalities}
        cancelHref={portalPath(portal, 'aktiviteter')}
      />
    </div>
  );
}
