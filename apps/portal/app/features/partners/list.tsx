import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/list';
import { loadPartnerList } from './list.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { PartnerFilters, PartnerTable } from './components/partner-list';
import { useI18n } from '../../shared/i18n/i18n-context';
import { partnerListHref } from './list-query';
import { portalPath } from '../../shared/layout/portals';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadPartnerList(request, context);
}

export default function PartnerListPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, query, partners, totalCount, nextCursor, municipalities } = loaderData;
  const base = portalPath(portal, 'samarbeidspartnere');
  return (
    <div className="portal-stack">
      <PageTitle>{t('partners.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('partners.title')}
      </Heading>
      <nav aria-label={t('partners.list.actions')}>
        <ul className="portal-link-list">
          <li>
            <AppLink to={`${base}/ny`}>{t('partners.list.create')}</AppLink>
          </li>
          <li>
            <AppLink to={portalPath(portal, 'nettverk')}>{t('partners.list.network')}</AppLink>
          </li>
          <li>
            <AppLink to={portalPath(portal, 'aktiviteter')}>{t('partners.list.activities')}</AppLink>
          </li>
        </ul>
      </nav>
      <PartnerFilters query={query} municipalities={municipalities} resetHref={base} />
      <PartnerTable partners={partners} totalCount={totalCount} base={base} />
      {nextCursor || query.after ? (
        <nav aria-label={t('partners.list.pages')} className="portal-link-list">
          {query.after ? <AppLink to={`${base}${partnerListHref({ ...query, after: '' })}`}>{t('partners.list.first')}</AppLink> : null}
          {nextCursor ? <AppLink to={`${base}${partnerListHref({ ...query, after: nextCursor })}`}>{t('partners.list.next')}</AppLink> : null}
        </nav>
      ) : null}
    </div>
  );
}
