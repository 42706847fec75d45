import { defineMessages } from '../messages/define.js';

/** Why an overview query was refused. */
export const OVERVIEW_MESSAGES = defineMessages({
  OVERVIEW_OWN_DISTRICT_ONLY: {
    nb: 'Du kan bare se oversikten for ditt eget distrikt.',
    en: 'You can only see the overview of your own district.',
  },
  OVERVIEW_UNKNOWN_DISTRICT: {
    nb: 'Ukjent distrikt: {district}.',
    en: 'Unknown district: {district}.',
  },
  PERIOD_END_BEFORE_START: {
    nb: 'Sluttdatoen kan ikke være før startdatoen.',
    en: 'The end date cannot be before the start date.',
  },
  PERIOD_TOO_LONG: {
    nb: 'Perioden kan være høyst {years} år.',
    en: 'The period can be at most {years} years.',
  },
});
