import { useId } from 'react';
import type { BarDatum } from '../bar-chart';
import { barChartGeometry } from '../bar-chart';

export interface BarChartProps {
  title: string;
  description: string;
  data: readonly BarDatum[];
}

// Designsystemet's tokens, with fallbacks of the same contrast for when the theme is missing:
// the accent base (bars) is ≥ 3:1 against the page background, the text colour ≥ 4.5:1.
const BAR = 'var(--ds-color-accent-base-default, #0062ba)';
const TEXT = 'var(--ds-color-neutral-text-default, #1e2b3c)';
const GRID = 'var(--ds-color-neutral-border-subtle, #c3c8cf)';

/**
 * A horizontal bar chart as inline SVG, drawn on the server. It is one image to assistive
 * technology (title and description); the table beside it is its text alternative.
 */
export function BarChart({ title, description, data }: BarChartProps) {
  const id = useId();
  const chart = barChartGeometry(data);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <svg
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      // Sized by the stylesheet (no style attribute: the CSP allows no inline styles); the
      // width attribute caps it at its natural size.
      width={chart.width}
      className="portal-bar-chart"
      fontSize="14"
      data-testid="bar-chart"
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <g aria-hidden="true">
        {chart.ticks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={tick.x}
              x2={tick.x}
              y1={chart.plot.y}
              y2={chart.plot.y + chart.plot.height}
              stroke={GRID}
              strokeWidth={1}
            />
            <text x={tick.x} y={chart.plot.y + chart.plot.height + 16} textAnchor="middle" fill={TEXT} fontSize="12">
              {tick.value}
            </text>
          </g>
        ))}
        {chart.bars.map((bar) => (
          <g key={bar.key}>
            <text x={bar.labelX} y={bar.labelY} fill={TEXT}>
              {bar.label}
            </text>
            <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx={2} fill={BAR} />
            <text x={bar.valueX} y={bar.valueY} fill={TEXT} fontWeight="600">
              {bar.value}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
