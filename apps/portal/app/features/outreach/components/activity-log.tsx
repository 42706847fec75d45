import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { Pager } from '../../../shared/list/list-kit';
import type { ActivityLogQuery } from '../log-query';
import { activityLogHref } from '../log-query';
import { activityPeriodText } from '../period-text';
import { ActivityFilters } from './activity-filters';
import type { ActivityFiltersProps } from './activity-filters';
import type { ActivityRow } from './activity-table';
import { ActivityTable } from './activity-table';
import { ActivityTotals } from './activity-totals';
import type { ActivityTotalsProps } from './activity-totals';

/**
 * The outreach log under its filter: the period, its totals, and a page of activities with the
 * pager. The district's own log and the national office's view of a district show the same.
 */
export function ActivityLog({
  base,
  log: { query, partners, totals, activities, totalCount, nextCursor },
  activityBasePath,
}: {
  /** The log's own address, without the query. */
  base: string;
  /** The loader's page of the log. */
  log: {
    query: ActivityLogQuery;
    partners: ActivityFiltersProps['partners'];
    totals: ActivityTotalsProps['totals'];
    activities: readonly ActivityRow[];
    totalCount: number;
    nextCursor: string | null;
  };
  /** Where an activity's page is; null where the log is read-only. */
  activityBasePath: string | null;
}) {
  const { t, formatDate } = useI18n();
  const period = activityPeriodText(t, formatDate, query);
  const firstPage = { ...query, after: '' };
  return (
    <>
      <ActivityFilters query={query} partners={partners} resetHref={base} />
      <Paragraph role="status" data-testid="activity-period">
        {t('outreach.list.period', { period })}
      </Paragraph>
      <ActivityTotals totals={totals} period={period} />
      <section aria-labelledby="activity-list-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="activity-list-heading">
          {t('outreach.list.activities')}
        </Heading>
        <ActivityTable activities={activities} totalCount={totalCount} basePath={activityBasePath} />
        <Pager
          label={t('outreach.list.pages')}
          firstHref={query.after ? `${base}${activityLogHref(firstPage)}` : null}
          nextHref={nextCursor ? `${base}${activityLogHref({ ...query, after: nextCursor })}` : null}
        />
      </section>
    </>
  );
}
