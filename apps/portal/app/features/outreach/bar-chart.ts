// Geometry of a horizontal bar chart, drawn by the server as inline SVG (no script, no external
// resources). Each row has its label on a line of its own above the bar, so long labels
// ("Bruker- eller pasientorganisasjon") stay whole and readable when the SVG scales down.

export interface BarDatum {
  key: string;
  label: string;
  value: number;
}

export interface BarChartOptions {
  width?: number;
  /** Height of one bar. */
  barHeight?: number;
  /** Height of the label line above each bar. */
  labelHeight?: number;
  /** Space between rows. */
  gap?: number;
  /** Room to the right of the longest bar for its value. */
  valueWidth?: number;
  padding?: number;
}

export interface BarGeometry extends BarDatum {
  /** Top of the row's label line; the label's baseline is `labelY`. */
  labelX: number;
  labelY: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the value is written, just right of the bar. */
  valueX: number;
  valueY: number;
}

export interface TickGeometry {
  value: number;
  x: number;
}

export interface BarChartGeometry {
  width: number;
  height: number;
  /** The scale's maximum (a "nice" whole number ≥ the largest value, at least 1). */
  max: number;
  plot: { x: number; y: number; width: number; height: number };
  bars: BarGeometry[];
  ticks: TickGeometry[];
}

const DEFAULTS: Required<BarChartOptions> = {
  width: 640,
  barHeight: 18,
  labelHeight: 20,
  gap: 10,
  valueWidth: 48,
  padding: 8,
};

/** A whole-number step that gives at most `maxTicks` intervals: 1, 2, 5, 10, 20, 50… */
export function niceStep(max: number, maxTicks = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / maxTicks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step =
    [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw) ?? 10 * magnitude;
  return Math.max(1, Math.ceil(step));
}

const safeValue = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);
const round = (value: number) => Math.round(value * 100) / 100;

/** Where every bar, label, value and grid line goes. Negative or non-finite values draw as 0. */
export function barChartGeometry(data: readonly BarDatum[], options: BarChartOptions = {}): BarChartGeometry {
  const { width, barHeight, labelHeight, gap, valueWidth, padding } = { ...DEFAULTS, ...options };
  const largest = Math.max(0, ...data.map(({ value }) => safeValue(value)));
  const step = niceStep(largest);
  const max = Math.max(step, Math.ceil(largest / step) * step);
  const plotX = padding;
  const plotWidth = Math.max(1, width - padding * 2 - valueWidth);
  const rowHeight = labelHeight + barHeight + gap;
  const plotY = padding;
  const plotHeight = data.length * rowHeight;
  const bars = data.map((datum, index): BarGeometry => {
    const top = plotY + index * rowHeight;
    const barWidth = round((safeValue(datum.value) / max) * plotWidth);
    const y = top + labelHeight;
    return {
      ...datum,
      labelX: plotX,
      labelY: round(top + labelHeight * 0.75),
      x: plotX,
      y,
      width: barWidth,
      height: barHeight,
      valueX: round(plotX + barWidth + 6),
      valueY: round(y + barHeight * 0.75),
    };
  });
  const ticks: TickGeometry[] = [];
  for (let value = 0; value <= max; value += step) ticks.push({ value, x: round(plotX + (value / max) * plotWidth) });
  return {
    width,
    height: plotY + plotHeight + padding + labelHeight,
    max,
    plot: { x: plotX, y: plotY, width: plotWidth, height: plotHeight },
    bars,
    ticks,
  };
}
