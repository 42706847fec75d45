import { scaleLinear } from 'd3-scale';
import { useId } from 'react';
import { useI18n } from '../i18n/i18n-context';
import {
  ChartEmpty,
  ChartFigure,
  ChartLegend,
  ChartSvg,
  ChartTable,
  formatCount,
  TonePatterns,
  toneFill,
} from './chart-frame';
import { textWidth } from './text-width';
import type { ChartCategory, ChartSeries, ChartValue } from './types';
import { isSuppressed, toneOf } from './types';

export interface StackedBarChartProps {
  /** The figure's caption and the drawing's name: "Grupper per distrikt etter status". */
  title: string;
  /** The drawing's description; by default what it shows and that the table has the numbers. */
  description?: string;
  /** The rows' header in the table: "Distrikt". */
  categoryHeading: string;
  /** One bar each (districts), top to bottom. */
  categories: readonly ChartCategory[];
  /** The parts of every bar (statuses), left to right. */
  series: readonly ChartSeries[];
  /** `values[category][series]`. */
  values: readonly (readonly ChartValue[])[];
  /** Each bar's total as the gateway gives it: a column in the table and the bar's label. */
  totals?: readonly ChartValue[];
}

const WIDTH = 360;
const FONT = 13;
const BAR = 20;
const GAP = 10;
const AXIS = 22;
const PAD = 6;

/**
 * Horizontal stacked bars (one per category, split by series) with the numbers as a table below.
 * Horizontal, so the categories' names read on a phone. A hidden value is not drawn: its part is
 * left out of the bar, and the bar's label says "+ <5" for it.
 */
export function StackedBarChart({
  title,
  description,
  categoryHeading,
  categories,
  series,
  values,
  totals,
}: StackedBarChartProps) {
  const { t, lang } = useI18n();
  const id = useId();
  if (values.length !== categories.length || values.some((row) => row.length !== series.length)) {
    throw new Error(`StackedBarChart "${title}": values must be one row per category, one value per series`);
  }
  if (totals && totals.length !== categories.length) {
    throw new Error(`StackedBarChart "${title}": totals must have one value per category`);
  }

  const known = values.map((row) => row.reduce((sum, cell) => sum + (cell.value ?? 0), 0));
  const hidden = values.map((row) => row.filter(isSuppressed).map((cell) => cell.display));
  const barLabels = categories.map((_, index) => {
    const total = totals?.[index];
    if (total) return total.display;
    return [formatCount(lang, known[index]!), ...hidden[index]!].join(' + ');
  });
  const firstHidden = hidden.flat()[0];

  const labelWidth = Math.min(150, Math.max(...categories.map((c) => textWidth(c.short ?? c.label, FONT)), 40));
  const endWidth = Math.max(...barLabels.map((label) => textWidth(label, FONT)), 20);
  const x = scaleLinear()
    .domain([0, Math.max(1, ...known)])
    .nice()
    .range([labelWidth + PAD, WIDTH - endWidth - PAD]);
  const ticks = x.ticks(4);
  const height = AXIS + categories.length * (BAR + GAP);

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
      className="portal-chart--bars"
      table={table}
      notes={
        firstHidden !== undefined ? (
          <p className="portal-chart__note">{t('chart.bars.hidden', { display: firstHidden })}</p>
        ) : null
      }
    >
      {categories.length === 0 ? (
        <ChartEmpty />
      ) : (
        <>
          <ChartSvg
            id={id}
            width={WIDTH}
            height={height}
            title={title}
            description={description ?? t('chart.bars.desc', { series: series.map((s) => s.label).join(', ') })}
          >
            <TonePatterns id={id} />
            <g className="portal-chart__grid">
              {ticks.map((tick) => (
                <g key={tick} transform={`translate(${x(tick)},0)`}>
                  <line y1={AXIS - 4} y2={height} />
                  <text y={AXIS - 8} textAnchor="middle" className="portal-chart__text">
                    {formatCount(lang, tick)}
                  </text>
                </g>
              ))}
            </g>
            {categories.map((category, row) => {
              const y = AXIS + row * (BAR + GAP) + GAP / 2;
              let start = 0;
              return (
                <g key={category.key} className="portal-chart__bar">
                  <text x={labelWidth} y={y + BAR / 2} dy="0.35em" textAnchor="end" className="portal-chart__text">
                    {category.short ?? category.label}
                  </text>
                  {values[row]!.map((cell, column) => {
                    if (cell.value === null || cell.value <= 0) return null;
                    const from = start;
                    start += cell.value;
                    return (
                      <rect
                        key={series[column]!.key}
                        x={x(from)}
                        y={y}
                        width={x(start) - x(from)}
                        height={BAR}
                        fill={toneFill(id, toneOf(series[column]!, column))}
                        className="portal-chart__segment"
                        data-series={series[column]!.key}
                      />
                    );
                  })}
                  <text x={x(start) + PAD} y={y + BAR / 2} dy="0.35em" className="portal-chart__text">
                    {barLabels[row]}
                  </text>
                </g>
              );
            })}
            <line x1={x(0)} x2={x(0)} y1={AXIS - 4} y2={height} className="portal-chart__axis" />
          </ChartSvg>
          <ChartLegend
            items={series.map((s, index) => ({
              key: s.key,
              label: s.label,
              swatch: (
                <rect width="24" height="16" fill={toneFill(id, toneOf(s, index))} className="portal-chart__segment" />
              ),
            }))}
          />
        </>
      )}
    </ChartFigure>
  );
}
