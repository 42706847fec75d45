import { defineMessages } from '../messages/define.js';
import { MAX_MINUTES_SPENT, MIN_MINUTES_SPENT } from './types.js';

/** Why an inquiry, the person's details on it or an interest-list entry was refused. */
export const INQUIRY_MESSAGES = defineMessages({
  INQUIRY_INCOMPLETE: { nb: 'Henvendelsen mangler opplysninger.', en: 'The inquiry is missing information.' },
  INQUIRY_CHANNEL_REQUIRED: { nb: 'Velg hvordan henvendelsen kom.', en: 'Choose how the inquiry came in.' },
  INQUIRER_TYPE_REQUIRED: { nb: 'Velg hvem som henvender seg.', en: 'Choose who is asking.' },
  PUBLIC_SERVICE_TYPE_REQUIRED: { nb: 'Velg hvilken tjeneste som spør.', en: 'Choose which service is asking.' },
  PUBLIC_SERVICE_TYPE_ONLY_FOR_SERVICES: {
    nb: 'Tjeneste velges bare når det er hjelpeapparatet som spør.',
    en: 'A service is only chosen when a public service is asking.',
  },
  INQUIRY_PARTNER_REQUIRED: { nb: 'Velg samarbeidspartneren.', en: 'Choose the partner.' },
  INQUIRY_PARTNER_ONLY_FOR_PARTNERS: {
    nb: 'Samarbeidspartner velges bare når det er en samarbeidspartner som spør.',
    en: 'A partner is only chosen when a partner is asking.',
  },
  INQUIRY_TIME_IN_FUTURE: { nb: 'Klokkeslettet kan ikke være frem i tid.', en: 'The time cannot be in the future.' },
  MINUTES_SPENT_RANGE: {
    nb: `Tidsbruk må være et helt antall minutter fra ${MIN_MINUTES_SPENT} til ${MAX_MINUTES_SPENT}.`,
    en: `Time spent must be a whole number of minutes from ${MIN_MINUTES_SPENT} to ${MAX_MINUTES_SPENT}.`,
  },
  INQUIRY_ACTION_REQUIRED: { nb: 'Velg minst én ting som ble gjort.', en: 'Choose at least one thing that was done.' },
  INQUIRY_ACTION_UNKNOWN: { nb: 'Ukjent tiltak.', en: 'Unknown action.' },
  PERSON_INVALID: { nb: 'Ugyldige personopplysninger.', en: 'Invalid personal details.' },
  ALIAS_TOO_LONG: {
    nb: 'Fornavn eller kallenavn kan ha høyst {maximum} tegn.',
    en: 'The first name or alias can have at most {maximum} characters.',
  },
  CONTACT_METHOD_REQUIRED: { nb: 'Velg telefon eller e-post.', en: 'Choose phone or email.' },
  CONTACT_VALUE_REQUIRED: { nb: 'Skriv telefonnummer eller e-postadresse.', en: 'Enter the phone number or email.' },
  CONTACT_NEEDS_FOLLOW_UP_CONSENT: {
    nb: 'Kontaktopplysninger kan bare lagres når personen har samtykket til å bli kontaktet for oppfølging.',
    en: 'Contact details can only be stored when the person has consented to be contacted for follow-up.',
  },
  INQUIRY_ACTIVITY_ALREADY_PLANNED: {
    nb: 'Henvendelsen er allerede gjort om til en planlagt aktivitet.',
    en: 'The inquiry has already become a planned activity.',
  },
  INQUIRY_NOT_A_TALK_REQUEST: {
    nb: 'Bare en henvendelse fra hjelpeapparatet eller en samarbeidspartner som ber om foredrag eller kurs, kan bli en planlagt aktivitet.',
    en: 'Only an inquiry from a public service or a partner asking for a talk or course can become a planned activity.',
  },
  INQUIRY_NOT_FOUND: { nb: 'Henvendelsen finnes ikke.', en: 'The inquiry does not exist.' },
  INQUIRY_STALE: {
    nb: 'Henvendelsen er endret av noen andre siden du åpnet den. Se endringene og prøv igjen.',
    en: 'Someone else has changed the inquiry since you opened it. Look at the changes and try again.',
  },
  CONSENT_NOT_GIVEN: {
    nb: 'Personen har ikke gitt samtykke til dette formålet.',
    en: 'The person has not given consent for this purpose.',
  },
  INTEREST_LIST_ENTRY_NOT_FOUND: {
    nb: 'Plassen på interesselisten finnes ikke.',
    en: 'The interest-list entry does not exist.',
  },
  INTEREST_LIST_ENTRY_STALE: {
    nb: 'Plassen på interesselisten er endret av noen andre. Se endringene og prøv igjen.',
    en: 'Someone else has changed the interest-list entry. Look at the changes and try again.',
  },
  INTEREST_LIST_ENTRY_INCOMPLETE: {
    nb: 'Plassen på interesselisten mangler opplysninger.',
    en: 'The interest-list entry is missing information.',
  },
});
