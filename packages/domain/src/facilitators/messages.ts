import { defineMessages } from '../messages/define.js';

/** Why a facilitator or their consent was refused. */
export const FACILITATOR_MESSAGES = defineMessages({
  EMAIL_TOO_LONG: { nb: 'E-postadressen er for lang.', en: 'The email address is too long.' },
  PHONE_TOO_LONG: { nb: 'Telefonnummeret er for langt.', en: 'The phone number is too long.' },
  INVALID_PHONE: { nb: 'Ugyldig telefonnummer.', en: 'Invalid phone number.' },
  THEMES_INVALID: { nb: 'Ugyldige tema.', en: 'Invalid themes.' },
  AVAILABILITY_REQUIRED: { nb: 'Velg tilgjengelighet.', en: 'Choose availability.' },
  EMAIL_OR_PHONE_REQUIRED: {
    nb: 'Oppgi e-post eller telefonnummer (minst ett av dem).',
    en: 'Enter an email address or a phone number (at least one of them).',
  },
  THEMES_NEED_CONSENT: {
    nb: 'Tema kan bare registreres når igangsetteren har samtykket til det.',
    en: 'Themes can only be recorded when the facilitator has consented to it.',
  },
  FACILITATOR_INCOMPLETE: { nb: 'Igangsetteren mangler opplysninger.', en: 'The facilitator is missing information.' },
  CONSENT_DATE_REQUIRED: { nb: 'Samtykkedato må fylles ut.', en: 'The consent date is required.' },
  CONSENT_TEXT_REQUIRED: { nb: 'Samtykketeksten må fylles ut.', en: 'The consent text is required.' },
  CONSENT_REQUIRED: { nb: 'Samtykke må registreres.', en: 'Consent must be recorded.' },
  CONSENT_TEXT_TOO_LONG: {
    nb: 'Samtykketeksten kan ha høyst {maximum} tegn.',
    en: 'The consent text can have at most {maximum} characters.',
  },
});
