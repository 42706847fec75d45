import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/contact-new';
import { addContact, loadPartnerName } from './contact-new.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { ContactForm } from './components/contact-form';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { emptyContactForm } from './contact-form';
import { portalPath } from '../../shared/layout/portals';

export function loader({ params, context }: Route.LoaderArgs) {
  return loadPartnerName(params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return addContact(request, params, context);
}

export default function NewContactPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, partner, today } = loaderData;
  const partnerHref = portalPath(portal, `samarbeidspartnere/${partner.id}`);
  const title = t('partners.contact.newTitle', { partner: partner.name });
  return (
    <div className="portal-stack">
      <PageTitle>{title}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={partnerHref}>{t('partners.backTo', { name: partner.name })}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <ContactForm
        values={actionData?.values ?? emptyContactForm(today)}
        errors={actionData?.errors ?? emptyFormErrors()}
        cancelHref={partnerHref}
      />
    </div>
  );
}
