import { QUALIFICATION_STATUS_LABELS } from './labels.js';
import type { QualificationStatus } from './types.js';
import { MAX_FACILITATORS_PER_GROUP } from './types.js';

/*
 * Rules checked inside a transaction (they depend on rows other writers may be
 * changing). The codes are stable for the API; the messages are what staff read.
 */
export const TRAINING_RULE_CODES = [
  'ALREADY_ENROLLED',
  'COURSE_NOT_OPEN_FOR_ENROLMENT',
  'COURSE_CANCELLED',
  'COURSE_COMPLETED',
  'COURSE_STATUS_TRANSITION',
  'ENROLMENT_NOT_ACTIVE',
  'FACILITATOR_FORGOTTEN',
  'FACILITATOR_OTHER_DISTRICT',
  'FACILITATOR_NOT_QUALIFIED',
  'GROUP_NOT_STARTING',
  'GROUP_HAS_ENOUGH_FACILITATORS',
  'ALREADY_ASSIGNED',
  'SESSION_NOT_IN_COURSE',
  'COURSE_CLOSED_FOR_CHANGES',
  'CAPACITY_BELOW_ENROLLED',
] as const;
export type TrainingRuleCode = (typeof TRAINING_RULE_CODES)[number];

export const TRAINING_RULE_MESSAGES: Readonly<Record<TrainingRuleCode, string>> = {
  ALREADY_ENROLLED: 'Igangsetteren er allerede påmeldt (eller på venteliste) til dette kurset.',
  COURSE_NOT_OPEN_FOR_ENROLMENT: 'Kurset tar ikke imot påmeldinger (bare planlagte og åpne kurs gjør det).',
  COURSE_CANCELLED: 'Kurset er avlyst; oppmøte kan ikke registreres.',
  COURSE_COMPLETED: 'Kurset er fullført; oppmøte kan ikke endres.',
  COURSE_STATUS_TRANSITION: 'Denne statusendringen er ikke tillatt for kurset.',
  ENROLMENT_NOT_ACTIVE: 'Påmeldingen er ikke aktiv.',
  FACILITATOR_FORGOTTEN: 'Igangsetteren er slettet.',
  FACILITATOR_OTHER_DISTRICT: 'Igangsetteren hører til et annet distrikt.',
  FACILITATOR_NOT_QUALIFIED: 'Igangsetteren er ikke kvalifisert.',
  GROUP_NOT_STARTING: 'Igangsettere kan bare knyttes til grupper under oppstart.',
  GROUP_HAS_ENOUGH_FACILITATORS: `En gruppe kan ha høyst ${MAX_FACILITATORS_PER_GROUP} igangsettere.`,
  ALREADY_ASSIGNED: 'Igangsetteren er allerede knyttet til gruppen.',
  SESSION_NOT_IN_COURSE: 'Samlingen eller påmeldingen hører ikke til kurset.',
  COURSE_CLOSED_FOR_CHANGES: 'Fullførte og avlyste kurs kan ikke endres.',
  CAPACITY_BELOW_ENROLLED: 'Antall plasser kan ikke settes lavere enn antall påmeldte. Meld av noen først.',
};

/** Why a facilitator with this status cannot be assigned to a group; null when they can. */
export function assignmentRefusal(status: QualificationStatus): string | null {
  if (status === 'QUALIFIED') return null;
  const name = QUALIFICATION_STATUS_LABELS[status].nb.toLocaleLowerCase('nb');
  return status === 'LAPSED'
    ? `Igangsetteren har status «${name}»: kvalifiseringen må fornyes med oppfriskningskurs før hen kan knyttes til en gruppe.`
    : `Igangsetteren har status «${name}»: grunnkurset må være fullført før hen kan knyttes til en gruppe.`;
}

/** What decides whether a facilitator may be assigned to a group, read under the group's row lock. */
export interface AssignmentFacts {
  groupStatus: string;
  facilitatorForgotten: boolean;
  /** The facilitator and the group belong to the same district. */
  sameDistrict: boolean;
  /** On the assignment's first day. */
  qualification: QualificationStatus;
  /** Facilitators assigned to the group now (open assignments). */
  assignedFacilitatorIds: readonly string[];
  facilitatorId: string;
}

export interface TrainingRefusal {
  code: TrainingRuleCode;
  message: string;
}

const refused = (code: TrainingRuleCode, message = TRAINING_RULE_MESSAGES[code]): TrainingRefusal => ({ code, message });

/**
 * Why the facilitator cannot be assigned to the group, or null: only a qualified facilitator of
 * the group's district, not forgotten, to a group that is starting, once, and at most
 * MAX_FACILITATORS_PER_GROUP at a time.
 */
export function facilitatorAssignmentRefusal(facts: AssignmentFacts): TrainingRefusal | null {
  if (facts.groupStatus !== 'STARTING') return refused('GROUP_NOT_STARTING');
  if (facts.facilitatorForgotten) return refused('FACILITATOR_FORGOTTEN');
  if (!facts.sameDistrict) return refused('FACILITATOR_OTHER_DISTRICT');
  const unqualified = assignmentRefusal(facts.qualification);
  if (unqualified) return refused('FACILITATOR_NOT_QUALIFIED', unqualified);
  if (facts.assignedFacilitatorIds.includes(facts.facilitatorId)) return refused('ALREADY_ASSIGNED');
  if (facts.assignedFacilitatorIds.length >= MAX_FACILITATORS_PER_GROUP) return refused('GROUP_HAS_ENOUGH_FACILITATORS');
  return null;
}
