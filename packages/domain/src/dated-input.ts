import { z } from 'zod';
import { compareIsoDates, isIsoDate } from './groups/dates.js';
import type { IsoDate } from './groups/types.js';

// Input fields of dated entries (case notes and referrals, peer check-ins): the day it happened,
// and an optional next day that must come after it.

/** A required day on or before `today`. */
export const pastOrToday = (today: IsoDate) =>
  z
    .string({ message: 'DATE_REQUIRED' })
    .trim()
    .min(1, { message: 'DATE_REQUIRED' })
    .refine(isIsoDate, { message: 'INVALID_DATE' })
    .refine((value) => !isIsoDate(value) || compareIsoDates(value, today) <= 0, { message: 'DATE_IN_FUTURE' });

/** An optional day: empty → null. */
export const optionalDay = z
  .string()
  .trim()
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || isIsoDate(value), { message: 'INVALID_DATE' });

/** Refuses `field` (a day) unless it comes after the entry's `date`; for `superRefine`. */
export function nextDayAfterDate<K extends string>(field: K, reason: string) {
  return (input: { date: string } & { [key in K]?: string | null }, ctx: z.RefinementCtx): void => {
    const next = input[field];
    if (typeof next === 'string' && isIsoDate(next) && isIsoDate(input.date) && compareIsoDates(next, input.date) <= 0)
      ctx.addIssue({ code: 'custom', path: [field], message: reason });
  };
}
