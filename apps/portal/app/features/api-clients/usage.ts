import { addDays, todayInOslo } from '../../shared/dates/dates';

export interface UsageCounts {
  requests: number;
  rateLimited: number;
  errors: number;
  pointsSpent: number;
}

export const USAGE_DAYS = 30;

const NONE: UsageCounts = { requests: 0, rateLimited: 0, errors: 0, pointsSpent: 0 };

/**
 * Every calendar day (Norway) the usage window touches, oldest first, with the gateway's counts
 * and zero on days without use: the gateway lists only days with use, and a chart of time needs
 * the quiet days too. The window is the last `days` × 24 hours, so it touches `days + 1` dates.
 */
export function usageByDay(
  perDay: readonly { day: string; counts: UsageCounts }[],
  now: Date,
  days: number = USAGE_DAYS,
): { day: string; counts: UsageCounts }[] {
  const today = todayInOslo(now);
  const byDay = new Map(perDay.map((entry) => [entry.day, entry.counts]));
  return Array.from({ length: days + 1 }, (_, index) => {
    const day = addDays(today, index - days);
    return { day, counts: byDay.get(day) ?? NONE };
  });
}
