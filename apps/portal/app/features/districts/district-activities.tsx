import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/district-activities';
import { loadDistrictActivities } from './district-registers.server';
import { ActivityLog } from '../outreach/components/activity-log';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { viewedDistrictPath } from './paths';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadDistrictActivities(request, context);
}

/** One district's outreach log and its totals, read-only: no activity page (it names staff and holds notes). */
export default function DistrictActivitiesPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { district } = loaderData;
  const base = viewedDistrictPath(district.id, 'aktiviteter');
  const heading = t('districts.view.activitiesHeading', { name: district.name });
  return (
    <>
      <PageTitle>{heading}</PageTitle>
      <Heading level={1} data-size="lg">
        {heading}
      </Heading>
      <ActivityLog base={base} log={loaderData} activityBasePath={null} />
    </>
  );
}
