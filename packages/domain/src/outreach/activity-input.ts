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
  .refine((value) => value === null || isLocalTime(value), { message: 'TIME_FORMAT' });

const idList = (max: number, tooMany: string) =>
  z
    .array(z.string({ message: 'INVALID_ID' }).trim().regex(UUID_PATTERN, { message: 'INVALID_ID' }), {
      message: 'LIST_INVALID',
    })
    .nullish()
    .transform((ids) => [...new Set((ids ?? []).map((id) => id.toLowerCase()))])
    .refine((ids) => ids.length <= max, { message: tooMany, params: { maximum: max } });

/** The GraphQL `ActivityInput` → `ActivityData`; issue paths are the field names. */
export const activityInputSchema = z
  .object(
    {
      type: z.enum(ACTIVITY_TYPES, { message: 'ACTIVITY_TYPE_REQUIRED' }),
      title: z
        .string({ message: 'TITLE_REQUIRED' })
        .trim()
        .min(1, { message: 'TITLE_REQUIRED' })
        .max(ACTIVITY_TITLE_MAX_LENGTH, { message: 'TITLE_TOO_LONG' }),
      status: z.enum(ACTIVITY_STATUSES, { message: 'STATUS_REQUIRED' }),
      date: z
        .string({ message: 'DATE_REQUIRED' })
        .trim()
        .min(1, { message: 'DATE_REQUIRED' })
        .refine(isIsoDate, { message: 'INVALID_DATE' }),
      startTime: optionalTime,
      endTime: optionalTime,
      online: z
        .boolean({ message: 'YES_OR_NO' })
        .nullish()
        .transform((value) => value ?? false),
      place: optionalText(ACTIVITY_PLACE_MAX_LENGTH, 'PLACE_TOO_LONG_LIMIT'),
      municipalityNumber: z
        .string()
        .trim()
        .nullish()
        .transform((value) => (value ? value : null))
        .refine((value) => value === null || findMunicipality(value) !== undefined, {
          message: 'UNKNOWN_MUNICIPALITY_NUMBER',
        }),
      staffUserIds: idList(MAX_ACTIVITY_STAFF, 'TOO_MANY_STAFF'),
      partnerIds: idList(MAX_ACTIVITY_PARTNERS, 'TOO_MANY_PARTNERS'),
      audiences: z
        .array(z.enum(AUDIENCE_TYPES, { message: 'AUDIENCE_UNKNOWN' }), { message: 'AUDIENCES_INVALID' })
        .nullish()
        .transform((values) => [...new Set(values ?? [])]),
      participantCount: z
        .number({ message: 'PARTICIPANTS_NUMBER' })
        .int({ message: 'PARTICIPANTS_INTEGER' })
        .min(0, { message: 'PARTICIPANTS_NEGATIVE' })
        .max(MAX_PARTICIPANTS, { message: 'PARTICIPANTS_TOO_MANY' })
        .nullish()
        .transform((value) => value ?? null),
      themeIds: themeIdsSchema,
      notes: optionalText(ACTIVITY_NOTES_MAX_LENGTH, 'NOTE_TOO_LONG'),
    },
    { message: 'ACTIVITY_INCOMPLETE' },
  )
  .superRefine(
    (input, ctx) => {
      const given = (value: unknown) => typeof value === 'string' && value.trim() !== '';
      if (given(input.startTime) !== given(input.endTime)) {
        ctx.addIssue({
          code: 'custom',
          path: [given(input.startTime) ? 'endTime' : 'startTime'],
          message: 'START_AND_END_TOGETHER',
        });
      } else if (isLocalTime(input.startTime) && isLocalTime(input.endTime) && input.endTime <= input.startTime) {
        ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'END_TIME_AFTER_START' });
      }
      if (input.online !== true && !given(input.place)) {
        ctx.addIssue({ code: 'custom', path: ['place'], message: 'PLACE_OR_DIGITAL' });
      }
      if (input.status === 'COMPLETED' && (input.participantCount === null || input.participantCount === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['participantCount'], message: 'PARTICIPANTS_REQUIRED_WHEN_COMPLETED' });
      }
    },
    { when: isObjectPayload },
  ) satisfies z.ZodType<ActivityData, unknown>;

export const outcomeInputSchema = z.object(
  {
    kind: z.enum(OUTCOME_KINDS, { message: 'OUTCOME_KIND_REQUIRED' }),
    targetId: z
      .string({ message: 'OUTCOME_TARGET_REQUIRED' })
      .trim()
      .regex(UUID_PATTERN, { message: 'OUTCOME_TARGET_REQUIRED' }),
    note: optionalText(OUTCOME_NOTE_MAX_LENGTH, 'NOTE_TOO_LONG'),
  },
  { message: 'OUTCOME_INCOMPLETE' },
) satisfies z.ZodType<OutcomeData, unknown>;

export type ActivityInput = z.input<typeof activityInputSchema>;
export type OutcomeInput = z.input<typeof outcomeInputSchema>;
