import type { MessageEntry } from './define.js';
import { defineMessages } from './define.js';

/** An operation refused before it ran: what broke the limit, on which field if one, and by how much. */
function limitRefusal(nb: string, en: string): MessageEntry {
  const text =
    (what: string, overThe: string, limitIs: string) => (params: Readonly<Record<string, string | number>>) => {
      const { limit, found, field } = params;
      const amount = found === undefined ? `${overThe} ${limit}` : `${found}, ${limitIs} ${limit}`;
      return `${what}${field ? ` (${field})` : ''}: ${amount}.`;
    };
  return { nb: text(nb, 'over grensen på', 'grensen er'), en: text(en, 'over the limit of', 'the limit is') };
}

const STALE_TAIL = { nb: 'Se endringene og prøv igjen.', en: 'Look at the changes and try again.' };

/** Reasons the API itself refuses a request for (access, lookups, paging, files, sign-in); the portal shows them too. */
export const GATEWAY_MESSAGES = defineMessages({
  MAX_DEPTH: limitRefusal('Spørringen er for dyp', 'The query is too deep'),
  MAX_ALIASES: limitRefusal('Spørringen har for mange alias', 'The query has too many aliases'),
  MAX_TOKENS: limitRefusal('Spørringen er for lang', 'The query is too long'),
  MAX_DIRECTIVES: limitRefusal('Spørringen har for mange direktiver', 'The query has too many directives'),
  MAX_COST: limitRefusal('Spørringen ville lese for mye', 'The query would read too much'),
  SINGLE_USE_FIELD: limitRefusal(
    'Feltet kan bare brukes én gang per operasjon',
    'The field can only be used once per operation',
  ),
  // Refused by the HTTP layer before GraphQL (body parser, upload reader).
  MALFORMED_JSON: { nb: 'Forespørselen er ikke gyldig JSON.', en: 'The request is not valid JSON.' },
  MALFORMED_REQUEST: { nb: 'Forespørselen kunne ikke leses.', en: 'The request could not be read.' },
  REQUEST_ABORTED: { nb: 'Forespørselen ble avbrutt.', en: 'The request was aborted.' },
  UNSUPPORTED_CHARSET: {
    nb: 'Tegnsettet støttes ikke; bruk UTF-8.',
    en: 'The character set is not supported; use UTF-8.',
  },
  UNSUPPORTED_ENCODING: { nb: 'Komprimeringen støttes ikke.', en: 'The compression is not supported.' },
  INTERNAL_ERROR: { nb: 'Noe gikk galt på serveren.', en: 'Something went wrong on the server.' },
  // `kilobytes` is the limit of a request without a file, when known.
  REQUEST_TOO_LARGE: {
    nb: ({ kilobytes }) =>
      `Forespørselen er for stor${kilobytes === undefined ? '' : ` (høyst ${kilobytes} kB uten fil; filer sendes som multipart, se Upload i skjemaet)`}.`,
    en: ({ kilobytes }) =>
      `The request is too large${kilobytes === undefined ? '' : ` (at most ${kilobytes} kB without a file; files are sent as multipart, see Upload in the schema)`}.`,
  },
  DATABASE_UNAVAILABLE: {
    nb: 'Tjenesten er midlertidig utilgjengelig. Prøv igjen om litt.',
    en: 'The service is temporarily unavailable. Try again shortly.',
  },
  DEADLINE_EXCEEDED: {
    nb: 'Forespørselen brukte for lang tid (over {limit} ms) og ble avbrutt.',
    en: 'The request took too long (over {limit} ms) and was stopped.',
  },
  PAGE_SIZE_RANGE: {
    nb: 'Sidestørrelsen må være mellom 1 og {maximum}.',
    en: 'The page size must be between 1 and {maximum}.',
  },
  // A variable that fails a scalar: graphql-js keeps only the text, so format-error.ts finds the reason by its bokmål text.
  INVALID_DATE_FORMAT: { nb: 'Ugyldig dato; bruk ÅÅÅÅ-MM-DD.', en: 'Invalid date; use YYYY-MM-DD.' },
  INVALID_DATE_TIME: { nb: 'Ugyldig tidspunkt; bruk ISO 8601.', en: 'Invalid point in time; use ISO 8601.' },
  INVALID_ID: { nb: 'Ugyldig id.', en: 'Invalid id.' },
  UNKNOWN_DISTRICT: { nb: 'Ukjent distrikt.', en: 'Unknown district.' },
  DISTRICT_REQUIRED: { nb: 'Velg distrikt.', en: 'Choose a district.' },
  UNKNOWN_COUNTY_NUMBER: { nb: 'Ukjent fylkesnummer.', en: 'Unknown county number.' },
  UNKNOWN_MUNICIPALITY_NUMBER: { nb: 'Ukjent kommunenummer.', en: 'Unknown municipality number.' },
  UNKNOWN_THEME: { nb: 'Ukjent tema.', en: 'Unknown theme.' },
  UNKNOWN_PARTNER: { nb: 'Ukjent samarbeidspartner.', en: 'Unknown partner.' },
  SEARCH_TOO_LONG: { nb: 'Søket er for langt.', en: 'The search is too long.' },
  DATE_RANGE_REVERSED: {
    nb: 'Til-datoen kan ikke være før fra-datoen.',
    en: 'The to-date cannot be before the from-date.',
  },
  MONTHS_WHOLE_NUMBER: { nb: 'Oppgi et helt antall måneder.', en: 'Enter a whole number of months.' },
  MONTHS_RANGE: { nb: 'Oppgi mellom 1 og 120 måneder.', en: 'Enter between 1 and 120 months.' },
  INTERVAL_MONTHS_RANGE: {
    nb: 'Intervallet må være mellom 1 og 120 måneder.',
    en: 'The interval must be between 1 and 120 months.',
  },
  MUNICIPALITY_OTHER_DISTRICT: {
    nb: 'Kommunen hører til et annet distriktskontor.',
    en: 'The municipality belongs to another district office.',
  },

  // Access
  USER_WITHOUT_DISTRICT: { nb: 'Brukeren mangler gyldig distrikt.', en: 'The user has no valid district.' },
  MANAGE_USERS_LEADS_ONLY: {
    nb: 'Bare administratorer og distriktsledere kan administrere brukere.',
    en: 'Only administrators and district leads can manage users.',
  },
  LEAD_CREATES_DISTRICT_ROLES_ONLY: {
    nb: 'Distriktsledere kan bare opprette brukere med distriktsroller.',
    en: 'District leads can only create users with district roles.',
  },
  CREATE_USERS_OWN_DISTRICT_ONLY: {
    nb: 'Du kan bare opprette brukere i ditt eget distrikt.',
    en: 'You can only create users in your own district.',
  },
  PERSONAL_RECORDS_DISTRICT_STAFF_ONLY: {
    nb: 'Henvendelser, oppfølgingssaker og likepersoner er bare for ansatte ved distriktskontoret sitt.',
    en: 'Inquiries, follow-up cases and volunteer peers are for the staff of their district office only.',
  },
  DISTRICT_HOME_DISTRICT_STAFF_ONLY: {
    nb: 'Distriktets oversikt over hva som haster er bare for ansatte ved distriktskontoret.',
    en: "The district's list of what needs doing first is for the staff of the district office only.",
  },
  AGENDA_FIRST_RANGE: {
    nb: 'Antall per liste må være mellom 0 og {maximum}.',
    en: 'The number per list must be between 0 and {maximum}.',
  },
  REGISTERS_DISTRICT_STAFF_ONLY: {
    nb: 'Bare distriktskontorenes ansatte kan endre registrene sine.',
    en: 'Only the staff of the district offices can change their registers.',
  },
  DISTRICT_SETTINGS_LEAD_ONLY: {
    nb: 'Bare distriktslederen kan endre distriktets innstillinger.',
    en: 'Only the district lead can change the district settings.',
  },

  // Sign-in and accounts
  WRONG_CREDENTIALS: { nb: 'Feil e-post eller passord.', en: 'Wrong email or password.' },
  LOGIN_THROTTLED: {
    nb: 'For mange mislykkede innloggingsforsøk. Vent {seconds} sekunder og prøv igjen.',
    en: 'Too many failed sign-in attempts. Wait {seconds} seconds and try again.',
  },
  LOGIN_WRONG_DISTRICT: {
    nb: 'Brukeren din hører ikke til dette distriktskontoret. Logg inn på ditt eget distrikts portal.',
    en: 'Your user does not belong to this district office. Sign in on your own district’s portal.',
  },
  LOGIN_NATIONAL_ONLY: {
    nb: 'Bare nasjonale brukere og administratorer kan logge inn på den nasjonale portalen.',
    en: 'Only national users and administrators can sign in on the national portal.',
  },
  PASSWORD_LINK_INVALID: {
    nb: 'Lenken for å sette passord er ugyldig, brukt eller utløpt. Be om en ny.',
    en: 'The link to set a password is invalid, used or expired. Ask for a new one.',
  },
  STAFF_EMAIL_TAKEN: {
    nb: 'Det finnes allerede en bruker med denne e-postadressen.',
    en: 'A user with this email address already exists.',
  },
  CANNOT_DEACTIVATE_SELF: { nb: 'Du kan ikke deaktivere din egen bruker.', en: 'You cannot deactivate your own user.' },
  STAFF_USER_DEACTIVATED: { nb: 'Brukeren er deaktivert.', en: 'The user is deactivated.' },

  // Things that do not exist (or are not the reader's to see)
  GROUP_NOT_FOUND: { nb: 'Gruppen finnes ikke.', en: 'The group does not exist.' },
  FACILITATOR_NOT_FOUND: { nb: 'Igangsetteren finnes ikke.', en: 'The facilitator does not exist.' },
  DISTRICT_NOT_FOUND: { nb: 'Distriktet finnes ikke.', en: 'The district does not exist.' },
  STAFF_USER_NOT_FOUND: { nb: 'Brukeren finnes ikke.', en: 'The user does not exist.' },
  COURSE_NOT_FOUND: { nb: 'Kurset finnes ikke.', en: 'The course does not exist.' },
  ENROLMENT_NOT_FOUND: { nb: 'Påmeldingen finnes ikke.', en: 'The enrolment does not exist.' },
  CALENDAR_NOT_FOUND: { nb: 'Kalenderen finnes ikke.', en: 'The calendar does not exist.' },
  AGREEMENT_NOT_FOUND: { nb: 'Avtalen finnes ikke.', en: 'The agreement does not exist.' },
  PARTNER_NOT_FOUND: { nb: 'Samarbeidspartneren finnes ikke.', en: 'The partner does not exist.' },
  DOCUMENT_NOT_FOUND: { nb: 'Dokumentet finnes ikke.', en: 'The document does not exist.' },
  ACTIVITY_NOT_FOUND: { nb: 'Aktiviteten finnes ikke.', en: 'The activity does not exist.' },
  OUTCOME_NOT_FOUND: { nb: 'Resultatet finnes ikke.', en: 'The outcome does not exist.' },
  CONTACT_NOT_FOUND: { nb: 'Kontaktpersonen finnes ikke.', en: 'The contact person does not exist.' },
  VENUE_NOT_FOUND: { nb: 'Møtestedet finnes ikke.', en: 'The venue does not exist.' },

  // Someone else saved first
  GROUP_STALE: {
    nb: 'Gruppen er endret av noen andre siden du åpnet den. Endringene dine er ikke lagret; se hva som er endret og prøv igjen.',
    en: 'Someone else has changed the group since you opened it. Your changes are not saved; look at what changed and try again.',
  },
  FACILITATOR_STALE: {
    nb: `Igangsetteren er endret av noen andre siden du åpnet skjemaet. ${STALE_TAIL.nb}`,
    en: `Someone else has changed the facilitator since you opened the form. ${STALE_TAIL.en}`,
  },
  COURSE_STALE: {
    nb: `Kurset er endret av noen andre siden du åpnet det. ${STALE_TAIL.nb}`,
    en: `Someone else has changed the course since you opened it. ${STALE_TAIL.en}`,
  },
  AGREEMENT_STALE: {
    nb: `Avtalen er endret av noen andre siden du åpnet den. ${STALE_TAIL.nb}`,
    en: `Someone else has changed the agreement since you opened it. ${STALE_TAIL.en}`,
  },
  ACTIVITY_STALE: {
    nb: `Aktiviteten er endret av noen andre siden du åpnet den. ${STALE_TAIL.nb}`,
    en: `Someone else has changed the activity since you opened it. ${STALE_TAIL.en}`,
  },
  PARTNER_STALE: {
    nb: `Samarbeidspartneren er endret av noen andre siden du åpnet den. ${STALE_TAIL.nb}`,
    en: `Someone else has changed the partner since you opened it. ${STALE_TAIL.en}`,
  },
  CONTACT_STALE: {
    nb: `Kontaktpersonen er endret av noen andre siden du åpnet den. ${STALE_TAIL.nb}`,
    en: `Someone else has changed the contact person since you opened it. ${STALE_TAIL.en}`,
  },
  STAFF_USER_STALE: {
    nb: 'Brukeren er endret av noen andre siden du åpnet den. Last inn på nytt og prøv igjen.',
    en: 'Someone else has changed the user since you opened it. Reload and try again.',
  },
  GROUP_CLOSED: {
    nb: 'Gruppen er avsluttet og følges ikke lenger opp.',
    en: 'The group is closed and no longer followed up.',
  },

  // Registers
  CONSENT_DATE_IN_FUTURE: {
    nb: 'Samtykkedatoen kan ikke være i fremtiden.',
    en: 'The consent date cannot be in the future.',
  },
  ROLE_TOO_LONG: { nb: 'Rollen kan ha høyst {maximum} tegn.', en: 'The role can have at most {maximum} characters.' },
  COURSE_TYPE_FIXED: {
    nb: 'Kurstypen kan ikke endres etter at kurset er opprettet.',
    en: 'The course type cannot be changed after the course is created.',
  },
  FACILITATOR_OR_NEW_PERSON: {
    nb: 'Velg en igangsetter, eller registrer en ny person.',
    en: 'Choose a facilitator, or register a new person.',
  },
  COURSE_LEADERS_ACTIVE_DISTRICT_STAFF: {
    nb: 'Kursholdere må være aktive ansatte ved distriktskontoret.',
    en: 'Course leaders must be active staff at the district office.',
  },
  INVALID_ENROLMENT: { nb: 'Ugyldig påmelding.', en: 'Invalid enrolment.' },
  INVALID_SESSION: { nb: 'Ugyldig samling.', en: 'Invalid session.' },
  TOO_MANY_ATTENDANCE_ROWS: { nb: 'For mange registreringer på én gang.', en: 'Too many registrations at once.' },
  COMPLETED_ACTIVITY_IN_FUTURE: {
    nb: 'En gjennomført aktivitet kan ikke ha dato i fremtiden.',
    en: 'A completed activity cannot have a date in the future.',
  },

  // Files and imports
  DOCUMENT_EMPTY: { nb: 'Dokumentet er tomt.', en: 'The document is empty.' },
  // `file` says what the limit is about: an agreement DOCUMENT or an import FILE.
  FILE_TOO_LARGE: {
    nb: ({ file, megabytes }) =>
      file === 'DOCUMENT'
        ? `Dokumentet er for stort; største tillatte størrelse er ${megabytes} MB.`
        : `Filen er for stor (høyst ${megabytes} MB).`,
    en: ({ file, megabytes }) =>
      file === 'DOCUMENT'
        ? `The document is too large; the largest size allowed is ${megabytes} MB.`
        : `The file is too large (at most ${megabytes} MB).`,
  },
  FILE_NAME_MISSING: { nb: 'Filnavnet mangler.', en: 'The file name is missing.' },
  DOCUMENT_TYPE_NOT_ALLOWED: {
    nb: 'Dokumentet må være en av disse filtypene: {allowed}, og innholdet må stemme med filnavnet.',
    en: 'The document must be one of these file types: {allowed}, and its content must match the file name.',
  },
  UPLOAD_INCOMPLETE: {
    nb: 'Filen kom ikke fram i sin helhet. Prøv igjen.',
    en: 'The file did not arrive in full. Try again.',
  },
  CSV_NOT_UTF8: {
    nb: 'Filen er ikke lagret som UTF-8. Lagre den som «CSV UTF-8» og prøv igjen.',
    en: 'The file is not saved as UTF-8. Save it as “CSV UTF-8” and try again.',
  },
  CSV_NO_GROUPS: { nb: 'Filen har ingen grupper.', en: 'The file has no groups.' },
  CSV_ROWS_INVALID: {
    nb: '{count} rader har feil. Rett dem, eller velg å hoppe over dem.',
    en: '{count} rows have errors. Fix them, or choose to skip them.',
  },
  CSV_NO_VALID_ROWS: { nb: 'Ingen gyldige rader å importere.', en: 'No valid rows to import.' },
});
