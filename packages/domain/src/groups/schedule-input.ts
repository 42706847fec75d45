import { z } from 'zod';
import { compareIsoDates, isIsoDate, isLocalTime } from './dates.js';
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
  .string({ message: 'Klokkeslett må fylles ut.' })
  .trim()
  // "9:00" is a common way to write 09:00.
  .transform((value) => (/^\d:\d\d$/.test(value) ? `0${value}` : value))
  .refine(isLocalTime, { message: 'Klokkeslett må skrives TT:MM, for eksempel 18:00.' });

/** The GraphQL `GroupScheduleInput` → `Schedule`; cross-field rules report on the field to fix. */
export const scheduleInputSchema = z
  .object(
    {
      kind: z.enum(SCHEDULE_KINDS, { message: 'Velg hvor ofte gruppen møtes.' }),
      weekday: z.enum(WEEKDAYS, { message: 'Ugyldig ukedag.' }).nullish(),
      nth: z.number({ message: 'Uke i måneden må være et tall.' }).int({ message: 'Uke i måneden må være et heltall.' }).nullish(),
      dates: z.array(z.string({ message: 'Ugyldig dato.' }).trim(), { message: 'Ugyldige datoer.' }).nullish(),
      startTime: startTimeSchema,
      durationMinutes: z
        .number({ message: 'Varighet må fylles ut.' })
        .int({ message: 'Varighet må være hele minutter.' })
        .min(MIN_MEETING_MINUTES, { message: `Et møte må vare minst ${MIN_MEETING_MINUTES} minutter.` })
        .max(MAX_MEETING_MINUTES, { message: `Et møte kan vare høyst ${MAX_MEETING_MINUTES} minutter (8 timer).` }),
      startDate: requiredDateSchema('Startdato må fylles ut.', 'Ugyldig startdato.'),
      endDate: optionalDateSchema('Ugyldig sluttdato.'),
    },
    { message: 'Møtetidene må fylles ut.' },
  )
  .superRefine(
    (input, ctx) => {
      // Runs even when other fields failed, so every mistake shows at once: read defensively.
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      const kind = SCHEDULE_KINDS.includes(input.kind) ? input.kind : undefined;
      const startDate = isIsoDate(input.startDate) ? input.startDate : undefined;
      const endDate = isIsoDate(input.endDate) ? input.endDate : undefined;
      const dates = Array.isArray(input.dates) ? input.dates : [];

      if (startDate && endDate && compareIsoDates(endDate, startDate) < 0) {
        issue('endDate', 'Sluttdato kan ikke være før startdato.');
      }
      if (kind === undefined) return;

      if (kind === 'IRREGULAR') {
        if (input.weekday) issue('weekday', 'Uregelmessige møter har ikke fast ukedag.');
      } else if (!input.weekday) {
        issue('weekday', kind === 'MONTHLY_NTH_WEEKDAY' ? 'Ukedag må velges for månedlige møter.' : 'Ukedag må velges for ukentlige møter.');
      }

      if (kind === 'MONTHLY_NTH_WEEKDAY') {
        if (input.nth === null || input.nth === undefined) issue('nth', 'Velg hvilken uke i måneden (1–4 eller siste).');
        else if (!MONTHLY_NTH_VALUES.includes(input.nth)) issue('nth', 'Uke i måneden må være 1–4, eller -1 for siste.');
      } else if (input.nth !== null && input.nth !== undefined) {
        issue('nth', 'Uke i måneden gjelder bare månedlige møter.');
      }

      if (kind !== 'IRREGULAR') {
        if (dates.length > 0) issue('dates', 'Møtedatoer gjelder bare uregelmessige møter.');
        return;
      }
      if (dates.length === 0) issue('dates', 'Legg inn minst én møtedato.');
      for (const date of dates) {
        if (!isIsoDate(date)) issue('dates', `Ugyldig dato: ${date}.`);
        else if (startDate && compareIsoDates(date, startDate) < 0) issue('dates', `Datoen ${date} er før startdatoen.`);
        else if (endDate && compareIsoDates(date, endDate) > 0) issue('dates', `Datoen ${date} er etter sluttdatoen.`);
      }
    },
    { when: isObjectPayload },
  )
  .transform(
    (input): Schedule => ({
      kind: input.kind,
      weekday: input.kind === 'IRREGULAR' ? null : (input.weekday ?? null),
      nth: input.kind === 'MONTHLY_NTH_WEEKDAY' ? (input.nth ?? null) : null,
      dates: input.kind === 'IRREGULAR' ? [...new Set(input.dates ?? [])].sort(compareIsoDates) : [],
      startTime: input.startTime,
      durationMinutes: input.durationMinutes,
      startDate: input.startDate,
      endDate: input.endDate,
    }),
  );

export type ScheduleInput = z.input<typeof scheduleInputSchema>;
