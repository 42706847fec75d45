import { defineMessages } from '../messages/define.js';

/** Why a group, its venue or its schedule was refused. */
export const GROUP_MESSAGES = defineMessages({
  YES_OR_NO: { nb: 'Velg ja eller nei.', en: 'Choose yes or no.' },
  VENUE_NAME_REQUIRED: { nb: 'Navn på møtested må fylles ut.', en: 'The name of the venue is required.' },
  VENUE_NAME_TOO_LONG: { nb: 'Navnet på møtestedet er for langt.', en: 'The name of the venue is too long.' },
  STREET_ADDRESS_REQUIRED: { nb: 'Adresse må fylles ut.', en: 'The address is required.' },
  STREET_ADDRESS_TOO_LONG: { nb: 'Adressen er for lang.', en: 'The address is too long.' },
  POSTAL_CODE_REQUIRED: { nb: 'Postnummer må fylles ut.', en: 'The postal code is required.' },
  POSTAL_CODE_FORMAT: { nb: 'Postnummer må ha fire sifre.', en: 'The postal code must have four digits.' },
  POSTAL_PLACE_REQUIRED: { nb: 'Poststed må fylles ut.', en: 'The postal place is required.' },
  POSTAL_PLACE_TOO_LONG: { nb: 'Poststedet er for langt.', en: 'The postal place is too long.' },
  ACCESSIBILITY_NOTES_TOO_LONG: {
    nb: 'Teksten om tilgjengelighet kan ha høyst {maximum} tegn.',
    en: 'The text about accessibility can have at most {maximum} characters.',
  },
  VENUE_INVALID: { nb: 'Ugyldig møtested.', en: 'Invalid venue.' },
  NAME_REQUIRED: { nb: 'Navn må fylles ut.', en: 'The name is required.' },
  NAME_TOO_SHORT: { nb: 'Navnet må ha minst {minimum} tegn.', en: 'The name must have at least {minimum} characters.' },
  NAME_TOO_LONG: { nb: 'Navnet kan ha høyst {maximum} tegn.', en: 'The name can have at most {maximum} characters.' },
  THEME_INVALID: { nb: 'Ugyldig tema.', en: 'Invalid theme.' },
  THEME_REQUIRED: { nb: 'Velg minst ett tema.', en: 'Choose at least one theme.' },
  THEME_UNKNOWN: { nb: 'Ukjent tema: {themes}.', en: 'Unknown theme: {themes}.' },
  THEME_REPEATED: {
    nb: 'Temaet «{theme}» er valgt flere ganger.',
    en: 'The theme “{theme}” is chosen more than once.',
  },
  THEME_MIXED_ALONE: {
    nb: 'På tvers av tema kan ikke kombineres med andre tema.',
    en: 'Across themes cannot be combined with other themes.',
  },
  MUNICIPALITY_REQUIRED: { nb: 'Kommune må velges.', en: 'Choose a municipality.' },
  MUNICIPALITY_NUMBER_UNKNOWN: { nb: 'Ukjent kommunenummer {number}.', en: 'Unknown municipality number {number}.' },
  LANGUAGE_CODE_INVALID: { nb: 'Ugyldig språkkode.', en: 'Invalid language code.' },
  LANGUAGES_INVALID: { nb: 'Ugyldige språk.', en: 'Invalid languages.' },
  LANGUAGE_REQUIRED: { nb: 'Velg minst ett språk.', en: 'Choose at least one language.' },
  TOO_MANY_LANGUAGES: { nb: 'Velg høyst {maximum} språk.', en: 'Choose at most {maximum} languages.' },
  LANGUAGE_CODE_UNKNOWN: { nb: 'Ukjent språkkode {code}.', en: 'Unknown language code {code}.' },
  MEETING_URL_TOO_LONG: {
    nb: 'Møtelenken kan ha høyst {maximum} tegn.',
    en: 'The meeting link can have at most {maximum} characters.',
  },
  MEETING_URL_HTTPS: {
    nb: 'Møtelenken må være en https://-adresse.',
    en: 'The meeting link must be an https:// address.',
  },
  DESCRIPTION_REQUIRED: { nb: 'Beskrivelse må fylles ut.', en: 'The description is required.' },
  DESCRIPTION_TOO_LONG: {
    nb: 'Beskrivelsen kan ha høyst {maximum} tegn.',
    en: 'The description can have at most {maximum} characters.',
  },
  TARGET_GROUP_REQUIRED: { nb: 'Velg målgruppe.', en: 'Choose a target group.' },
  GROUP_FORMAT_REQUIRED: {
    nb: 'Velg om gruppen møtes fysisk, på nett eller hybrid.',
    en: 'Choose whether the group meets in person, online or hybrid.',
  },
  OPEN_FOR_NEW_MEMBERS_REQUIRED: {
    nb: 'Velg om gruppen er åpen for nye medlemmer.',
    en: 'Choose whether the group is open to new members.',
  },
  MAX_SIZE_NUMBER: { nb: 'Maks antall må være et tall.', en: 'The maximum number must be a number.' },
  MAX_SIZE_INTEGER: { nb: 'Maks antall må være et heltall.', en: 'The maximum number must be a whole number.' },
  MAX_SIZE_TOO_SMALL: {
    nb: 'Maks antall må være minst {minimum}.',
    en: 'The maximum number must be at least {minimum}.',
  },
  MAX_SIZE_TOO_BIG: { nb: 'Maks antall kan være høyst {maximum}.', en: 'The maximum number can be at most {maximum}.' },
  GROUP_INCOMPLETE: { nb: 'Gruppen mangler opplysninger.', en: 'The group is missing information.' },
  ONLINE_GROUP_HAS_NO_VENUE: { nb: 'Nettgrupper har ikke møtested.', en: 'Online groups have no venue.' },
  VENUE_REQUIRED: {
    nb: 'Møtested må fylles ut for fysiske og hybride grupper.',
    en: 'A venue is required for in-person and hybrid groups.',
  },
  IN_PERSON_GROUP_HAS_NO_MEETING_URL: {
    nb: 'Fysiske grupper har ikke møtelenke.',
    en: 'In-person groups have no meeting link.',
  },
  MEETING_URL_REQUIRED: {
    nb: 'Møtelenke må fylles ut for grupper på nett og hybride grupper.',
    en: 'A meeting link is required for online and hybrid groups.',
  },

  // Schedule
  START_TIME_REQUIRED: { nb: 'Klokkeslett må fylles ut.', en: 'The time is required.' },
  START_TIME_FORMAT: {
    nb: 'Klokkeslett må skrives TT:MM, for eksempel 18:00.',
    en: 'Write the time as HH:MM, for example 18:00.',
  },
  SCHEDULE_KIND_REQUIRED: { nb: 'Velg hvor ofte gruppen møtes.', en: 'Choose how often the group meets.' },
  WEEKDAY_INVALID: { nb: 'Ugyldig ukedag.', en: 'Invalid weekday.' },
  NTH_NUMBER: { nb: 'Uke i måneden må være et tall.', en: 'The week of the month must be a number.' },
  NTH_INTEGER: { nb: 'Uke i måneden må være et heltall.', en: 'The week of the month must be a whole number.' },
  DATES_INVALID: { nb: 'Ugyldige datoer.', en: 'Invalid dates.' },
  DURATION_REQUIRED: { nb: 'Varighet må fylles ut.', en: 'The duration is required.' },
  DURATION_WHOLE_MINUTES: { nb: 'Varighet må være hele minutter.', en: 'The duration must be whole minutes.' },
  MEETING_TOO_SHORT: {
    nb: 'Et møte må vare minst {minimum} minutter.',
    en: 'A meeting must last at least {minimum} minutes.',
  },
  MEETING_TOO_LONG: {
    nb: 'Et møte kan vare høyst {maximum} minutter (8 timer).',
    en: 'A meeting can last at most {maximum} minutes (8 hours).',
  },
  START_DATE_REQUIRED: { nb: 'Startdato må fylles ut.', en: 'The start date is required.' },
  START_DATE_INVALID: { nb: 'Ugyldig startdato.', en: 'Invalid start date.' },
  END_DATE_INVALID: { nb: 'Ugyldig sluttdato.', en: 'Invalid end date.' },
  SCHEDULE_REQUIRED: { nb: 'Møtetidene må fylles ut.', en: 'The meeting times are required.' },
  END_BEFORE_START: {
    nb: 'Sluttdato kan ikke være før startdato.',
    en: 'The end date cannot be before the start date.',
  },
  IRREGULAR_HAS_NO_WEEKDAY: {
    nb: 'Uregelmessige møter har ikke fast ukedag.',
    en: 'Irregular meetings have no fixed weekday.',
  },
  WEEKDAY_REQUIRED_MONTHLY: {
    nb: 'Ukedag må velges for månedlige møter.',
    en: 'Choose a weekday for monthly meetings.',
  },
  WEEKDAY_REQUIRED_WEEKLY: { nb: 'Ukedag må velges for ukentlige møter.', en: 'Choose a weekday for weekly meetings.' },
  NTH_REQUIRED: {
    nb: 'Velg hvilken uke i måneden (1–4 eller siste).',
    en: 'Choose which week of the month (1–4 or last).',
  },
  NTH_RANGE: {
    nb: 'Uke i måneden må være 1–4, eller -1 for siste.',
    en: 'The week of the month must be 1–4, or -1 for the last.',
  },
  NTH_MONTHLY_ONLY: {
    nb: 'Uke i måneden gjelder bare månedlige møter.',
    en: 'The week of the month only applies to monthly meetings.',
  },
  DATES_IRREGULAR_ONLY: {
    nb: 'Møtedatoer gjelder bare uregelmessige møter.',
    en: 'Meeting dates only apply to irregular meetings.',
  },
  DATES_REQUIRED: { nb: 'Legg inn minst én møtedato.', en: 'Add at least one meeting date.' },
  MEETING_DATE_INVALID: { nb: 'Ugyldig dato: {date}.', en: 'Invalid date: {date}.' },
  MEETING_DATE_BEFORE_START: {
    nb: 'Datoen {date} er før startdatoen.',
    en: 'The date {date} is before the start date.',
  },
  MEETING_DATE_AFTER_END: { nb: 'Datoen {date} er etter sluttdatoen.', en: 'The date {date} is after the end date.' },
});
