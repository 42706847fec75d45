import { z } from 'zod';
import { optionalText } from '../input-fields.js';
import { isIsoDate, isLocalTime } from '../groups/dates.js';
import { isObjectPayload } from '../groups/schedule-input.js';
import type { CourseSessionData } from './types.js';
import { COURSE_TYPES } from './types.js';

export const COURSE_TITLE_MAX_LENGTH = 200;
export const COURSE_TEXT_MAX_LENGTH = 300;
export const COURSE_MAX_CAPACITY = 500;
export const COURSE_MAX_SESSIONS = 20;
export const COURSE_MAX_TRAINERS = 10;

export const courseSessionInputSchema = z
  .object(
    {
      date: z.string({ message: 'DATE_REQUIRED' }).trim().refine(isIsoDate, { message: 'INVALID_DATE' }),
      startTime: z
        .string({ message: 'START_TIME_OF_SESSION_REQUIRED' })
        .trim()
        .refine(isLocalTime, { message: 'START_TIME_OF_SESSION_FORMAT' }),
      endTime: z.string({ message: 'END_TIME_REQUIRED' }).trim().refine(isLocalTime, { message: 'END_TIME_FORMAT' }),
      place: optionalText(COURSE_TEXT_MAX_LENGTH, 'PLACE_TOO_LONG'),
    },
    { message: 'INVALID_SESSION' },
  )
  .superRefine(
    (session, ctx) => {
      // HH:MM strings compare like times.
      if (isLocalTime(session.startTime) && isLocalTime(session.endTime) && session.endTime <= session.startTime) {
        ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'SESSION_END_AFTER_START' });
      }
    },
    { when: isObjectPayload },
  ) satisfies z.ZodType<CourseSessionData, unknown>;

/**
 * The GraphQL `TrainingCourseInput`; the district comes from the caller (the course belongs to
 * the office that runs it). Sessions come back sorted by date and start time.
 */
export const courseInputSchema = z
  .object(
    {
      type: z.enum(COURSE_TYPES, { message: 'COURSE_TYPE_REQUIRED' }),
      title: z
        .string({ message: 'TITLE_REQUIRED' })
        .trim()
        .min(1, { message: 'TITLE_REQUIRED' })
        .max(COURSE_TITLE_MAX_LENGTH, { message: 'TITLE_TOO_LONG' }),
      locationText: optionalText(COURSE_TEXT_MAX_LENGTH, 'PLACE_TOO_LONG'),
      online: z
        .boolean({ message: 'COURSE_ONLINE_REQUIRED' })
        .nullish()
        .transform((value) => value ?? false),
      capacity: z
        .number({ message: 'CAPACITY_NUMBER' })
        .int({ message: 'CAPACITY_INTEGER' })
        .min(1, { message: 'CAPACITY_TOO_SMALL' })
        .max(COURSE_MAX_CAPACITY, { message: 'CAPACITY_TOO_BIG' }),
      trainerIds: z
        .array(z.string({ message: 'TRAINER_INVALID' }).trim().min(1, { message: 'TRAINER_INVALID' }))
        .max(COURSE_MAX_TRAINERS, { message: 'TOO_MANY_TRAINERS' })
        .nullish()
        .transform((ids) => [...new Set(ids ?? [])]),
      sessions: z
        .array(courseSessionInputSchema, { message: 'SESSIONS_REQUIRED' })
        .min(1, { message: 'SESSIONS_REQUIRED' })
        .max(COURSE_MAX_SESSIONS, { message: 'TOO_MANY_SESSIONS' })
        .transform((sessions) =>
          [...sessions].sort((a, b) =>
            a.date === b.date ? a.startTime.localeCompare(b.startTime) : a.date.localeCompare(b.date),
          ),
        ),
    },
    { message: 'COURSE_INCOMPLETE' },
  )
  .superRefine(
    (input, ctx) => {
      if (input.online !== true && (input.locationText === null || input.locationText === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['locationText'], message: 'COURSE_PLACE_OR_ONLINE' });
      }
    },
    { when: isObjectPayload },
  );

export type CourseInput = z.input<typeof courseInputSchema>;
export type ParsedCourseInput = z.output<typeof courseInputSchema>;
