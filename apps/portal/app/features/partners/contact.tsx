import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/contact';
import { contactPageAction, loadContactPage } from './contact.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { Removal } from '../../shared/ui/removal';
import { ContactForm, MoveContactForm } from './components/contact-form';
import { ContactHistory } from './components/contact-history';
import { NoticeAlert } from './components/form-support';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ request, params, context }: Route.LoaderArgs) {
  return loadContactPage(request, params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return contactPageAction(request, params, context);
}

export default function ContactPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatDate } = useI18n();
  const { portal, contact, partners, today, notice } = loaderData;
  const href = portalPath(portal, `kontaktpersoner/${contact.id}`);
  const partnerHref = contact.partner
    ? portalPath(portal, `samarbeidspartnere/${contact.partner.id}`)
    : portalPath(portal, 'samarbeidspartnere');
  const save = actionData?.intent === 'save' ? actionData : null;
  const move = actionData?.intent === 'move' ? actionData : null;
  return (
    <div className="portal-stack">
      <PageTitle>{contact.name}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={partnerHref}>
          {contact.partner ? t('partners.backTo', { name: contact.partner.name }) : t('partners.page.back')}
        </AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {contact.name}
      </Heading>
      <NoticeAlert message={notice ? t(`partners.contact.notice.${notice}`) : null} />
      <Paragraph>
        {contact.partner
          ? t('partners.contact.at', {
              partner: contact.partner.name,
              since: contact.since ? formatDate(contact.since) : t('groups.none'),
            })
          : t('partners.contact.atNone')}
      </Paragraph>

      <section aria-labelledby="edit-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="edit-heading">
          {t('partners.contact.editHeading')}
        </Heading>
        <ContactForm
          values={save?.values ?? loaderData.values}
          errors={save?.errors ?? emptyFormErrors()}
          conflict={save?.conflict ?? false}
          version={contact.version}
          cancelHref={partnerHref}
          action={href}
          reloadHref={href}
        />
      </section>

      <section aria-labelledby="move-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="move-heading">
          {t('partners.move.heading')}
        </Heading>
        <MoveContactForm
          values={move?.values ?? { toPartnerId: '', role: '', date: today }}
          errors={move?.errors ?? emptyFormErrors()}
          conflict={move?.conflict ?? false}
          version={contact.version}
          partners={partners.filter(({ id }) => id !== contact.partner?.id)}
          reloadHref={href}
        />
      </section>

      <ContactHistory history={contact.history} portalBase={portalPath(portal)} />

      <Removal
        headingId="remove-heading"
        heading={t('partners.contact.removeHeading')}
        explanation={t('partners.contact.removeExplanation')}
        question={t('partners.contact.removeQuestion', { name: contact.name })}
        startLabel={t('partners.contact.remove')}
        confirming={actionData?.intent === 'remove'}
        cancelHref={href}
      />
    </div>
  );
}
