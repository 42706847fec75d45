import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { Route } from './+types/national-outreach';
import { loadNationalOutreach } from './national-outreach.server';
import { ActivityTotals } from './components/activity-totals';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { ListFilters, TableScroll } from '../../shared/list/list-kit';
import { DateFilter } from '../../shared/list/filter-fields';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadNationalOutreach(request, context);
}

/** National portal: outreach held in every district in a period, and how far each district's network reaches. */
export default function NationalOutreachPage({ loaderData }: Route.ComponentProps) {
  const { t, formatDate } = useI18n();
  const { from, to, totals, districts } = loaderData;
  const period = t('outreach.period.between', { from: formatDate(from), to: formatDate(to) });
  return (
    <div className="portal-stack">
      <PageTitle>{t('outreach.national.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('outreach.national.title')}
      </Heading>
      <Paragraph>{t('outreach.national.intro')}</Paragraph>
      <ListFilters label={t('outreach.national.period')} idPrefix="national" values={{ from, to }}>
        <DateFilter name="from" label={t('outreach.filter.from')} />
        <DateFilter name="to" label={t('outreach.filter.to')} />
      </ListFilters>
      <TableScroll label={t('outreach.national.caption', { period })}>
        <Table data-testid="national-outreach-districts">
          <caption>{t('outreach.national.caption', { period })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('outreach.national.district')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('outreach.totals.activities')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('outreach.totals.participants')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('outreach.totals.groupsStarted')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('outreach.network.activePartners')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('outreach.national.withNeither')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {districts.map((district) => (
              <Table.Row key={district.id}>
                <Table.HeaderCell scope="row">{district.name}</Table.HeaderCell>
                <Table.Cell>{district.activities}</Table.Cell>
                <Table.Cell>{district.participants}</Table.Cell>
                <Table.Cell>{district.groupsStarted}</Table.Cell>
                <Table.Cell>{district.activePartners}</Table.Cell>
                <Table.Cell>
                  {t('outreach.national.ofMunicipalities', {
                    count: district.municipalitiesWithNeither,
                    total: district.municipalities,
                  })}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <ActivityTotals totals={totals} period={period} />
    </div>
  );
}
