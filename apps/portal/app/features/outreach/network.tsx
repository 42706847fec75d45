import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/network';
import { loadNetworkMap } from './network.server';
import { AppLink } from '../../shared/ui/app-link';
import { MunicipalityTable, PartnersByType, ReachOutNext } from './components/network-map';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ context }: Route.LoaderArgs) {
  return loadNetworkMap(context);
}

export default function NetworkMapPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, network } = loaderData;
  return (
    <div className="portal-stack">
      <PageTitle>{t('outreach.network.title', { district: network.district.name })}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('outreach.network.title', { district: network.district.name })}
      </Heading>
      <Paragraph>{t('outreach.network.intro')}</Paragraph>
      <nav aria-label={t('outreach.network.links')}>
        <ul className="portal-link-list">
          <li>
            <AppLink to={portalPath(portal, 'samarbeidspartnere')}>{t('outreach.list.partners')}</AppLink>
          </li>
          <li>
            <AppLink to={portalPath(portal, 'aktiviteter')}>{t('outreach.list.title')}</AppLink>
          </li>
        </ul>
      </nav>
      <ReachOutNext network={network} />
      <PartnersByType network={network} />
      <Paragraph data-testid="network-elsewhere">
        {t('outreach.network.elsewhere', { count: network.activePartnersElsewhere })}
      </Paragraph>
      <MunicipalityTable network={network} />
    </div>
  );
}
