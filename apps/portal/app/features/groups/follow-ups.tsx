import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { Route } from './+types/follow-ups';
import { loadFollowUpsDue } from './follow-ups.server';
import { AppLink } from '../../shared/ui/app-link';
import { DueDate, StatusTag } from './components/status-tag';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { EmptyList, ListFilters, TableScroll } from '../../shared/list/list-kit';
import { DateFilter } from '../../shared/list/filter-fields';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadFollowUpsDue(request, context);
}

export default function FollowUpsPage({ loaderData }: Route.ComponentProps) {
  const { t, formatDate } = useI18n();
  const { portal, before, today, groups } = loaderData;
  const base = portalPath(portal, 'grupper');
  return (
    <div className="portal-stack">
      <PageTitle>{t('groups.followUps.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('groups.followUps.heading')}
      </Heading>
      <Paragraph>{t('groups.followUps.intro')}</Paragraph>
      <ListFilters label={t('groups.filter.heading')} idPrefix="follow-ups" values={{ before }}>
        <DateFilter name="before" label={t('groups.followUps.before')} description={t('groups.followUps.beforeHint')} />
      </ListFilters>
      {groups.length === 0 ? (
        <EmptyList>{t('groups.followUps.empty')}</EmptyList>
      ) : (
        <TableScroll label={t('groups.followUps.caption', { count: groups.length })}>
          <Table>
            <caption>{t('groups.followUps.caption', { count: groups.length })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('groups.followUps.due')}</Table.HeaderCell>
                <Table.HeaderCell>{t('groups.list.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('groups.list.municipality')}</Table.HeaderCell>
                <Table.HeaderCell>{t('groups.list.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('groups.followUps.last')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {groups.map((group) => (
                <Table.Row key={group.id}>
                  <Table.Cell>
                    <DueDate date={group.nextFollowUpDue} today={today} />
                  </Table.Cell>
                  <Table.Cell>
                    <AppLink to={`${base}/${group.id}`}>{group.name}</AppLink>
                  </Table.Cell>
                  <Table.Cell>{group.municipality.name}</Table.Cell>
                  <Table.Cell>
                    <StatusTag status={group.status} />
                  </Table.Cell>
                  <Table.Cell>{group.lastFollowUp ? formatDate(group.lastFollowUp) : t('groups.none')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <Paragraph>
        <AppLink to={base}>{t('groups.followUps.back')}</AppLink>
      </Paragraph>
    </div>
  );
}
