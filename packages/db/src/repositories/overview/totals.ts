import type { IsoDate } from '@selvhjelp/domain';
import { addDays, endOfMonth } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { dayOf, inDistricts } from './sql.js';
import type { OverviewDistricts, OverviewPeriod } from './types.js';

/*
 * Reads of the monthly totals (decision 0029). Triggers keep `overview_month_total` exact in the
 * transaction of every change; a period reads its whole months from there and the days it cuts
 * out of a month from the event views, which apply the same events functions to the source rows.
 * Events of a day's state (+1 when a span or case begins, −1 when it ends) sum to that state.
 */

/** The rows whose events a figure counts, with the source columns that date the events. */
export const EVENT_SOURCES = {
  spans: { view: 'overview_span_event', days: ['valid_from', 'valid_until'] },
  inquiries: { view: 'overview_inquiry_event', days: ['received_on'] },
  activities: { view: 'overview_activity_event', days: ['activity_date'] },
  cases: { view: 'overview_case_event', days: ['opened_on', 'closed_on'] },
  qualifications: { view: 'overview_qualification_event', days: ['valid_from', 'valid_until'] },
} as const;

export type EventSource = keyof typeof EVENT_SOURCES;

/** Whole months `[first, last]` (their first days; `first` null = from the beginning) and the days around them. */
export interface MonthSplit {
  months: { first: IsoDate | null; last: IsoDate } | null;
  days: OverviewPeriod[];
}

const firstOfMonth = (day: IsoDate): IsoDate => `${day.slice(0, 8)}01`;

/** Splits a period (or everything up to `to` when `from` is null) into whole months and loose days. */
export function splitByMonths(from: IsoDate | null, to: IsoDate): MonthSplit {
  const first = from === null || from === firstOfMonth(from) ? from : addDays(endOfMonth(from), 1);
  const last = to === endOfMonth(to) ? firstOfMonth(to) : firstOfMonth(addDays(firstOfMonth(to), -1));
  if (first !== null && first > last) return { months: null, days: [{ from: from!, to }] };
  const days: OverviewPeriod[] = [];
  if (from !== null && first !== from) days.push({ from, to: addDays(first!, -1) });
  if (to !== endOfMonth(to)) days.push({ from: firstOfMonth(to), to });
  return { months: { first, last }, days };
}

/** What a figure's cells are keyed by: the district or the month (`YYYY-MM`) × the event key or the month. */
export interface TotalsShape {
  row: 'district' | 'month';
  column: 'key' | 'month';
}

const axis = (name: 'district' | 'month' | 'key'): Prisma.Sql =>
  name === 'district'
    ? Prisma.sql`district_id`
    : name === 'month'
      ? Prisma.sql`to_char(month, 'YYYY-MM')`
      : Prisma.sql`key`;

/** The figure's events in the split as rows (district_id, month, key, value). */
function events(figure: string, source: EventSource, districts: OverviewDistricts, split: MonthSplit): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (split.months) {
    const { first, last } = split.months;
    parts.push(Prisma.sql`SELECT district_id, month, key, value FROM overview_month_total
      WHERE figure = ${figure} AND month <= ${dayOf(last)}
        ${first === null ? Prisma.empty : Prisma.sql`AND month >= ${dayOf(first)}`}
        AND ${inDistricts('district_id', districts)}`);
  }
  const { view, days } = EVENT_SOURCES[source];
  for (const { from, to } of split.days) {
    const between = Prisma.sql`BETWEEN ${dayOf(from)} AND ${dayOf(to)}`;
    const dated = Prisma.join(
      days.map((column) => Prisma.sql`${Prisma.raw(column)} ${between}`),
      ' OR ',
    );
    parts.push(Prisma.sql`SELECT district_id, date_trunc('month', day)::date AS month, key, value
      FROM ${Prisma.raw(view)}
      WHERE (${dated}) AND day ${between} AND figure = ${figure} AND ${inDistricts('district_id', districts)}`);
  }
  return parts.length === 0
    ? Prisma.sql`SELECT NULL::text AS district_id, NULL::date AS month, NULL::text AS key, 0 AS value WHERE FALSE`
    : Prisma.join(parts, ' UNION ALL ');
}

/** A statement of counts (row, column, value) of the figure's events over the split, zeros left out. */
export function totals(
  figure: string,
  source: EventSource,
  districts: OverviewDistricts,
  split: MonthSplit,
  shape: TotalsShape = { row: 'district', column: 'key' },
): Prisma.Sql {
  const row = axis(shape.row);
  const column = axis(shape.column);
  return Prisma.sql`SELECT ${row} AS "row", ${column} AS "column", SUM(value)::int AS value
    FROM (${events(figure, source, districts, split)}) AS e
    GROUP BY ${row}, ${column}
    HAVING SUM(value) <> 0`;
}

/** The figure's events in the period. */
export const inPeriodSplit = (period: OverviewPeriod): MonthSplit => splitByMonths(period.from, period.to);

/** The figure's events up to and including the period's last day: a state on that day. */
export const onLastDaySplit = (period: OverviewPeriod): MonthSplit => splitByMonths(null, period.to);

/** The keys whose events sum above zero up to the period's last day, over all the districts. */
export function keysAboveZero(
  figure: string,
  source: EventSource,
  districts: OverviewDistricts,
  period: OverviewPeriod,
): Prisma.Sql {
  return Prisma.sql`SELECT key FROM (${events(figure, source, districts, onLastDaySplit(period))}) AS e
    GROUP BY key HAVING SUM(value) > 0 ORDER BY key`;
}
