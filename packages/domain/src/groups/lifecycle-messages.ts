import { defineMessages } from '../messages/define.js';
import { GROUP_STATUS_LABELS } from './labels.js';
import type { GroupStatus } from './types.js';

const statusName = (status: unknown, locale: 'nb' | 'en') =>
  `«${(GROUP_STATUS_LABELS[status as GroupStatus]?.[locale] ?? String(status)).toLocaleLowerCase(locale)}»`;

/** Why a status change or a follow-up of a group was refused. */
export const GROUP_LIFECYCLE_MESSAGES = defineMessages({
  STATUS_INVALID: { nb: 'Velg en gyldig status.', en: 'Choose a valid status.' },
  STATUS_REASON_REQUIRED: { nb: 'Begrunnelse må fylles ut.', en: 'The reason is required.' },
  STATUS_REASON_TOO_SHORT: {
    nb: 'Begrunnelsen må ha minst {minimum} tegn.',
    en: 'The reason must have at least {minimum} characters.',
  },
  STATUS_REASON_TOO_LONG: {
    nb: 'Begrunnelsen kan ha høyst {maximum} tegn.',
    en: 'The reason can have at most {maximum} characters.',
  },
  DATE_IN_FUTURE: { nb: 'Datoen kan ikke være i fremtiden.', en: 'The date cannot be in the future.' },
  // `from` and `to` are group statuses.
  GROUP_STATUS_TRANSITION: {
    nb: ({ from, to }) =>
      from === to
        ? `Gruppen har allerede status ${statusName(to, 'nb')}.`
        : `Status kan ikke endres fra ${statusName(from, 'nb')} til ${statusName(to, 'nb')}.`,
    en: ({ from, to }) =>
      from === to
        ? `The group already has status ${statusName(to, 'en')}.`
        : `The status cannot change from ${statusName(from, 'en')} to ${statusName(to, 'en')}.`,
  },
  DATE_REQUIRED: { nb: 'Dato må fylles ut.', en: 'The date is required.' },
  NOTE_REQUIRED: { nb: 'Notat må fylles ut.', en: 'The note is required.' },
  NOTE_TOO_LONG: { nb: 'Notatet kan ha høyst {maximum} tegn.', en: 'The note can have at most {maximum} characters.' },
  NEXT_FOLLOW_UP_AFTER_DATE: {
    nb: 'Neste oppfølging må være etter datoen for denne oppfølgingen.',
    en: 'The next follow-up must be after the date of this follow-up.',
  },
});
