import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/new';
import { loadPartnerFormOptions, savePartner } from './partner-form.server';
import { PageTitle } from '../../shared/ui/page';
import { PartnerForm } from './components/partner-form';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { EMPTY_PARTNER_FORM } from './partner-form';
import { portalPath } from '../../shared/layout/portals';

export function loader({ context }: Route.LoaderArgs) {
  return loadPartnerFormOptions(context);
}

export function action({ request, context }: Route.ActionArgs) {
  return savePartner(request, {}, context);
}

export default function NewPartnerPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, municipalities, otherDistricts } = loaderData;
  return (
    <div className="portal-stack">
      <PageTitle>{t('partners.new.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('partners.new.title')}
      </Heading>
      <PartnerForm
        values={actionData?.values ?? EMPTY_PARTNER_FORM}
        errors={actionData?.errors ?? emptyFormErrors()}
        municipalities={municipalities}
        otherDistricts={otherDistricts}
        cancelHref={portalPath(portal, 'samarbeidspartnere')}
      />
    </div>
  );
}
