import { z } from 'zod';
import { addDays, addMonths, compareIsoDates, isIsoDate } from './dates.js';
import { isObjectPayload } from './schedule-input.js';
import type { GroupStatus, IsoDate } from './types.js';

/** A follow-up due within this many days counts as "soon" (lists, reminders). */
export const FOLLOW_UP_SOON_DAYS = 14;
/** A new group gets its first check-in this many months after it starts. */
export const INITIAL_FOLLOW_UP_MONTHS = 1;
/** After a check-in, the next one is due this many months later. */
export const FOLLOW_UP_INTERVAL_MONTHS = 6;
export const FOLLOW_UP_NOTE_MAX_LENGTH = 2000;

export function initialFollowUpDue(startDate: IsoDate): IsoDate {
  return addMonths(startDate, INITIAL_FOLLOW_UP_MONTHS);
}

/** When the next follow-up is due after one on `date`; a closed group needs none. */
export function followUpDueAfter(date: IsoDate, status: GroupStatus): IsoDate | null {
  return status === 'CLOSED' ? null : addMonths(date, FOLLOW_UP_INTERVAL_MONTHS);
}

/**
 * The follow-up due date after a status change: closing clears it; starting or running with
 * nothing due schedules the first check-in from today; otherwise the current date stands.
 */
export function followUpDueOnStatusChange(current: IsoDate | null, to: GroupStatus, today: IsoDate): IsoDate | null {
  if (to === 'CLOSED') return null;
  if (current === null && (to === 'STARTING' || to === 'RUNNING')) return initialFollowUpDue(today);
  return current;
}

/** The default cut-off for "follow-ups due soon": today plus FOLLOW_UP_SOON_DAYS. */
export function followUpSoonCutoff(today: IsoDate): IsoDate {
  return addDays(today, FOLLOW_UP_SOON_DAYS);
}

/** Whether a follow-up due on `due` should be on the to-do list today (overdue or due soon). */
export function isFollowUpDueSoon(due: IsoDate | null, today: IsoDate): boolean {
  return due !== null && compareIsoDates(due, followUpSoonCutoff(today)) <= 0;
}

export interface FollowUpRegistration {
  date: IsoDate;
  note: string;
  /** Overrides the date the rules would set; null when not given. */
  nextFollowUpDue: IsoDate | null;
}

const optionalDate = z
  .string()
  .trim()
  .refine((value) => value === '' || isIsoDate(value), { message: 'INVALID_DATE' })
  .transform((value) => (value === '' ? null : value))
  .nullish();

/** A follow-up registered on `today` (Europe/Oslo). */
export function makeFollowUpSchema(today: IsoDate) {
  return z
    .object({
      date: z
        .string({ message: 'DATE_REQUIRED' })
        .trim()
        .refine(isIsoDate, { message: 'INVALID_DATE' })
        .refine((value) => !isIsoDate(value) || compareIsoDates(value, today) <= 0, {
          message: 'DATE_IN_FUTURE',
        }),
      note: z
        .string({ message: 'NOTE_REQUIRED' })
        .trim()
        .min(1, { message: 'NOTE_REQUIRED' })
        .max(FOLLOW_UP_NOTE_MAX_LENGTH, { message: 'NOTE_TOO_LONG' }),
      nextFollowUpDue: optionalDate,
    })
    .superRefine(
      (input, ctx) => {
        const next = input.nextFollowUpDue;
        if (
          typeof next === 'string' &&
          isIsoDate(next) &&
          isIsoDate(input.date) &&
          compareIsoDates(next, input.date) <= 0
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['nextFollowUpDue'],
            message: 'NEXT_FOLLOW_UP_AFTER_DATE',
          });
        }
        // Runs even when other fields failed, so every mistake shows at once.
      },
      { when: isObjectPayload },
    )
    .transform((input): FollowUpRegistration => ({ ...input, nextFollowUpDue: input.nextFollowUpDue ?? null }));
}
