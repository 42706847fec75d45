import { defineMessages } from '../messages/define.js';

/** Why a course, its sessions or a status change of it was refused. */
export const COURSE_MESSAGES = defineMessages({
  START_TIME_OF_SESSION_REQUIRED: { nb: 'Starttid må fylles ut.', en: 'The start time is required.' },
  START_TIME_OF_SESSION_FORMAT: { nb: 'Starttid må være TT:MM.', en: 'The start time must be HH:MM.' },
  END_TIME_REQUIRED: { nb: 'Sluttid må fylles ut.', en: 'The end time is required.' },
  END_TIME_FORMAT: { nb: 'Sluttid må være TT:MM.', en: 'The end time must be HH:MM.' },
  PLACE_TOO_LONG: { nb: 'Stedet er for langt.', en: 'The place is too long.' },
  SESSION_END_AFTER_START: {
    nb: 'Samlingen må slutte etter at den starter.',
    en: 'The session must end after it starts.',
  },
  COURSE_TYPE_REQUIRED: { nb: 'Velg kurstype.', en: 'Choose the course type.' },
  COURSE_ONLINE_REQUIRED: { nb: 'Velg om kurset er på nett.', en: 'Choose whether the course is online.' },
  CAPACITY_NUMBER: { nb: 'Antall plasser må være et tall.', en: 'The number of places must be a number.' },
  CAPACITY_INTEGER: { nb: 'Antall plasser må være et heltall.', en: 'The number of places must be a whole number.' },
  CAPACITY_TOO_SMALL: { nb: 'Kurset må ha minst én plass.', en: 'The course must have at least one place.' },
  TRAINER_INVALID: { nb: 'Ugyldig kursholder.', en: 'Invalid course leader.' },
  SESSIONS_REQUIRED: { nb: 'Kurset må ha minst én samling.', en: 'The course must have at least one session.' },
  COURSE_INCOMPLETE: { nb: 'Kurset mangler opplysninger.', en: 'The course is missing information.' },
  COURSE_PLACE_OR_ONLINE: {
    nb: 'Oppgi sted, eller velg at kurset er på nett.',
    en: 'Enter a place, or choose that the course is online.',
  },
  CANCEL_REASON_REQUIRED: { nb: 'Oppgi hvorfor kurset avlyses.', en: 'Say why the course is cancelled.' },
  CAPACITY_TOO_BIG: {
    nb: 'Kurset kan ha høyst {maximum} plasser.',
    en: 'The course can have at most {maximum} places.',
  },
  TOO_MANY_TRAINERS: { nb: 'Velg høyst {maximum} kursholdere.', en: 'Choose at most {maximum} course leaders.' },
  TOO_MANY_SESSIONS: {
    nb: 'Kurset kan ha høyst {maximum} samlinger.',
    en: 'The course can have at most {maximum} sessions.',
  },
});
