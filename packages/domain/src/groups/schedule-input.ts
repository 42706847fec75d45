import { z } from 'zod';
import { compareIsoDates, isIsoDate, isLocalTime } from './dates.js';
import type { RefusalParams } from '../messages/refusal.js';
import type { Schedule } from './types.js';
import { SCHEDULE_KINDS, WEEKDAYS } from './types.js';

/** For refinements that run even when fields failed (so all mistakes show at once), but only on objects. */
export function isObjectPayload(payload: { value: unknown }): boolean {
  return typeof payload.value === 'object' && payload.value !== null;
}

export const MIN_MEETING_MINUTES = 15;
export const MAX_MEETING_MINUTES = 480;
export const MONTHLY_NTH_VALUES: readonly number[] = [1, 2, 3, 4, -1];

/** Text that is either empty (→ null) or a real date. */
export function optionalDateSchema(message: string) {
  return z
    .string({ message })
    .trim()
    .refine((value) => value === '' || isIsoDate(value), { message })
    .transform((value) => (value === '' ? null : value))
    .nullish()
    .transform((value) => value ?? null);
}

export function requiredDateSchema(missing: string, invalid: string) {
  return z.string({ message: missing }).trim().min(1, { message: missing }).refine(isIsoDate, { message: invalid });
}

const startTimeSchema = z
  .string({ message: 'START_TIME_REQUIRED' })
  .trim()
  // "9:00" is a common way to write 09:00.
  .transform((value) => (/^\d:\d\d$/.test(value) ? `0${value}` : value))
  .refine(isLocalTime, { message: 'START_TIME_FORMAT' });

/** The GraphQL `GroupScheduleInput` → `Schedule`; cross-field rules report on the field to fix. */
export const scheduleInputSchema = z
  .object(
    {
      kind: z.enum(SCHEDULE_KINDS, { message: 'SCHEDULE_KIND_REQUIRED' }),
      weekday: z.enum(WEEKDAYS, { message: 'WEEKDAY_INVALID' }).nullish(),
      nth: z.number({ message: 'NTH_NUMBER' }).int({ message: 'NTH_INTEGER' }).nullish(),
      dates: z.array(z.string({ message: 'INVALID_DATE' }).trim(), { message: 'DATES_INVALID' }).nullish(),
      startTime: startTimeSchema,
      durationMinutes: z
        .number({ message: 'DURATION_REQUIRED' })
        .int({ message: 'DURATION_WHOLE_MINUTES' })
        .min(MIN_MEETING_MINUTES, { message: 'MEETING_TOO_SHORT' })
        .max(MAX_MEETING_MINUTES, { message: 'MEETING_TOO_LONG' }),
      startDate: requiredDateSchema('START_DATE_REQUIRED', 'START_DATE_INVALID'),
      endDate: optionalDateSchema('END_DATE_INVALID'),
    },
    { message: 'SCHEDULE_REQUIRED' },
  )
  .superRefine(
    (input, ctx) => {
      // Runs even when other fields failed, so every mistake shows at once: read defensively.
      const issue = (path: string, message: string, params?: RefusalParams) =>
        ctx.addIssue({ code: 'custom', path: [path], message, params });
      const kind = SCHEDULE_KINDS.includes(input.kind) ? input.kind : undefined;
      const startDate = isIsoDate(input.startDate) ? input.startDate : undefined;
      const endDate = isIsoDate(input.endDate) ? input.endDate : undefined;
      const dates = Array.isArray(input.dates) ? input.dates : [];

      if (startDate && endDate && compareIsoDates(endDate, startDate) < 0) {
        issue('endDate', 'END_BEFORE_START');
      }
      if (kind === undefined) return;

      if (kind === 'IRREGULAR') {
        if (input.weekday) issue('weekday', 'IRREGULAR_HAS_NO_WEEKDAY');
      } else if (!input.weekday) {
        issue('weekday', kind === 'MONTHLY_NTH_WEEKDAY' ? 'WEEKDAY_REQUIRED_MONTHLY' : 'WEEKDAY_REQUIRED_WEEKLY');
      }

      if (kind === 'MONTHLY_NTH_WEEKDAY') {
        if (input.nth === null || input.nth === undefined) issue('nth', 'NTH_REQUIRED');
        else if (!MONTHLY_NTH_VALUES.includes(input.nth)) issue('nth', 'NTH_RANGE');
      } else if (input.nth !== null && input.nth !== undefined) {
        issue('nth', 'NTH_MONTHLY_ONLY');
      }

      if (kind !== 'IRREGULAR') {
        if (dates.length > 0) issue('dates', 'DATES_IRREGULAR_ONLY');
        return;
      }
      if (dates.length === 0) issue('dates', 'DATES_REQUIRED');
      for (const date of dates) {
        if (!isIsoDate(date)) issue('dates', 'MEETING_DATE_INVALID', { date });
        else if (startDate && compareIsoDates(date, startDate) < 0)
          issue('dates', 'MEETING_DATE_BEFORE_START', { date });
        else if (endDate && compareIsoDates(date, endDate) > 0) issue('dates', 'MEETING_DATE_AFTER_END', { date });
      }
    },
    { when: isObjectPayload },
  )
  .transform((input): Schedule => ({
    kind: input.kind,
    weekday: input.kind === 'IRREGULAR' ? null : (input.weekday ?? null),
    nth: input.kind === 'MONTHLY_NTH_WEEKDAY' ? (input.nth ?? null) : null,
    dates: input.kind === 'IRREGULAR' ? [...new Set(input.dates ?? [])].sort(compareIsoDates) : [],
    startTime: input.startTime,
    durationMinutes: input.durationMinutes,
    startDate: input.startDate,
    endDate: input.endDate,
  }));

export type ScheduleInput = z.input<typeof scheduleInputSchema>;
