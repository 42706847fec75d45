import { Heading, Table } from '@digdir/designsystemet-react';
import type { ActivityType } from '../../../generated/graphql';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { activityTypeLabel } from '../labels';
import { TableScroll } from '../../../shared/list/list-kit';

interface Counts {
  activities: number;
  participants: number;
  groupsStarted: number;
}

export interface ActivityTotalsProps {
  totals: Counts & { byType: readonly (Counts & { type: ActivityType })[] };
  /** The period in words, for the caption. */
  period: string;
}

/** The totals of the filter: overall, then one row per type (every type, zeros included). */
export function ActivityTotals({ totals, period }: ActivityTotalsProps) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="activity-totals-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="activity-totals-heading">
        {t('outreach.totals.heading')}
      </Heading>
      <dl className="portal-facts" data-testid="activity-totals">
        <dt>{t('outreach.totals.activities')}</dt>
        <dd>{totals.activities}</dd>
        <dt>{t('outreach.totals.participants')}</dt>
        <dd>{totals.participants}</dd>
        <dt>{t('outreach.totals.groupsStarted')}</dt>
        <dd>{totals.groupsStarted}</dd>
      </dl>
      <TableScroll label={t('outreach.totals.caption', { period })}>
        <Table data-size="sm" data-testid="activity-totals-by-type">
          <caption>{t('outreach.totals.caption', { period })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('outreach.field.type')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('outreach.totals.activities')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('outreach.totals.participants')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('outreach.totals.groupsStarted')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {totals.byType.map((row) => (
              <Table.Row key={row.type}>
                <Table.HeaderCell scope="row">{activityTypeLabel(lang, row.type)}</Table.HeaderCell>
                <Table.Cell>{row.activities}</Table.Cell>
                <Table.Cell>{row.participants}</Table.Cell>
                <Table.Cell>{row.groupsStarted}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
          <tfoot>
            <Table.Row>
              <Table.HeaderCell scope="row">{t('outreach.totals.sum')}</Table.HeaderCell>
              <Table.Cell>{totals.activities}</Table.Cell>
              <Table.Cell>{totals.participants}</Table.Cell>
              <Table.Cell>{totals.groupsStarted}</Table.Cell>
            </Table.Row>
          </tfoot>
        </Table>
      </TableScroll>
    </section>
  );
}
