import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/new';
import { loadFacilitatorFormOptions, saveFacilitator } from './facilitator-form.server';
import { PageTitle } from '../../shared/ui/page';
import { FacilitatorForm } from './components/facilitator-form';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { EMPTY_FACILITATOR_FORM } from './facilitator-form';

export function loader({ context }: Route.LoaderArgs) {
  return loadFacilitatorFormOptions(context);
}

export function action({ request, context }: Route.ActionArgs) {
  return saveFacilitator(request, {}, context);
}

export default function NewFacilitatorPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, municipalities, languages, themes } = loaderData;
  return (
    <div className="portal-stack">
      <PageTitle>{t('facilitators.new.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('facilitators.new.title')}
      </Heading>
      <FacilitatorForm
        values={actionData?.values ?? EMPTY_FACILITATOR_FORM}
        errors={actionData?.errors ?? emptyFormErrors()}
        municipalities={municipalities}
        languages={languages}
        themes={themes}
        cancelHref={portalPath(portal, 'igangsettere')}
      />
    </div>
  );
}
