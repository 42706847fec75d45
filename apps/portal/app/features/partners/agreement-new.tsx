import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/agreement-new';
import { saveAgreement } from './agreement.server';
import { loadPartnerName } from './contact-new.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { AgreementForm } from './components/agreement-form';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { EMPTY_AGREEMENT_FORM } from './agreement-form';
import { portalPath } from '../../shared/layout/portals';

export function loader({ params, context }: Route.LoaderArgs) {
  return loadPartnerName(params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return saveAgreement(request, params, context);
}

export default function NewAgreementPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, partner } = loaderData;
  const partnerHref = portalPath(portal, `samarbeidspartnere/${partner.id}`);
  const saved = actionData?.intent === 'save' ? actionData : null;
  const title = t('partners.agreement.newTitle', { partner: partner.name });
  return (
    <div className="portal-stack">
      <PageTitle>{title}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={partnerHref}>{t('partners.backTo', { name: partner.name })}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <AgreementForm
        values={saved?.values ?? EMPTY_AGREEMENT_FORM}
        errors={saved?.errors ?? emptyFormErrors()}
        fileDropped={saved?.fileDropped ?? false}
        cancelHref={partnerHref}
      />
    </div>
  );
}
