/**
 * One figure as the gateway hands it out: `value` is null where small-number protection hid it,
 * and `display` is what people read ("12", "<5"). Charts draw `value` only and write `display`,
 * so a hidden number is never drawn or guessed.
 */
export interface ChartValue {
  value: number | null;
  display: string;
}

/**
 * One of a chart's series (a status, a channel). `tone` picks its colour and pattern (0–5,
 * charts.css); by default the series' position.
 */
export interface ChartSeries {
  key: string;
  label: string;
  tone?: number;
}

/** One place on a chart's category axis: a district, a month. */
export interface ChartCategory {
  key: string;
  /** In the table and in the bar's label: "Nord-Norge", "januar 2026". */
  label: string;
  /** On a crowded axis, when shorter than the label: "jan.". */
  short?: string;
}

/** The number of tones charts.css styles; series past it repeat them. */
export const TONES = 6;

export function toneOf(series: ChartSeries, index: number): number {
  return (series.tone ?? index) % TONES;
}

export function isSuppressed(value: ChartValue): value is { value: null; display: string } {
  return value.value === null;
}
