import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/list';
import { calendarFeedAction } from './calendar-feed.server';
import { loadActivityLog } from './list.server';
import { AppLink } from '../../shared/ui/app-link';
import { ActivityLog } from './components/activity-log';
import { CalendarSubscription } from './components/calendar-subscription';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { activityLogHref } from './log-query';
import { portalPath } from '../../shared/layout/portals';
import { CreateLink, ListActions } from '../../shared/list/list-kit';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadActivityLog(request, context);
}

export function action({ request, context }: Route.ActionArgs) {
  return calendarFeedAction(request, context);
}

export default function ActivityLogPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, query } = loaderData;
  const base = portalPath(portal, 'aktiviteter');
  const firstPage = { ...query, after: '' };
  return (
    <div className="portal-stack">
      <PageTitle>{t('outreach.list.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('outreach.list.title')}
      </Heading>
      {loaderData.removed ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('outreach.list.notice.removed')}</Paragraph>
        </Alert>
      ) : null}
      <ListActions label={t('outreach.list.actions')}>
        <CreateLink to={`${base}/ny`}>{t('outreach.list.create')}</CreateLink>
        <li>
          {/* The export takes the list's filter, from its first row. */}
          <AppLink to={`${base}/eksport.csv${activityLogHref(firstPage)}`} reloadDocument download>
            {t('outreach.list.export')}
          </AppLink>
        </li>
        <li>
          <AppLink to={`${base}/kalender.ics`} reloadDocument download>
            {t('outreach.list.calendar')}
          </AppLink>
        </li>
        <li>
          <AppLink to={portalPath(portal, 'nettverk')}>{t('outreach.list.network')}</AppLink>
        </li>
        <li>
          <AppLink to={portalPath(portal, 'samarbeidspartnere')}>{t('outreach.list.partners')}</AppLink>
        </li>
      </ListActions>
      <ActivityLog base={base} log={loaderData} activityBasePath={base} />
      <CalendarSubscription feed={loaderData.calendarFeed} result={actionData ?? null} />
    </div>
  );
}
