import { defineMessages } from './define.js';

/** Reasons any input or request can be refused for, whatever the concept. */
export const COMMON_MESSAGES = defineMessages({
  REQUIRED: { nb: 'Feltet må fylles ut.', en: 'This field is required.' },
  INVALID_VALUE: { nb: 'Ugyldig verdi.', en: 'Invalid value.' },
  INVALID_CHOICE: { nb: 'Velg et av alternativene.', en: 'Choose one of the options.' },
  INVALID_DATE: { nb: 'Ugyldig dato.', en: 'Invalid date.' },
  TOO_SHORT: { nb: 'Skriv minst {minimum} tegn.', en: 'Write at least {minimum} characters.' },
  TOO_LONG: { nb: 'Skriv høyst {maximum} tegn.', en: 'Write at most {maximum} characters.' },
  TOO_SMALL: { nb: 'Verdien må være minst {minimum}.', en: 'The value must be at least {minimum}.' },
  TOO_BIG: { nb: 'Verdien kan være høyst {maximum}.', en: 'The value can be at most {maximum}.' },
  TOO_FEW: { nb: 'Velg minst {minimum}.', en: 'Choose at least {minimum}.' },
  TOO_MANY: { nb: 'Velg høyst {maximum}.', en: 'Choose at most {maximum}.' },
  NOT_AN_INTEGER: { nb: 'Skriv et helt tall.', en: 'Enter a whole number.' },
  INVALID_EMAIL: { nb: 'Ugyldig e-postadresse.', en: 'Invalid email address.' },
  INVALID_URL: { nb: 'Ugyldig nettadresse.', en: 'Invalid web address.' },
  CONTROL_CHARACTERS: {
    nb: 'Teksten inneholder kontrolltegn som ikke er tillatt.',
    en: 'The text contains control characters that are not allowed.',
  },
  INVALID_CURSOR: { nb: 'Ugyldig markør for neste side.', en: 'Invalid cursor for the next page.' },
  UNAUTHENTICATED: { nb: 'Du må logge inn.', en: 'You need to log in.' },
  FORBIDDEN: { nb: 'Du har ikke tilgang til dette.', en: 'You do not have access to this.' },
  NOT_FOUND: { nb: 'Finnes ikke.', en: 'Does not exist.' },
  STALE_VERSION: {
    nb: 'Noen andre har endret dette siden du åpnet det. Last inn på nytt og prøv igjen.',
    en: 'Someone else has changed this since you opened it. Reload and try again.',
  },
});
