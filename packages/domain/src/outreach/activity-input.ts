import { z } from 'zod';
import { isIsoDate, isLocalTime } from '../groups/dates.js';
import { isObjectPayload } from '../groups/schedule-input.js';
import { themeIdsSchema } from '../facilitators/facilitator-input.js';
import { optionalText, UUID_PATTERN } from '../input-fields.js';
import { findMunicipality } from '../reference/municipalities.js';
import type { ActivityData, OutcomeData } from './types.js';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, AUDIENCE_TYPES, OUTCOME_KINDS } from './types.js';

export const ACTIVITY_TITLE_MAX_LENGTH = 200;
export const ACTIVITY_PLACE_MAX_LENGTH = 200;
export const ACTIVITY_NOTES_MAX_LENGTH = 4000;
export const OUTCOME_NOTE_MAX_LENGTH = 500;
export const MAX_PARTICIPANTS = 100_000;
export const MAX_ACTIVITY_PARTNERS = 20;
export const MAX_ACTIVITY_STAFF = 20;

const optionalTime = z
  .string()
  .trim()
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || isLocalTime(value), { message: 'Klokkeslett skrives TT:MM.' });

const idList = (max: number, tooMany: string) =>
  z
    .array(z.string({ message: 'Ugyldig id.' }).trim().regex(UUID_PATTERN, { message: 'Ugyldig id.' }), { message: 'Ugyldig liste.' })
    .nullish()
    .transform((ids) => [...new Set((ids ?? []).map((id) => id.toLowerCase()))])
    .refine((ids) => ids.length <= max, { message: tooMany });

/** The GraphQL `ActivityInput` → `ActivityData`; issue paths are the field names. */
export const activityInputSchema = z
  .object(
    {
      type: z.enum(ACTIVITY_TYPES, { message: 'Velg type aktivitet.' }),
      title: z
        .string({ message: 'Tittel må fylles ut.' })
        .trim()
        .min(1, { message: 'Tittel må fylles ut.' })
        .max(ACTIVITY_TITLE_MAX_LENGTH, { message: `Tittelen kan ha høyst ${ACTIVITY_TITLE_MAX_LENGTH} tegn.` }),
      status: z.enum(ACTIVITY_STATUSES, { message: 'Velg status.' }),
      date: z.string({ message: 'Dato må fylles ut.' }).trim().min(1, { message: 'Dato må fylles ut.' }).refine(isIsoDate, { message: 'Ugyldig dato.' }),
      startTime: optionalTime,
      endTime: optionalTime,
      online: z
        .boolean({ message: 'Velg ja eller nei.' })
        .nullish()
        .transform((value) => value ?? false),
      place: optionalText(ACTIVITY_PLACE_MAX_LENGTH, `Stedet kan ha høyst ${ACTIVITY_PLACE_MAX_LENGTH} tegn.`),
      municipalityNumber: z
        .string()
        .trim()
        .nullish()
        .transform((value) => (value ? value : null))
        .refine((value) => value === null || findMunicipality(value) !== undefined, { message: 'Ukjent kommunenummer.' }),
      staffUserIds: idList(MAX_ACTIVITY_STAFF, `Velg høyst ${MAX_ACTIVITY_STAFF} ansatte.`),
      partnerIds: idList(MAX_ACTIVITY_PARTNERS, `Velg høyst ${MAX_ACTIVITY_PARTNERS} samarbeidspartnere.`),
      audiences: z
        .array(z.enum(AUDIENCE_TYPES, { message: 'Ukjent målgruppe.' }), { message: 'Ugyldige målgrupper.' })
        .nullish()
        .transform((values) => [...new Set(values ?? [])]),
      participantCount: z
        .number({ message: 'Antall deltakere må være et tall.' })
        .int({ message: 'Antall deltakere må være et helt tall.' })
        .min(0, { message: 'Antall deltakere kan ikke være negativt.' })
        .max(MAX_PARTICIPANTS, { message: `Antall deltakere kan være høyst ${MAX_PARTICIPANTS}.` })
        .nullish()
        .transform((value) => value ?? null),
      themeIds: themeIdsSchema,
      notes: optionalText(ACTIVITY_NOTES_MAX_LENGTH, `Notatet kan ha høyst ${ACTIVITY_NOTES_MAX_LENGTH} tegn.`),
    },
    { message: 'Aktiviteten mangler opplysninger.' },
  )
  .superRefine(
    (input, ctx) => {
      const given = (value: unknown) => typeof value === 'string' && value.trim() !== '';
      if (given(input.startTime) !== given(input.endTime)) {
        ctx.addIssue({ code: 'custom', path: [given(input.startTime) ? 'endTime' : 'startTime'], message: 'Oppgi både start og slutt, eller ingen av dem.' });
      } else if (isLocalTime(input.startTime) && isLocalTime(input.endTime) && input.endTime <= input.startTime) {
        ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Sluttiden må være etter starttiden.' });
      }
      if (input.online !== true && !given(input.place)) {
        ctx.addIssue({ code: 'custom', path: ['place'], message: 'Oppgi sted, eller kryss av for digitalt.' });
      }
      if (input.status === 'COMPLETED' && (input.participantCount === null || input.participantCount === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['participantCount'], message: 'Oppgi antall deltakere for en gjennomført aktivitet.' });
      }
    },
    { when: isObjectPayload },
  ) satisfies z.ZodType<ActivityData, unknown>;

export const outcomeInputSchema = z.object(
  {
    kind: z.enum(OUTCOME_KINDS, { message: 'Velg hva aktiviteten førte til.' }),
    targetId: z.string({ message: 'Velg hva det gjelder.' }).trim().regex(UUID_PATTERN, { message: 'Velg hva det gjelder.' }),
    note: optionalText(OUTCOME_NOTE_MAX_LENGTH, `Notatet kan ha høyst ${OUTCOME_NOTE_MAX_LENGTH} tegn.`),
  },
  { message: 'Resultatet mangler opplysninger.' },
) satisfies z.ZodType<OutcomeData, unknown>;

export type ActivityInput = z.input<typeof activityInputSchema>;
export type OutcomeInput = z.input<typeof outcomeInputSchema>;
