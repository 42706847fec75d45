import { defineMessages } from '../messages/define.js';

/** Why a partner, contact person, affiliation or agreement was refused. */
export const PARTNER_MESSAGES = defineMessages({
  PARTNER_POSTAL_CODE_FORMAT: { nb: 'Postnummeret må ha fire siffer.', en: 'The postal code must have four digits.' },
  PARTNER_TYPE_REQUIRED: { nb: 'Velg type samarbeidspartner.', en: 'Choose the type of partner.' },
  STATUS_REQUIRED: { nb: 'Velg status.', en: 'Choose a status.' },
  DISTRICTS_INVALID: { nb: 'Ugyldige distrikter.', en: 'Invalid districts.' },
  PARTNER_INCOMPLETE: { nb: 'Samarbeidspartneren mangler opplysninger.', en: 'The partner is missing information.' },
  POSTAL_CODE_AND_PLACE: { nb: 'Oppgi både postnummer og poststed.', en: 'Enter both postal code and postal place.' },
  CONTACT_INCOMPLETE: { nb: 'Kontaktpersonen mangler opplysninger.', en: 'The contact person is missing information.' },
  AFFILIATION_INCOMPLETE: { nb: 'Tilknytningen mangler opplysninger.', en: 'The affiliation is missing information.' },
  TITLE_REQUIRED: { nb: 'Tittel må fylles ut.', en: 'The title is required.' },
  AGREEMENT_SCOPE_REQUIRED: { nb: 'Beskriv hva avtalen gjelder.', en: 'Describe what the agreement covers.' },
  AGREEMENT_INCOMPLETE: { nb: 'Avtalen mangler opplysninger.', en: 'The agreement is missing information.' },
  AGREEMENT_END_BEFORE_START: {
    nb: 'Sluttdatoen kan ikke være før startdatoen.',
    en: 'The end date cannot be before the start date.',
  },
  ORGANISATION_NUMBER_FORMAT: {
    nb: 'Organisasjonsnummeret må ha ni siffer.',
    en: 'The organisation number must have nine digits.',
  },
  ORGANISATION_NUMBER_CHECK_DIGIT: {
    nb: 'Organisasjonsnummeret er ikke gyldig (feil kontrollsiffer).',
    en: 'The organisation number is not valid (wrong check digit).',
  },
  WEBSITE_TOO_LONG: {
    nb: 'Nettadressen kan ha høyst {maximum} tegn.',
    en: 'The web address can have at most {maximum} characters.',
  },
  CONSENT_NOTE_TOO_LONG: {
    nb: 'Samtykkenotatet kan ha høyst {maximum} tegn.',
    en: 'The consent note can have at most {maximum} characters.',
  },
  TITLE_TOO_LONG: {
    nb: 'Tittelen kan ha høyst {maximum} tegn.',
    en: 'The title can have at most {maximum} characters.',
  },
});
