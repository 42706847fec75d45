import { addDays, addMonths, compareIsoDates, todayIn } from '../groups/dates.js';
import type { IsoDate } from '../groups/types.js';
import type { Refusal } from '../messages/refusal.js';

/** A period of calendar days in Europe/Oslo, both days inclusive. */
export interface StatPeriod {
  from: IsoDate;
  to: IsoDate;
}

/** Longer periods are refused: the per-month tables would grow without use. */
export const MAX_PERIOD_YEARS = 10;

/** This calendar year in Europe/Oslo: the overview's default period. */
export function calendarYearOf(now: Date): StatPeriod {
  const year = todayIn(now).slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The same days a year earlier (29 February becomes 28 February, as months clamp). */
export function previousYearPeriod(period: StatPeriod): StatPeriod {
  return { from: addMonths(period.from, -12), to: addMonths(period.to, -12) };
}

/** Null for a usable period; otherwise why not. */
export function periodRefusal(period: StatPeriod): Refusal | null {
  if (compareIsoDates(period.to, period.from) < 0) return { reason: 'PERIOD_END_BEFORE_START', field: 'to' };
  if (compareIsoDates(period.to, addDays(addMonths(period.from, 12 * MAX_PERIOD_YEARS), -1)) > 0)
    return { reason: 'PERIOD_TOO_LONG', field: 'to', params: { years: MAX_PERIOD_YEARS } };
  return null;
}

/** The months (`YYYY-MM`) the period touches, in order. */
export function monthsOf(period: StatPeriod): string[] {
  const months: string[] = [];
  let day = `${period.from.slice(0, 7)}-01`;
  while (compareIsoDates(day, period.to) <= 0) {
    months.push(day.slice(0, 7));
    day = addMonths(day, 1);
  }
  return months;
}
