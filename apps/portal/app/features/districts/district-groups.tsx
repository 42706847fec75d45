import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/district-groups';
import { loadDistrictGroups } from './district-registers.server';
import { GroupListFilters } from '../groups/components/group-list-filters';
import { GroupTable } from '../groups/components/group-table';
import { StatusCounts } from '../groups/components/status-counts';
import { groupListHref } from '../groups/list-query';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { Pager } from '../../shared/list/list-kit';
import { viewedDistrictPath } from './paths';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadDistrictGroups(request, context);
}

/**
 * One district's groups, read-only. A group's name leads to the national portal's own group
 * page (`/nasjonalt/grupper/:id`), which national users already read.
 */
export default function DistrictGroupsPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { district, query, groups, totalCount, statusCounts, nextCursor, municipalities, today } = loaderData;
  const base = viewedDistrictPath(district.id, 'grupper');
  const heading = t('districts.view.groupsHeading', { name: district.name });
  return (
    <>
      <PageTitle>{heading}</PageTitle>
      <Heading level={1} data-size="lg">
        {heading}
      </Heading>
      <StatusCounts counts={statusCounts} query={query} basePath={base} />
      <GroupListFilters query={query} municipalities={municipalities} districts={[]} resetHref={base} />
      <GroupTable
        groups={groups}
        totalCount={totalCount}
        basePath="/nasjonalt/grupper"
        today={today}
        showDistrict={false}
      />
      <Pager
        label={t('groups.list.caption', { count: totalCount })}
        firstHref={query.after ? `${base}${groupListHref({ ...query, after: '' })}` : null}
        nextHref={nextCursor ? `${base}${groupListHref({ ...query, after: nextCursor })}` : null}
      />
    </>
  );
}
