import { Heading } from '@digdir/designsystemet-react';
import { HeatTable } from '../../../shared/charts/heat-table';
import { LineChart } from '../../../shared/charts/line-chart';
import { MunicipalityMap } from '../../../shared/charts/municipality-map';
import { StackedBarChart } from '../../../shared/charts/stacked-bar-chart';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { StatTableView } from './stat-table';

export interface OverviewChartsProps {
  /** The overview's tables by key; a chart whose table is missing is left out. */
  tables: ReadonlyMap<string, StatTableView>;
  /** Municipalities with at least one open group on the period's last day. */
  coveredMunicipalities: readonly string[];
  /** A district's own overview draws its counties only. */
  counties?: readonly string[];
  /** The section's heading id (one per page). */
  headingId: string;
}

/**
 * The overview where people would rather look than read: groups per district by status, groups
 * started per month, inquiries per month by channel, themes × districts, and coverage on the
 * map. Each chart is drawn from the gateway's protected figures as they are (a hidden one is
 * never drawn) and carries its numbers as a table.
 */
export function OverviewCharts({ tables, coveredMunicipalities, counties, headingId }: OverviewChartsProps) {
  const { t } = useI18n();
  const byStatus = tables.get('GROUPS_BY_STATUS');
  const startedPerMonth = tables.get('GROUPS_STARTED_PER_MONTH');
  const inquiriesPerMonth = tables.get('INQUIRIES_PER_MONTH');
  const byTheme = tables.get('GROUPS_BY_THEME');
  return (
    <section aria-labelledby={headingId} className="portal-stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('overview.charts')}
      </Heading>
      {byStatus ? (
        <StackedBarChart
          title={t('overview.chart.groupsByStatus')}
          categoryHeading={byStatus.rowLabel}
          categories={byStatus.rows}
          series={byStatus.columns}
          values={byStatus.cells}
          totals={byStatus.rowTotals}
        />
      ) : null}
      {startedPerMonth ? (
        // One line for all the districts asked for: seven lines would share six tones.
        <LineChart
          title={t('overview.chart.groupsStarted')}
          categoryHeading={startedPerMonth.columnLabel}
          categories={startedPerMonth.columns}
          series={[{ key: 'started', label: t('overview.chart.started') }]}
          values={startedPerMonth.columnTotals.map((count) => [count])}
        />
      ) : null}
      {inquiriesPerMonth ? (
        <LineChart
          title={inquiriesPerMonth.title}
          categoryHeading={inquiriesPerMonth.rowLabel}
          categories={inquiriesPerMonth.rows}
          series={inquiriesPerMonth.columns}
          values={inquiriesPerMonth.cells}
        />
      ) : null}
      {byTheme ? (
        // Themes down the side, districts across: the table turned, so the longer list runs down.
        <HeatTable
          title={t('overview.chart.themesByDistrict')}
          rowHeading={byTheme.columnLabel}
          rows={byTheme.columns}
          columns={byTheme.rows}
          values={byTheme.columns.map((_, c) => byTheme.rows.map((_, r) => byTheme.cells[r]![c]!))}
          rowTotals={byTheme.columnTotals}
          columnTotals={byTheme.rowTotals}
          grandTotal={byTheme.total}
        />
      ) : null}
      <MunicipalityMap title={t('overview.chart.coverage')} covered={coveredMunicipalities} counties={counties} />
    </section>
  );
}
