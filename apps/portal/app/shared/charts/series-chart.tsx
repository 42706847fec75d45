import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { ChartEmpty, ChartFigure, ChartLegend, ChartSvg, ChartTable } from './chart-frame';
import type { LegendItem } from './chart-frame';
import type { ChartCategory, ChartSeries, ChartValue } from './types';
import { isSuppressed } from './types';

// What the charts of categories × series (lines, stacked bars) have in common around their
// drawing: the table of the same numbers, the note on a hidden value, "nothing to draw", the
// legend. Each chart draws only its own marks.

/** Throws unless `values` has one row per category and one value per series in each row. */
export function assertSeriesValues(
  chart: string,
  title: string,
  categories: readonly ChartCategory[],
  series: readonly ChartSeries[],
  values: readonly (readonly ChartValue[])[],
): void {
  if (values.length !== categories.length || values.some((row) => row.length !== series.length)) {
    throw new Error(`${chart} "${title}": values must be one row per category, one value per series`);
  }
}

export interface SeriesChartProps {
  /** The figure's caption and the drawing's name. */
  title: string;
  /** The drawing's description; by default what it shows and that the table has the numbers. */
  description?: string;
  /** The rows' header in the table. */
  categoryHeading: string;
  categories: readonly ChartCategory[];
  series: readonly ChartSeries[];
  /** `values[category][series]`: the table's rows. */
  values: readonly (readonly ChartValue[])[];
  /** A last column of the table with each row's total. */
  totals?: readonly ChartValue[];
}

/** The figure around a chart's marks; `kind` picks its class and its words (description, hidden-value note). */
export function SeriesChartFrame({
  frame: { kind, id, width, height },
  legend,
  children,
  ...chart
}: SeriesChartProps & {
  /** `id` from useId, as ChartSvg takes it; the drawing's size. */
  frame: { kind: 'lines' | 'bars'; id: string; width: number; height: number };
  legend: readonly LegendItem[];
  /** The drawing's marks, inside the chart's svg. */
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { title, categoryHeading, categories, series, values, totals } = chart;
  // The note under the drawing says how the first hidden value is shown ("<5").
  const firstHidden = values.flat().find(isSuppressed)?.display;
  const description = chart.description ?? t(`chart.${kind}.desc`, { series: series.map((s) => s.label).join(', ') });
  const table = (
    <ChartTable
      caption={t('chart.table', { title })}
      corner={categoryHeading}
      columns={[...series.map((s) => s.label), ...(totals ? [t('chart.total')] : [])]}
      rows={categories.map((category, index) => ({
        key: category.key,
        header: category.label,
        cells: [...values[index]!.map((cell) => cell.display), ...(totals ? [totals[index]!.display] : [])],
      }))}
    />
  );

  return (
    <ChartFigure
      title={title}
      className={`portal-chart--${kind}`}
      table={table}
      notes={
        firstHidden !== undefined ? (
          <p className="portal-chart__note">{t(`chart.${kind}.hidden`, { display: firstHidden })}</p>
        ) : null
      }
    >
      {categories.length === 0 ? (
        <ChartEmpty />
      ) : (
        <>
          <ChartSvg id={id} width={width} height={height} title={title} description={description}>
            {children}
          </ChartSvg>
          <ChartLegend items={legend} />
        </>
      )}
    </ChartFigure>
  );
}
