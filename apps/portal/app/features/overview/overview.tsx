import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/overview';
import { loadNationalOverview } from './overview.server';
import { PeriodForm } from './components/period-form';
import { OverviewCharts } from './components/overview-charts';
import { OverviewTables } from './components/overview-tables';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { drillHref } from './drill-links';

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
