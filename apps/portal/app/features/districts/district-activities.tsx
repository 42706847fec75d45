import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/district-activities';
import { loadDistrictActivities } from './district-registers.server';
import { ActivityFilters } from '../outreach/components/activity-filters';
import { ActivityTable } from '../outreach/components/activity-table';
import { ActivityTotals } from '../outreach/components/activity-totals';
import { activityLogHref } from '../outreach/log-query';
import { activityPeriodText } from '../outreach/period-text';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { Pager } from '../../shared/list/list-kit';
import { viewedDistrictPath } from './paths';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadDistrictActivities(request, context);
}

/** One district's outreach log and its totals, read-only: no activity page (it names staff and holds notes). */
export default function DistrictActivitiesPage({ loaderData }: Route.ComponentProps) {
  const { t, formatDate } = useI18n();
  const { district, query, activities, totalCount, nextCursor, totals, partners } = loaderData;
  const base = viewedDistrictPath(district.id, 'aktiviteter');
  const heading = t('districts.view.activitiesHeading', { name: district.name });
  const firstPage = { ...query, after: '' };
  const period = activityPeriodText(t, formatDate, query);
  return (
    <>
      <PageTitle>{heading}</PageTitle>
      <Heading level={1} data-size="lg">
        {heading}
      </Heading>
      <ActivityFilters query={query} partners={partners} resetHref={base} />
      <Paragraph role="status" data-testid="activity-period">
        {t('outreach.list.period', { period })}
      </Paragraph>
      <ActivityTotals totals={totals} period={period} />
      <section aria-labelledby="activity-list-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="activity-list-heading">
          {t('outreach.list.activities')}
        </Heading>
        <ActivityTable activities={activities} totalCount={totalCount} basePath={null} />
        <Pager
          label={t('outreach.list.pages')}
          firstHref={query.after ? `${base}${activityLogHref(firstPage)}` : null}
          nextHref={nextCursor ? `${base}${activityLogHref({ ...query, after: nextCursor })}` : null}
        />
      </section>
    </>
  );
}
