import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { AppLink } from '../../../shared/ui/app-link';
import type { ActivityType } from '../../../generated/graphql';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { activityTypeLabel } from '../labels';
import { TableScroll } from '../../../shared/list/list-kit';

export interface PartnerOutcomesProps {
  activities: readonly {
    id: string;
    date: string;
    type: ActivityType;
    title: string;
    participantCount?: number | null;
  }[];
  groups: readonly { id: string; name: string }[];
  partnerId: string;
  /** `/vest`. */
  portalBase: string;
}

/** What the work with the partner led to: the activities it took part in, and groups started together. */
export function PartnerOutcomes({ activities, groups, partnerId, portalBase }: PartnerOutcomesProps) {
  const { t, lang, formatDate } = useI18n();
  return (
    <>
      <section aria-labelledby="activities-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="activities-heading">
          {t('partners.activities.heading')}
        </Heading>
        <Paragraph>
          <AppLink to={`${portalBase}/aktiviteter/ny?partner=${encodeURIComponent(partnerId)}`}>
            {t('partners.activities.add')}
          </AppLink>
        </Paragraph>
        {activities.length === 0 ? (
          <Paragraph>{t('partners.activities.none')}</Paragraph>
        ) : (
          <TableScroll label={t('partners.activities.caption', { count: activities.length })}>
            <Table>
              <caption className="ds-sr-only">{t('partners.activities.caption', { count: activities.length })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('partners.activities.date')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('partners.activities.type')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('partners.activities.title')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('partners.activities.participants')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {activities.map((activity) => (
                  <Table.Row key={activity.id}>
                    <Table.Cell>{formatDate(activity.date)}</Table.Cell>
                    <Table.Cell>{activityTypeLabel(lang, activity.type)}</Table.Cell>
                    <Table.HeaderCell scope="row">
                      <AppLink to={`${portalBase}/aktiviteter/${activity.id}`}>{activity.title}</AppLink>
                    </Table.HeaderCell>
                    <Table.Cell>{activity.participantCount ?? t('groups.none')}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="groups-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="groups-heading">
          {t('partners.groups.heading')}
        </Heading>
        {groups.length === 0 ? (
          <Paragraph>{t('partners.groups.none')}</Paragraph>
        ) : (
          <ul>
            {groups.map((group) => (
              <li key={group.id}>
                <AppLink to={`${portalBase}/grupper/${group.id}`}>{group.name}</AppLink>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
