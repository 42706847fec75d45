import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/list';
import { loadPartnerList } from './list.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { PartnerFilters, PartnerTable } from './components/partner-list';
import { useI18n } from '../../shared/i18n/i18n-context';
import { partnerListHref } from './list-query';
import { portalPath } from '../../shared/layout/portals';
import { CreateLink, ListActions, Pager } from '../../shared/list/list-kit';

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
      <ListActions label={t('partners.list.actions')}>
        <CreateLink to={`${base}/ny`}>{t('partners.list.create')}</CreateLink>
        <li>
          <AppLink to={portalPath(portal, 'nettverk')}>{t('partners.list.network')}</AppLink>
        </li>
        <li>
          <AppLink to={portalPath(portal, 'aktiviteter')}>{t('partners.list.activities')}</AppLink>
        </li>
      </ListActions>
      <PartnerFilters query={query} municipalities={municipalities} resetHref={base} />
      <PartnerTable partners={partners} totalCount={totalCount} base={base} />
      <Pager
        label={t('partners.list.pages')}
        firstHref={query.after ? `${base}${partnerListHref({ ...query, after: '' })}` : null}
        nextHref={nextCursor ? `${base}${partnerListHref({ ...query, after: nextCursor })}` : null}
      />
    </div>
  );
}
