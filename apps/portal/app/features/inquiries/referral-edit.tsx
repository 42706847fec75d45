import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/referral-edit';
import { loadReferralForEdit, saveReferral } from './referrals.server';
import { ReferralForm } from './components/referral-form';
import { PageTitle } from '../../shared/ui/page';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ params, context }: Route.LoaderArgs) {
  return loadReferralForEdit(params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return saveReferral(request, params, context);
}

export default function EditReferralPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, id, name, version, partners, municipalities } = loaderData;
  return (
    <div className="portal-stack">
      <PageTitle>{t('referrals.edit.title', { name })}</PageTitle>
      <Heading level={1} data-size="lg" className="portal-break">
        {t('referrals.edit.title', { name })}
      </Heading>
      <ReferralForm
        key={actionData?.conflict?.version ?? version}
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors ?? emptyFormErrors()}
        conflict={actionData?.conflict ?? null}
        version={version}
        partners={partners}
        municipalities={municipalities}
        cancelHref={portalPath(portal, 'henvisninger')}
        reloadHref={portalPath(portal, `henvisninger/${id}/rediger`)}
      />
    </div>
  );
}
