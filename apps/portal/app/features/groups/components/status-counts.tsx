import { Heading } from '@digdir/designsystemet-react';
import { GROUP_STATUSES } from '@selvhjelp/domain';
import { AppLink } from '../../../shared/ui/app-link';
import type { GroupStatus } from '../../../generated/graphql';
import type { GroupListQuery } from '../list-query';
import { groupListHref } from '../list-query';
import { statusLabel } from '../labels';
import { useI18n } from '../../../shared/i18n/i18n-context';

/**
 * How many groups have each status under the current filter (the gateway ignores the status
 * filter for these counts), each a link that narrows the list to that status.
 */
export function StatusCounts({
  counts,
  query,
  basePath,
}: {
  counts: readonly { status: GroupStatus; count: number }[];
  query: GroupListQuery;
  basePath: string;
}) {
  const { t, lang } = useI18n();
  const countOf = (status: GroupStatus) => counts.find((item) => item.status === status)?.count ?? 0;
  const total = GROUP_STATUSES.reduce((sum, status) => sum + countOf(status), 0);
  const hrefFor = (statuses: GroupStatus[]) => `${basePath}${groupListHref({ ...query, statuses, after: '' })}`;
  const only = query.statuses.length === 1 ? query.statuses[0] : undefined;
  return (
    <section aria-labelledby="groups-counts-heading" className="portal-status-counts">
      <Heading level={2} data-size="2xs" id="groups-counts-heading">
        {t('groups.counts.heading')}
      </Heading>
      <ul>
        <li>
          <AppLink to={hrefFor([])} aria-current={query.statuses.length === 0 ? 'true' : undefined}>
            {t('groups.counts.item', { label: t('groups.counts.all'), count: total })}
          </AppLink>
        </li>
        {GROUP_STATUSES.map((status) => (
          <li key={status}>
            <AppLink
              to={hrefFor([status])}
              aria-current={only === status ? 'true' : undefined}
              data-testid={`count-${status}`}
            >
              {t('groups.counts.item', { label: statusLabel(lang, status), count: countOf(status) })}
            </AppLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
