import { defineMessages } from '../messages/define.js';

/** API clients and their keys (issue 14). */
export const API_CLIENT_MESSAGES = defineMessages({
  API_SCOPE_UNKNOWN: { nb: 'Ukjent tilgang (scope).', en: 'Unknown scope.' },
  API_SCOPES_REQUIRED: { nb: 'Velg minst én tilgang.', en: 'Choose at least one scope.' },
  API_DISTRICTS_REQUIRED: { nb: 'Velg minst ett distrikt.', en: 'Choose at least one district.' },
  API_CLIENT_INCOMPLETE: { nb: 'API-klienten mangler opplysninger.', en: 'The API client is incomplete.' },
  API_CLIENT_EXPIRY_INVALID: { nb: 'Utløpsdatoen er ikke gyldig.', en: 'The expiry date is not valid.' },
  API_CLIENT_EXPIRY_PAST: { nb: 'Utløpsdatoen må være fram i tid.', en: 'The expiry date must be in the future.' },
  API_ROTATION_OVERLAP_RANGE: {
    nb: 'Overlappen må være mellom 0 og 30 dager.',
    en: 'The overlap must be between 0 and 30 days.',
  },
  API_CLIENT_NOT_FOUND: { nb: 'Fant ikke API-klienten.', en: 'API client not found.' },
  API_CLIENT_REVOKED: {
    nb: 'API-klienten er tilbakekalt og kan ikke endres.',
    en: 'The API client is revoked and cannot be changed.',
  },
  API_CLIENT_CHANGED: {
    nb: 'Noen andre har endret API-klienten. Last inn på nytt og prøv igjen.',
    en: 'Someone else changed the API client. Reload and try again.',
  },
  API_CLIENTS_LEADS_ONLY: {
    nb: 'Bare administratorer og distriktsledere kan administrere API-klienter.',
    en: 'Only administrators and district leads can manage API clients.',
  },
  API_CLIENT_OWN_DISTRICT_ONLY: {
    nb: 'Distriktsledere kan bare gi API-klienter tilgang til sitt eget distrikt.',
    en: 'District leads can only give API clients access to their own district.',
  },
  // Fair use (decision 0034).
  API_RATE_LIMITED: {
    nb: 'API-klienten har brukt opp budsjettet sitt. Vent {seconds} sekunder og prøv igjen.',
    en: 'The API client has used up its budget. Wait {seconds} seconds and try again.',
  },
  API_USAGE_DAYS_RANGE: {
    nb: 'Antall dager må være mellom 1 og 396.',
    en: 'The number of days must be between 1 and 396.',
  },
  API_KEY_INVALID: { nb: 'API-nøkkelen er ikke gyldig.', en: 'The API key is not valid.' },
  API_KEY_REVOKED: { nb: 'API-nøkkelen er tilbakekalt.', en: 'The API key has been revoked.' },
  API_KEY_EXPIRED: { nb: 'API-nøkkelen er utløpt.', en: 'The API key has expired.' },
  API_SCOPE_MISSING: {
    nb: 'API-klienten mangler tilgangen {scope}.',
    en: 'The API client lacks the scope {scope}.',
  },
  API_CLIENT_FORBIDDEN: {
    nb: 'API-klienter har ikke tilgang til dette.',
    en: 'API clients have no access to this.',
  },
  API_CLIENT_OTHER_DISTRICT: {
    nb: 'API-klienten har ikke tilgang til dette distriktet.',
    en: 'The API client has no access to this district.',
  },
  API_CLIENT_PICK_DISTRICT: {
    nb: 'API-klienten ser flere distrikter: velg ett i filteret.',
    en: 'The API client sees several districts: pick one in the filter.',
  },
  API_CLIENT_ORGANISATION_TAKEN: {
    nb: 'En annen API-klient som ikke er tilbakekalt, har allerede dette organisasjonsnummeret.',
    en: 'Another API client that is not revoked already has this organisation number.',
  },
  // OAuth2 access tokens from the configured issuer (decision 0035): each refusal its own reason.
  JWT_INVALID: { nb: 'Tilgangstokenet er ikke gyldig.', en: 'The access token is not valid.' },
  JWT_ISSUER_MISMATCH: {
    nb: 'Tilgangstokenet er utstedt av en annen utsteder.',
    en: 'The access token comes from another issuer.',
  },
  JWT_AUDIENCE_MISMATCH: {
    nb: 'Tilgangstokenet er ikke ment for dette API-et.',
    en: 'The access token is not meant for this API.',
  },
  JWT_EXPIRED: { nb: 'Tilgangstokenet er utløpt.', en: 'The access token has expired.' },
  JWT_NOT_YET_VALID: { nb: 'Tilgangstokenet er ikke gyldig ennå.', en: 'The access token is not valid yet.' },
  JWT_UNKNOWN_KEY: {
    nb: 'Tilgangstokenet er signert med en ukjent nøkkel.',
    en: 'The access token is signed with an unknown key.',
  },
  JWT_SIGNATURE_INVALID: {
    nb: 'Signaturen på tilgangstokenet stemmer ikke.',
    en: 'The access token’s signature does not match.',
  },
  JWT_ALGORITHM_REFUSED: {
    nb: 'Tilgangstokenet er signert med en algoritme som ikke godtas.',
    en: 'The access token is signed with an algorithm that is not accepted.',
  },
  JWT_SCOPE_MISSING: {
    nb: 'Tilgangstokenet gir ingen tilgang (scope) API-klienten har.',
    en: 'The access token grants no scope the API client has.',
  },
  JWT_ORGANISATION_UNKNOWN: {
    nb: 'Ingen API-klient er registrert for organisasjonen i tilgangstokenet.',
    en: 'No API client is registered for the access token’s organisation.',
  },
  JWT_CLIENT_REVOKED: {
    nb: 'API-klienten til organisasjonen er tilbakekalt.',
    en: 'The organisation’s API client has been revoked.',
  },
  JWT_CLIENT_EXPIRED: {
    nb: 'API-klienten til organisasjonen er utløpt.',
    en: 'The organisation’s API client has expired.',
  },
  JWT_ISSUER_UNAVAILABLE: {
    nb: 'Utstederens nøkler kunne ikke hentes. Prøv igjen om litt.',
    en: 'The issuer’s keys could not be fetched. Try again shortly.',
  },
});
