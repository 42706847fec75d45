import { defineMessages } from '../messages/define.js';

/** Why an outreach activity or its outcome was refused. */
export const OUTREACH_MESSAGES = defineMessages({
  TIME_FORMAT: { nb: 'Klokkeslett skrives TT:MM.', en: 'Write the time as HH:MM.' },
  LIST_INVALID: { nb: 'Ugyldig liste.', en: 'Invalid list.' },
  ACTIVITY_TYPE_REQUIRED: { nb: 'Velg type aktivitet.', en: 'Choose the type of activity.' },
  AUDIENCE_UNKNOWN: { nb: 'Ukjent målgruppe.', en: 'Unknown audience.' },
  AUDIENCES_INVALID: { nb: 'Ugyldige målgrupper.', en: 'Invalid audiences.' },
  PARTICIPANTS_NUMBER: { nb: 'Antall deltakere må være et tall.', en: 'The number of participants must be a number.' },
  PARTICIPANTS_INTEGER: {
    nb: 'Antall deltakere må være et helt tall.',
    en: 'The number of participants must be a whole number.',
  },
  PARTICIPANTS_NEGATIVE: {
    nb: 'Antall deltakere kan ikke være negativt.',
    en: 'The number of participants cannot be negative.',
  },
  ACTIVITY_INCOMPLETE: { nb: 'Aktiviteten mangler opplysninger.', en: 'The activity is missing information.' },
  START_AND_END_TOGETHER: {
    nb: 'Oppgi både start og slutt, eller ingen av dem.',
    en: 'Enter both start and end, or neither.',
  },
  END_TIME_AFTER_START: { nb: 'Sluttiden må være etter starttiden.', en: 'The end time must be after the start time.' },
  PLACE_OR_DIGITAL: { nb: 'Oppgi sted, eller kryss av for digitalt.', en: 'Enter a place, or tick digital.' },
  PARTICIPANTS_REQUIRED_WHEN_COMPLETED: {
    nb: 'Oppgi antall deltakere for en gjennomført aktivitet.',
    en: 'Enter the number of participants for a completed activity.',
  },
  OUTCOME_KIND_REQUIRED: { nb: 'Velg hva aktiviteten førte til.', en: 'Choose what the activity led to.' },
  OUTCOME_TARGET_REQUIRED: { nb: 'Velg hva det gjelder.', en: 'Choose what it concerns.' },
  OUTCOME_INCOMPLETE: { nb: 'Resultatet mangler opplysninger.', en: 'The outcome is missing information.' },
  PLACE_TOO_LONG_LIMIT: {
    nb: 'Stedet kan ha høyst {maximum} tegn.',
    en: 'The place can have at most {maximum} characters.',
  },
  TOO_MANY_STAFF: { nb: 'Velg høyst {maximum} ansatte.', en: 'Choose at most {maximum} staff members.' },
  TOO_MANY_PARTNERS: { nb: 'Velg høyst {maximum} samarbeidspartnere.', en: 'Choose at most {maximum} partners.' },
  PARTICIPANTS_TOO_MANY: {
    nb: 'Antall deltakere kan være høyst {maximum}.',
    en: 'The number of participants can be at most {maximum}.',
  },
});
