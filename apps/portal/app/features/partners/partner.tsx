import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/partner';
import { loadPartnerPage, partnerPageAction } from './partner.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { NoticeAlert } from './components/form-support';
import { PartnerAgreements } from './components/partner-agreements';
import { PartnerContacts } from './components/partner-contacts';
import { PartnerFacts } from './components/partner-facts';
import { PartnerOutcomes } from './components/partner-outcomes';
import { PartnerVenues } from './components/partner-venues';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ request, params, context }: Route.LoaderArgs) {
  return loadPartnerPage(request, params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return partnerPageAction(request, params, context);
}

export default function PartnerPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, partner, unlinkedVenues, notice } = loaderData;
  const base = portalPath(portal, 'samarbeidspartnere');
  const href = `${base}/${partner.id}`;
  return (
    <div className="portal-stack">
      <PageTitle>{partner.name}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={base}>{t('partners.page.back')}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {partner.name}
      </Heading>
      <NoticeAlert message={notice ? t(`partners.page.notice.${notice}`) : null} />
      <div className="portal-actions">
        <AppLink to={`${href}/rediger`}>{t('partners.page.edit')}</AppLink>
      </div>
      <PartnerFacts partner={partner} />
      <PartnerContacts
        contacts={partner.contacts}
        formerContacts={partner.formerContacts}
        portalBase={portalPath(portal)}
        addHref={`${href}/kontaktpersoner/ny`}
      />
      <PartnerAgreements agreements={partner.agreements} partnerHref={href} />
      <PartnerVenues
        venues={partner.venues}
        unlinkedVenues={unlinkedVenues}
        portalBase={portalPath(portal)}
        error={actionData?.venueError ?? null}
        action={href}
      />
      <PartnerOutcomes
        activities={partner.activities}
        groups={partner.groupsStartedTogether}
        partnerId={partner.id}
        portalBase={portalPath(portal)}
      />
    </div>
  );
}
