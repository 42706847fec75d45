import { defineMessages } from '../messages/define.js';
import { MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS } from './retention.js';

/** Why personal data was refused: identity numbers, consent, retention settings, access. */
export const PRIVACY_MESSAGES = defineMessages({
  NATIONAL_ID_NUMBER: {
    nb: 'Teksten ser ut til å inneholde et fødselsnummer eller D-nummer. Slike numre skal aldri lagres her, fordi opplysningene gjelder helse og livssituasjon. Fjern nummeret og lagre på nytt.',
    en: 'The text seems to contain a national identity number (fødselsnummer or D-number). Such numbers must never be stored here, because the record holds health data. Remove the number and save again.',
  },
  CONSENT_PURPOSE_REQUIRED: { nb: 'Velg hva samtykket gjelder.', en: 'Choose what the consent is for.' },
  CONSENT_PURPOSE_REPEATED: {
    nb: 'Hvert formål kan bare ha ett samtykke.',
    en: 'Each purpose can only have one consent.',
  },
  CONSENT_WORDING_REQUIRED: {
    nb: 'Skriv ordlyden personen samtykket til.',
    en: 'Write the wording the person agreed to.',
  },
  CONSENT_WORDING_TOO_LONG: {
    nb: 'Ordlyden kan ha høyst {maximum} tegn.',
    en: 'The wording can have at most {maximum} characters.',
  },
  CONSENT_WITHDRAWN_BEFORE_GIVEN: {
    nb: 'Et samtykke kan ikke trekkes før det er gitt.',
    en: 'A consent cannot be withdrawn before it was given.',
  },
  RETENTION_MONTHS_RANGE: {
    nb: `Oppbevaringstiden må være et helt antall måneder fra ${MIN_RETENTION_MONTHS} til ${MAX_RETENTION_MONTHS}.`,
    en: `The retention period must be a whole number of months from ${MIN_RETENTION_MONTHS} to ${MAX_RETENTION_MONTHS}.`,
  },
  RETENTION_RUNS_ADMIN_ONLY: {
    nb: 'Bare administratorer kan se kjøringene av slettejobben.',
    en: 'Only administrators can see the runs of the retention job.',
  },
  RETENTION_INCOMPLETE: {
    nb: 'Oppbevaringsinnstillingene mangler opplysninger.',
    en: 'The retention settings are missing information.',
  },
});
