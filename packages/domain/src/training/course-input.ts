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
      date: z.string({ message: 'Dato må fylles ut.' }).trim().refine(isIsoDate, { message: 'Ugyldig dato.' }),
      startTime: z.string({ message: 'Starttid må fylles ut.' }).trim().refine(isLocalTime, { message: 'Starttid må være TT:MM.' }),
      endTime: z.string({ message: 'Sluttid må fylles ut.' }).trim().refine(isLocalTime, { message: 'Sluttid må være TT:MM.' }),
      place: optionalText(COURSE_TEXT_MAX_LENGTH, 'Stedet er for langt.'),
    },
    { message: 'Ugyldig samling.' },
  )
  .superRefine(
    (session, ctx) => {
      // HH:MM strings compare like times.
      if (isLocalTime(session.startTime) && isLocalTime(session.endTime) && session.endTime <= session.startTime) {
        ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Samlingen må slutte etter at den starter.' });
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
      type: z.enum(COURSE_TYPES, { message: 'Velg kurstype.' }),
      title: z
        .string({ message: 'Tittel må fylles ut.' })
        .trim()
        .min(1, { message: 'Tittel må fylles ut.' })
        .max(COURSE_TITLE_MAX_LENGTH, { message: `Tittelen kan ha høyst ${COURSE_TITLE_MAX_LENGTH} tegn.` }),
      locationText: optionalText(COURSE_TEXT_MAX_LENGTH, 'Stedet er for langt.'),
      online: z
        .boolean({ message: 'Velg om kurset er på nett.' })
        .nullish()
        .transform((value) => value ?? false),
      capacity: z
        .number({ message: 'Antall plasser må være et tall.' })
        .int({ message: 'Antall plasser må være et heltall.' })
        .min(1, { message: 'Kurset må ha minst én plass.' })
        .max(COURSE_MAX_CAPACITY, { message: `Kurset kan ha høyst ${COURSE_MAX_CAPACITY} plasser.` }),
      trainerIds: z
        .array(z.string({ message: 'Ugyldig kursholder.' }).trim().min(1, { message: 'Ugyldig kursholder.' }))
        .max(COURSE_MAX_TRAINERS, { message: `Velg høyst ${COURSE_MAX_TRAINERS} kursholdere.` })
        .nullish()
        .transform((ids) => [...new Set(ids ?? [])]),
      sessions: z
        .array(courseSessionInputSchema, { message: 'Kurset må ha minst én samling.' })
        .min(1, { message: 'Kurset må ha minst én samling.' })
        .max(COURSE_MAX_SESSIONS, { message: `Kurset kan ha høyst ${COURSE_MAX_SESSIONS} samlinger.` })
        .transform((sessions) =>
          [...sessions].sort((a, b) => (a.date === b.date ? a.startTime.localeCompare(b.startTime) : a.date.localeCompare(b.date))),
        ),
    },
    { message: 'Kurset mangler opplysninger.' },
  )
  .superRefine(
    (input, ctx) => {
      if (input.online !== true && (input.locationText === null || input.locationText === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['locationText'], message: 'Oppgi sted, eller velg at kurset er på nett.' });
      }
    },
    { when: isObjectPayload },
  );

export type CourseInput = z.input<typeof courseInputSchema>;
export type ParsedCourseInput = z.output<typeof courseInputSchema>;
