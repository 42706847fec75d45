import { scaleLinear, scalePoint } from 'd3-scale';
import {
  line,
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
  symbolWye,
} from 'd3-shape';
import { useId } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { formatCount } from './chart-frame';
import { assertSeriesValues, SeriesChartFrame } from './series-chart';
import type { SeriesChartProps } from './series-chart';
import { textWidth } from './text-width';
import { toneOf } from './types';

/** Lines: one per series (channels), along the categories (months, left to right); no totals. */
export type LineChartProps = Omit<SeriesChartProps, 'totals'>;

const WIDTH = 360;
const HEIGHT = 220;
const FONT = 13;
const TOP = 12;
const BOTTOM = 26;
const RIGHT = 12;
/** At most this many labels under the x axis; the table names every point. */
const MAX_X_LABELS = 6;

// A marker shape per tone, so lines differ by shape and dash as well as colour (WCAG 1.4.1).
const SYMBOLS = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolWye];

/**
 * Lines over time with a marker at each point, and the numbers as a table below. A hidden value
 * is a gap in its line: nothing is drawn where the number is not known.
 */
export function LineChart(props: LineChartProps) {
  const { title, categories, series, values } = props;
  const { lang } = useI18n();
  const id = useId();
  assertSeriesValues('LineChart', title, categories, series, values);

  const max = Math.max(1, ...values.flat().map((cell) => cell.value ?? 0));
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([HEIGHT - BOTTOM, TOP]);
  const yTicks = y.ticks(4);
  const left = Math.max(...yTicks.map((tick) => textWidth(formatCount(lang, tick), FONT))) + 8;
  const x = scalePoint<number>()
    .domain(categories.map((_, index) => index))
    .range([left + 8, WIDTH - RIGHT])
    .padding(0.2);
  const every = Math.ceil(categories.length / MAX_X_LABELS);

  const markers = SYMBOLS.map((type) => symbol(type, 40)() ?? '');

  return (
    <SeriesChartFrame
      {...props}
      frame={{ kind: 'lines', id, width: WIDTH, height: HEIGHT }}
      legend={series.map((s, index) => {
        const tone = toneOf(s, index);
        return {
          key: s.key,
          label: s.label,
          swatch: (
            <>
              <line x1="0" x2="24" y1="8" y2="8" className={`portal-chart__line portal-chart__stroke-${tone}`} />
              <path
                d={markers[tone]}
                transform="translate(12,8)"
                className={`portal-chart__marker portal-chart__tone-${tone}`}
              />
            </>
          ),
        };
      })}
    >
      <g className="portal-chart__grid">
        {yTicks.map((tick) => (
          <g key={tick} transform={`translate(0,${y(tick)})`}>
            <line x1={left} x2={WIDTH - RIGHT} />
            <text x={left - 4} dy="0.35em" textAnchor="end" className="portal-chart__text">
              {formatCount(lang, tick)}
            </text>
          </g>
        ))}
      </g>
      <line x1={left} x2={WIDTH - RIGHT} y1={y(0)} y2={y(0)} className="portal-chart__axis" />
      {categories.map((category, index) =>
        index % every === 0 ? (
          <text
            key={category.key}
            x={x(index)}
            y={HEIGHT - BOTTOM + 18}
            textAnchor="middle"
            className="portal-chart__text"
          >
            {category.short ?? category.label}
          </text>
        ) : null,
      )}
      {series.map((s, column) => {
        const tone = toneOf(s, column);
        const known = values.map((row) => row[column]!.value);
        const d = line<number>()
          .defined((index) => known[index] !== null)
          .x((index) => x(index) ?? 0)
          .y((index) => y(known[index] ?? 0))(categories.map((_, index) => index));
        return (
          <g key={s.key} data-series={s.key}>
            {d ? <path d={d} className={`portal-chart__line portal-chart__stroke-${tone}`} /> : null}
            {known.map((value, index) =>
              value === null ? null : (
                <path
                  key={categories[index]!.key}
                  d={markers[tone]}
                  transform={`translate(${x(index)},${y(value)})`}
                  className={`portal-chart__marker portal-chart__tone-${tone}`}
                />
              ),
            )}
          </g>
        );
      })}
    </SeriesChartFrame>
  );
}
