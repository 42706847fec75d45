import { AppLink } from '../../../shared/ui/app-link';
import type { ActivityStatus, ActivityType } from '../../../generated/graphql';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { activityStatusLabel, activityTypeLabel } from '../labels';
import { ListTable } from '../../../shared/list/list-kit';

export interface ActivityRow {
  id: string;
  type: ActivityType;
  title: string;
  status: ActivityStatus;
  date: string;
  startTime?: string | null;
  participantCount?: number | null;
  partners: readonly { id: string; name: string }[];
  outcomes: readonly { id: string }[];
}

/** One page of the log, newest first, or the empty state; the title links to the activity where there is a page for it. */
export function ActivityTable({
  activities,
  totalCount,
  basePath,
}: {
  activities: readonly ActivityRow[];
  totalCount: number;
  /** Where an activity's page is; null where the viewer has none (the national office: it names staff and notes). */
  basePath: string | null;
}) {
  const { t, lang, formatDate } = useI18n();
  return (
    <ListTable
      caption={t('outreach.list.caption', { count: totalCount })}
      columns={[
        t('outreach.field.date'),
        t('outreach.field.type'),
        t('outreach.field.title'),
        t('outreach.field.status'),
        t('outreach.field.partnerIds'),
        t('outreach.field.participantCount'),
        t('outreach.list.outcomes'),
      ]}
      rows={activities}
      rowKey={(activity) => activity.id}
      cells={(activity) => [
        `${formatDate(activity.date)}${activity.startTime ? ` ${activity.startTime}` : ''}`,
        activityTypeLabel(lang, activity.type),
        basePath ? (
          <AppLink key="title" to={`${basePath}/${activity.id}`}>
            {activity.title}
          </AppLink>
        ) : (
          activity.title
        ),
        activityStatusLabel(lang, activity.status),
        activity.partners.map(({ name }) => name).join(', ') || t('outreach.none'),
        activity.participantCount ?? t('outreach.none'),
        activity.outcomes.length,
      ]}
      empty={t('outreach.list.empty')}
      testId="activity-table"
    />
  );
}
