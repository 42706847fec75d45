import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/agreement-edit';
import { loadAgreement, saveAgreement } from './agreement.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { AgreementForm } from './components/agreement-form';
import { Removal } from '../../shared/ui/removal';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ params, context }: Route.LoaderArgs) {
  return loadAgreement(params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return saveAgreement(request, params, context);
}

export default function EditAgreementPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, agreement } = loaderData;
  const partnerHref = portalPath(portal, `samarbeidspartnere/${agreement.partner.id}`);
  const href = `${partnerHref}/avtaler/${agreement.id}`;
  const saved = actionData?.intent === 'save' ? actionData : null;
  const title = t('partners.agreement.editTitle', { title: agreement.title });
  return (
    <div className="portal-stack">
      <PageTitle>{title}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={partnerHref}>{t('partners.backTo', { name: agreement.partner.name })}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <AgreementForm
        values={saved?.values ?? loaderData.values}
        errors={saved?.errors ?? emptyFormErrors()}
        version={agreement.version}
        attachment={agreement.attachment ? { ...agreement.attachment, href: `${href}/vedlegg` } : null}
        conflict={saved?.conflict ?? false}
        fileDropped={saved?.fileDropped ?? false}
        cancelHref={partnerHref}
        reloadHref={href}
      />
      <Removal
        headingId="remove-heading"
        heading={t('partners.agreement.removeHeading')}
        explanation={t('partners.agreement.removeExplanation')}
        question={t('partners.agreement.removeQuestion', { title: agreement.title })}
        startLabel={t('partners.agreement.remove')}
        confirming={actionData?.intent === 'remove'}
        cancelHref={href}
      />
    </div>
  );
}
