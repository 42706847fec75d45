import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/list';
import { loadGroupList } from './list.server';
import { AppLink } from '../../shared/ui/app-link';
import { GroupListFilters } from './components/group-list-filters';
import { GroupTable } from './components/group-table';
import { StatusCounts } from './components/status-counts';
import { PageTitle } from '../../shared/ui/page';
import { groupListHref } from './list-query';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { CreateLink, ListActions, Pager } from '../../shared/list/list-kit';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadGroupList(request, context);
}

export default function GroupListPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, query, groups, totalCount, statusCounts, nextCursor, municipalities, districts, today } = loaderData;
  const base = portalPath(portal, 'grupper');
  const district = portal.kind === 'district';
  // The export takes the same filter and sort as the list, from its first row.
  const exportHref = `${base}/eksport.csv${groupListHref({ ...query, after: '' })}`;
  return (
    <div className="portal-stack">
      <PageTitle>{t('groups.list.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('groups.list.heading')}
      </Heading>
      <ListActions label={t('groups.list.actions')}>
        {district ? (
          <>
            <CreateLink to={`${base}/ny`}>{t('groups.list.create')}</CreateLink>
            <li>
              <AppLink to={`${base}/import`}>{t('groups.list.import')}</AppLink>
            </li>
          </>
        ) : null}
        <li>
          <AppLink to={exportHref} reloadDocument download>
            {t('groups.list.export')}
          </AppLink>
        </li>
        {district ? (
          <li>
            <AppLink to={`${base}/oppfolging`}>{t('groups.list.followUps')}</AppLink>
          </li>
        ) : null}
      </ListActions>
      <StatusCounts counts={statusCounts} query={query} basePath={base} />
      <GroupListFilters query={query} municipalities={municipalities} districts={districts} resetHref={base} />
      <GroupTable groups={groups} totalCount={totalCount} basePath={base} today={today} showDistrict={!district} />
      <Pager
        label={t('groups.list.caption', { count: totalCount })}
        firstHref={query.after ? `${base}${groupListHref({ ...query, after: '' })}` : null}
        nextHref={nextCursor ? `${base}${groupListHref({ ...query, after: nextCursor })}` : null}
      />
    </div>
  );
}
