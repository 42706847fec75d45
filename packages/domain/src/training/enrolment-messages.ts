import { defineMessages } from '../messages/define.js';

/** Why a cancellation or an exception from full attendance was refused. */
export const ENROLMENT_MESSAGES = defineMessages({
  ENROLMENT_CANCEL_STALE: {
    nb: 'Påmeldingene er endret siden du bekreftet. Se over og bekreft på nytt.',
    en: 'The enrolments have changed since you confirmed. Check and confirm again.',
  },
  ATTENDANCE_EXCEPTION_REASON_REQUIRED: {
    nb: 'Skriv en kort begrunnelse for unntaket.',
    en: 'Give a short reason for the exception.',
  },
  ATTENDANCE_EXCEPTION_REASON_TOO_LONG: {
    nb: 'Begrunnelsen kan ha høyst 300 tegn.',
    en: 'The reason can have at most 300 characters.',
  },
  ATTENDANCE_EXCEPTION_NOT_QUALIFYING: {
    nb: 'Unntak fra oppmøtekravet gjelder bare grunnkurs og oppfriskningskurs.',
    en: 'Exceptions from the attendance rule apply only to basic and refresher courses.',
  },
  ATTENDANCE_EXCEPTION_NOT_NEEDED: {
    nb: 'Deltakeren har vært på alle samlingene og trenger ikke unntak.',
    en: 'The participant attended every session and needs no exception.',
  },
  ATTENDANCE_EXCEPTION_LEAD_ONLY: {
    nb: 'Bare distriktslederen kan godkjenne unntak fra oppmøtekravet.',
    en: 'Only the district lead can approve an exception from the attendance rule.',
  },
});
