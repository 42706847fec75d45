import { defineMessages } from '../messages/define.js';
import { COURSE_STATUS_LABELS } from '../training/labels.js';
import type { CourseStatus } from '../training/types.js';
import { QUALIFICATION_STATUS_LABELS } from './labels.js';
import type { QualificationStatus } from './types.js';

const qualification = (status: unknown, locale: 'nb' | 'en') =>
  (QUALIFICATION_STATUS_LABELS[status as QualificationStatus]?.[locale] ?? String(status)).toLocaleLowerCase(locale);
const courseStatus = (status: unknown, locale: 'nb' | 'en') =>
  `«${(COURSE_STATUS_LABELS[status as CourseStatus]?.[locale] ?? String(status)).toLocaleLowerCase(locale)}»`;

/**
 * Training and facilitator rules checked inside a transaction (they depend on rows other writers
 * may be changing). The reasons are the rule codes the API has always sent.
 */
export const TRAINING_RULE_TEXTS = defineMessages({
  ALREADY_ENROLLED: {
    nb: 'Igangsetteren er allerede påmeldt (eller på venteliste) til dette kurset.',
    en: 'The facilitator is already enrolled (or on the waiting list) for this course.',
  },
  COURSE_NOT_OPEN_FOR_ENROLMENT: {
    nb: 'Kurset tar ikke imot påmeldinger (bare planlagte og åpne kurs gjør det).',
    en: 'The course does not take enrolments (only planned and open courses do).',
  },
  COURSE_CANCELLED: {
    nb: 'Kurset er avlyst; oppmøte kan ikke registreres.',
    en: 'The course is cancelled; attendance cannot be recorded.',
  },
  COURSE_COMPLETED: {
    nb: 'Kurset er fullført; oppmøte kan ikke endres.',
    en: 'The course is completed; attendance cannot be changed.',
  },
  // With `from` and `to` (course statuses) the text names them.
  COURSE_STATUS_TRANSITION: {
    nb: ({ from, to }) => {
      if (from === undefined || to === undefined) return 'Denne statusendringen er ikke tillatt for kurset.';
      if (from === to) return `Kurset har allerede status ${courseStatus(to, 'nb')}.`;
      return `Kursstatus kan ikke endres fra ${courseStatus(from, 'nb')} til ${courseStatus(to, 'nb')}.`;
    },
    en: ({ from, to }) => {
      if (from === undefined || to === undefined) return 'This status change is not allowed for the course.';
      if (from === to) return `The course already has status ${courseStatus(to, 'en')}.`;
      return `The course status cannot change from ${courseStatus(from, 'en')} to ${courseStatus(to, 'en')}.`;
    },
  },
  ENROLMENT_NOT_ACTIVE: { nb: 'Påmeldingen er ikke aktiv.', en: 'The enrolment is not active.' },
  FACILITATOR_FORGOTTEN: { nb: 'Igangsetteren er slettet.', en: 'The facilitator has been deleted.' },
  FACILITATOR_OTHER_DISTRICT: {
    nb: 'Igangsetteren hører til et annet distrikt.',
    en: 'The facilitator belongs to another district.',
  },
  // With `status` (the qualification status) the text says what is missing.
  FACILITATOR_NOT_QUALIFIED: {
    nb: ({ status }) => {
      if (status === undefined) return 'Igangsetteren er ikke kvalifisert.';
      const name = qualification(status, 'nb');
      return status === 'LAPSED'
        ? `Igangsetteren har status «${name}»: kvalifiseringen må fornyes med oppfriskningskurs før hen kan knyttes til en gruppe.`
        : `Igangsetteren har status «${name}»: grunnkurset må være fullført før hen kan knyttes til en gruppe.`;
    },
    en: ({ status }) => {
      if (status === undefined) return 'The facilitator is not qualified.';
      const name = qualification(status, 'en');
      return status === 'LAPSED'
        ? `The facilitator has status “${name}”: the qualification must be renewed with a refresher course before they can be assigned to a group.`
        : `The facilitator has status “${name}”: the basic course must be completed before they can be assigned to a group.`;
    },
  },
  GROUP_NOT_STARTING: {
    nb: 'Igangsettere kan bare knyttes til grupper under oppstart.',
    en: 'Facilitators can only be assigned to groups that are starting.',
  },
  GROUP_HAS_ENOUGH_FACILITATORS: {
    nb: 'En gruppe kan ha høyst {maximum} igangsettere.',
    en: 'A group can have at most {maximum} facilitators.',
  },
  ALREADY_ASSIGNED: {
    nb: 'Igangsetteren er allerede knyttet til gruppen.',
    en: 'The facilitator is already assigned to the group.',
  },
  SESSION_NOT_IN_COURSE: {
    nb: 'Samlingen eller påmeldingen hører ikke til kurset.',
    en: 'The session or the enrolment does not belong to the course.',
  },
  COURSE_CLOSED_FOR_CHANGES: {
    nb: 'Fullførte og avlyste kurs kan ikke endres.',
    en: 'Completed and cancelled courses cannot be changed.',
  },
  CAPACITY_BELOW_ENROLLED: {
    nb: 'Antall plasser kan ikke settes lavere enn antall påmeldte. Meld av noen først.',
    en: 'The number of places cannot be set lower than the number enrolled. Unenrol someone first.',
  },
});
