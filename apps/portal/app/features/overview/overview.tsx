import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/overview';
import { loadNationalOverview } from './overview.server';
import { PeriodForm } from './components/period-form';
import { OverviewCharts } from './components/overview-charts';
import { OverviewTables } from './components/overview-tables';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { drillHref } from './drill-links';

/** The national report of the period shown, made on request (features/reports). */
const reportHref = (format: 'xlsx' | 'csv', period: { from: string; to: string }) =>
  `/nasjonalt/rapport.${format}?${new URLSearchParams({ fra: period.from, til: period.to }).toString()}`;

export function loader({ request, context }: Route.LoaderArgs) {
  return loadNationalOverview(request, context);
}

/**
 * National portal: the overview for a period (this year by default), per district and in total,
 * as charts and as tables; registry figures lead to the district's read-only lists.
 */
export default function NationalOverviewPage({ loaderData }: Route.ComponentProps) {
  const { t, formatDate } = useI18n();
  const { query, errors, overview } = loaderData;
  const between = (period: { from: string; to: string }) =>
    t('overview.between', { from: formatDate(period.from), to: formatDate(period.to) });
  return (
    <div className="portal-stack">
      <PageTitle>{t('overview.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('overview.title')}
      </Heading>
      <Paragraph>{t('overview.intro')}</Paragraph>
      <section aria-labelledby="overview-period" className="portal-stack">
        <Heading level={2} data-size="sm" id="overview-period">
          {t('overview.period.heading')}
        </Heading>
        <PeriodForm query={query} errors={errors} resetTo="/nasjonalt/oversikt" />
      </section>
      {overview ? (
        <>
          <Paragraph role="status" data-testid="overview-period">
            {overview.previousPeriod
              ? t('overview.showingCompared', {
                  period: between(overview.period),
                  previous: between(overview.previousPeriod.period),
                })
              : t('overview.showing', { period: between(overview.period) })}
          </Paragraph>
          <Paragraph data-size="sm">{t('overview.protection', { threshold: overview.suppressionThreshold })}</Paragraph>
          <section aria-labelledby="overview-export" className="portal-stack portal-no-print">
            <Heading level={2} data-size="sm" id="overview-export">
              {t('overview.export.heading')}
            </Heading>
            <Paragraph>{t('overview.export.text')}</Paragraph>
            <ul className="portal-link-list">
              <li>
                <a href={reportHref('xlsx', overview.period)} download>
                  {t('overview.export.xlsx')}
                </a>
              </li>
              <li>
                <a href={reportHref('csv', overview.period)} download>
                  {t('overview.export.csv')}
                </a>
              </li>
            </ul>
          </section>
          <OverviewCharts
            headingId="overview-charts"
            tables={new Map(overview.tables.map((table) => [table.key, table]))}
            coveredMunicipalities={overview.coverage.coveredMunicipalityNumbers}
          />
          <OverviewTables
            headingId="overview-tables"
            tables={overview.tables}
            previous={overview.previousPeriod?.tables ?? null}
            drill={(table, row, column) => drillHref(table, row, column, overview.period)}
          />
        </>
      ) : null}
    </div>
  );
}
