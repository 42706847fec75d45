import { defineMessages } from '../messages/define.js';

/** Referrals and talk requests from public services by API (issue 14, decision 0033). */
export const SERVICE_REFERRAL_MESSAGES = defineMessages({
  SERVICE_REFERRAL_INCOMPLETE: { nb: 'Henvisningen mangler opplysninger.', en: 'The referral is incomplete.' },
  SERVICE_REFERENCE_REQUIRED: { nb: 'Oppgi tjenestens egen referanse.', en: "Give the service's own reference." },
  SERVICE_REFERENCE_TOO_LONG: {
    nb: 'Referansen kan ha høyst {maximum} tegn.',
    en: 'The reference can have at most {maximum} characters.',
  },
  SERVICE_UNIT_REQUIRED: { nb: 'Oppgi tjenesteenheten.', en: 'Give the service unit.' },
  SERVICE_UNIT_TOO_LONG: {
    nb: 'Navnet på tjenesteenheten kan ha høyst {maximum} tegn.',
    en: 'The service unit can have at most {maximum} characters.',
  },
  SERVICE_CONTACT_REQUIRED: { nb: 'Oppgi en kontaktperson i tjenesten.', en: 'Give a contact at the service.' },
  SERVICE_CONTACT_NAME_REQUIRED: {
    nb: 'Oppgi navnet på kontaktpersonen i tjenesten.',
    en: 'Give the name of the contact at the service.',
  },
  SERVICE_CONTACT_PHONE_OR_EMAIL: {
    nb: 'Oppgi telefonnummer eller e-postadresse til kontaktpersonen.',
    en: "Give the contact's phone number or email address.",
  },
  FIRST_NAME_REQUIRED: { nb: 'Oppgi personens fornavn.', en: "Give the person's first name." },
  CONTACT_TIMES_TOO_LONG: {
    nb: 'Når personen kan kontaktes kan ha høyst {maximum} tegn.',
    en: 'When to contact the person can have at most {maximum} characters.',
  },
  SERVICE_REASON_TOO_LONG: {
    nb: 'Begrunnelsen kan ha høyst {maximum} tegn.',
    en: 'The reason can have at most {maximum} characters.',
  },
  TALK_TOPIC_REQUIRED: { nb: 'Oppgi tema for foredraget eller kurset.', en: 'Give the topic of the talk or course.' },
  TALK_TOPIC_TOO_LONG: {
    nb: 'Temaet kan ha høyst {maximum} tegn.',
    en: 'The topic can have at most {maximum} characters.',
  },
  TALK_AUDIENCE_RANGE: {
    nb: 'Antall tilhørere må være et helt tall fra 1 til 10 000.',
    en: 'The audience must be a whole number from 1 to 10,000.',
  },
  TALK_PLACE_REQUIRED: { nb: 'Oppgi sted.', en: 'Give the place.' },
  TALK_PLACE_TOO_LONG: {
    nb: 'Stedet kan ha høyst {maximum} tegn.',
    en: 'The place can have at most {maximum} characters.',
  },
  TALK_PERIOD_PAST: { nb: 'Ønsket periode er allerede passert.', en: 'The wished period is already past.' },
  SERVICE_REFERRAL_MUNICIPALITY_OUTSIDE: {
    nb: 'Kommunen hører til et distrikt API-klienten ikke har tilgang til.',
    en: 'The municipality belongs to a district the API client has no access to.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    nb: 'Referansen eller idempotensnøkkelen er brukt før med andre opplysninger.',
    en: 'The reference or idempotency key was used before with different data.',
  },
  IDEMPOTENCY_KEY_INVALID: {
    nb: 'Idempotency-Key må ha 1 til 255 synlige tegn.',
    en: 'Idempotency-Key must have 1 to 255 visible characters.',
  },
  SERVICE_REFERRAL_NOT_FOUND: {
    nb: 'Fant ingen henvisning med denne referansen.',
    en: 'No referral with this reference was found.',
  },
  SERVICE_REFERRALS_API_CLIENTS_ONLY: {
    nb: 'Henvisninger fra tjenester sendes med en API-nøkkel, ikke med en ansattinnlogging.',
    en: 'Referrals from services are sent with an API key, not with a staff login.',
  },
});
