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
});
