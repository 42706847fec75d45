import { defineMessages } from '../messages/define.js';
import { CASE_STATUS_LABELS } from './labels.js';
import type { CaseStatus } from './types.js';

const statusName = (status: unknown, locale: 'nb' | 'en') =>
  `«${(CASE_STATUS_LABELS[status as CaseStatus]?.[locale] ?? String(status)).toLocaleLowerCase(locale)}»`;

/** Why a follow-up case, its status change, note or referral was refused. */
export const FOLLOW_UP_CASE_MESSAGES = defineMessages({
  CASE_INCOMPLETE: { nb: 'Saken mangler opplysninger.', en: 'The case is missing information.' },
  CASE_RESPONSIBLE_REQUIRED: { nb: 'Velg ansvarlig ansatt.', en: 'Choose the responsible staff member.' },
  PEER_NOT_FOUND: { nb: 'Fant ikke likepersonen.', en: 'The volunteer peer was not found.' },
  CASE_FOLLOW_UP_IN_PAST: {
    nb: 'Neste oppfølging kan ikke være tilbake i tid.',
    en: 'The next follow-up cannot be in the past.',
  },
  CASE_OUTCOME_REQUIRED: { nb: 'Velg hvordan saken endte.', en: 'Choose how the case ended.' },
  CASE_OUTCOME_ONLY_WHEN_CLOSING: {
    nb: 'Utfall velges bare når saken avsluttes.',
    en: 'An outcome is only chosen when the case is closed.',
  },
  CASE_OUTCOME_NOTE_REQUIRED: { nb: 'Beskriv kort hvordan saken endte.', en: 'Describe briefly how the case ended.' },
  // `from` and `to` are case statuses.
  CASE_STATUS_TRANSITION: {
    nb: ({ from, to }) =>
      from === to
        ? `Saken har allerede status ${statusName(to, 'nb')}.`
        : from === 'CLOSED'
          ? 'En avsluttet sak kan ikke åpnes igjen. Registrer en ny henvendelse og åpne en ny sak.'
          : `Status kan ikke endres fra ${statusName(from, 'nb')} til ${statusName(to, 'nb')}.`,
    en: ({ from, to }) =>
      from === to
        ? `The case already has status ${statusName(to, 'en')}.`
        : from === 'CLOSED'
          ? 'A closed case cannot be opened again. Log a new inquiry and open a new case.'
          : `The status cannot change from ${statusName(from, 'en')} to ${statusName(to, 'en')}.`,
  },
  REFERRAL_RESOURCE_REQUIRED: { nb: 'Velg hjelpetilbudet.', en: 'Choose the referral resource.' },
  CASE_INQUIRY_HAS_CASE: {
    nb: 'Henvendelsen har allerede en oppfølgingssak.',
    en: 'The inquiry already has a follow-up case.',
  },
  CASE_INQUIRY_ANONYMISED: {
    nb: 'Henvendelsen er anonymisert og kan ikke få en sak.',
    en: 'The inquiry has been anonymised and cannot get a case.',
  },
  CASE_RESPONSIBLE_NOT_IN_DISTRICT: {
    nb: 'Ansvarlig må være en aktiv ansatt i distriktet.',
    en: 'The responsible person must be active staff of the district.',
  },
  CASE_ANONYMISED: {
    nb: 'Saken er anonymisert og kan ikke endres.',
    en: 'The case has been anonymised and cannot be changed.',
  },
  CASE_CLOSED: {
    nb: 'Saken er avsluttet; den har ingen neste oppfølging eller ny ansvarlig.',
    en: 'The case is closed; it has no next follow-up or new responsible person.',
  },
  CASE_REFERRAL_RESOURCE_NOT_FOUND: {
    nb: 'Fant ikke hjelpetilbudet i distriktets oversikt.',
    en: 'The referral resource was not found in the district’s directory.',
  },
  CASE_REFERRAL_RESOURCE_ARCHIVED: {
    nb: 'Hjelpetilbudet er arkivert og tilbys ikke lenger.',
    en: 'The referral resource is archived and no longer offered.',
  },
  CASE_NOTE_GRANT_STAFF_NOT_IN_DISTRICT: {
    nb: 'Tilgang kan bare gis til aktive distriktsansatte i sakens distrikt.',
    en: 'Access can only be granted to active district staff of the case’s district.',
  },
  CASE_NOTE_GRANT_UNTIL_IN_PAST: {
    nb: 'Tilgangen må vare til et tidspunkt fram i tid.',
    en: 'The access must last until a moment in the future.',
  },
  CASE_NOTE_GRANT_TOO_LONG: {
    nb: 'Tilgang kan gis for høyst {days} dager om gangen.',
    en: 'Access can be granted for at most {days} days at a time.',
  },
  FOLLOW_UP_CASE_NOT_FOUND: { nb: 'Oppfølgingssaken finnes ikke.', en: 'The follow-up case does not exist.' },
  CASE_INQUIRY_NOT_FOUND: { nb: 'Henvendelsen finnes ikke.', en: 'The inquiry does not exist.' },
  FOLLOW_UP_CASE_STALE: {
    nb: 'Noen andre har endret saken i mellomtiden. Se endringene og prøv igjen.',
    en: 'Someone else changed the case meanwhile. Look at the changes and try again.',
  },
  CASE_NOTE_GRANT_NOT_FOUND: { nb: 'Fant ikke tilgangen.', en: 'The access grant was not found.' },
  // Access (the policy's reasons for FORBIDDEN on cases).
  CASE_NOTES_FORBIDDEN: {
    nb: 'Bare ansvarlig ansatt, distriktslederen og ansatte som har fått tilgang, kan lese notatene i saken.',
    en: 'Only the responsible staff member, the district lead and staff granted access can read the case’s notes.',
  },
  CASE_LEAD_ONLY: {
    nb: 'Bare distriktslederen kan gjøre dette for en sak.',
    en: 'Only the district lead can do this for a case.',
  },
});
