import { Table } from '@digdir/designsystemet-react';
import { AppLink } from '../../../shared/ui/app-link';
import type { ActivityStatus, ActivityType } from '../../../generated/graphql';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { activityStatusLabel, activityTypeLabel } from '../labels';
import { TableScroll } from '../../../shared/list/list-kit';

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

/** One page of the log, newest first; the title links to the activity. */
export function ActivityTable({ activities, totalCount, basePath }: { activities: readonly ActivityRow[]; totalCount: number; basePath: string }) {
  const { t, lang, formatDate } = useI18n();
  return (
    <TableScroll label={t('outreach.list.caption', { count: totalCount })}>
      <Table data-testid="activity-table">
        <caption>{t('outreach.list.caption', { count: totalCount })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('outreach.field.date')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('outreach.field.type')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('outreach.field.title')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('outreach.field.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('outreach.field.partnerIds')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('outreach.field.participantCount')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('outreach.list.outcomes')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {activities.map((activity) => (
            <Table.Row key={activity.id}>
              <Table.Cell>
                {formatDate(activity.date)}
                {activity.startTime ? ` ${activity.startTime}` : ''}
              </Table.Cell>
              <Table.Cell>{activityTypeLabel(lang, activity.type)}</Table.Cell>
              <Table.Cell>
                <AppLink to={`${basePath}/${activity.id}`}>{activity.title}</AppLink>
              </Table.Cell>
              <Table.Cell>{activityStatusLabel(lang, activity.status)}</Table.Cell>
              <Table.Cell>{activity.partners.map(({ name }) => name).join(', ') || t('outreach.none')}</Table.Cell>
              <Table.Cell>{activity.participantCount ?? t('outreach.none')}</Table.Cell>
              <Table.Cell>{activity.outcomes.length}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
