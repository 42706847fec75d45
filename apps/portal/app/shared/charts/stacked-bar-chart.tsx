import { scaleLinear } from 'd3-scale';
import { useId } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { formatCount, TonePatterns, toneFill } from './chart-frame';
import { assertSeriesValues, SeriesChartFrame } from './series-chart';
import type { SeriesChartProps } from './series-chart';
import { textWidth } from './text-width';
import { isSuppressed, toneOf } from './types';

/** Bars: one per category (districts, top to bottom), split by the series (statuses); totals as the gateway gives them. */
export type StackedBarChartProps = SeriesChartProps;

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
export function StackedBarChart(props: StackedBarChartProps) {
  const { title, categories, series, values, totals } = props;
  const { lang } = useI18n();
  const id = useId();
  assertSeriesValues('StackedBarChart', title, categories, series, values);
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

  const labelWidth = Math.min(150, Math.max(...categories.map((c) => textWidth(c.short ?? c.label, FONT)), 40));
  const endWidth = Math.max(...barLabels.map((label) => textWidth(label, FONT)), 20);
  const x = scaleLinear()
    .domain([0, Math.max(1, ...known)])
    .nice()
    .range([labelWidth + PAD, WIDTH - endWidth - PAD]);
  const ticks = x.ticks(4);
  const height = AXIS + categories.length * (BAR + GAP);

  return (
    <SeriesChartFrame
      {...props}
      frame={{ kind: 'bars', id, width: WIDTH, height: height }}
      legend={series.map((s, index) => ({
        key: s.key,
        label: s.label,
        swatch: <rect width="24" height="16" fill={toneFill(id, toneOf(s, index))} className="portal-chart__segment" />,
      }))}
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
    </SeriesChartFrame>
  );
}
