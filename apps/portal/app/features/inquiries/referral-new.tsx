import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/referral-new';
import { loadNewReferral, saveReferral } from './referrals.server';
import { ReferralForm } from './components/referral-form';
import { PageTitle } from '../../shared/ui/page';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ context }: Route.LoaderArgs) {
  return loadNewReferral(context);
}

export function action({ request, context }: Route.ActionArgs) {
  return saveReferral(request, {}, context);
}

export default function NewReferralPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, partners, municipalities } = loaderData;
  return (
    <div className="portal-stack">
      <PageTitle>{t('referrals.new.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('referrals.new.title')}
      </Heading>
      <ReferralForm
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors ?? emptyFormErrors()}
        partners={partners}
        municipalities={municipalities}
        cancelHref={portalPath(portal, 'henvisninger')}
      />
    </div>
  );
}
