import type { Refusal, RefusalParams } from '../messages/refusal.js';
import { refusal } from '../messages/refusal.js';
import type { QualificationStatus } from './types.js';
import { MAX_FACILITATORS_PER_GROUP } from './types.js';

/*
 * Rules checked inside a transaction (they depend on rows other writers may be
 * changing). The codes are stable for the API and are the refusals' reasons (texts: rule-messages.ts).
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

/** The params a rule's text needs when nothing more specific is known. */
export function trainingRuleParams(code: TrainingRuleCode): RefusalParams | undefined {
  return code === 'GROUP_HAS_ENOUGH_FACILITATORS' ? { maximum: MAX_FACILITATORS_PER_GROUP } : undefined;
}

/** A training rule's refusal; the reason is the rule's code. */
export interface TrainingRefusal extends Refusal {
  reason: TrainingRuleCode;
}

export const trainingRefusal = (
  code: TrainingRuleCode,
  params: RefusalParams | undefined = trainingRuleParams(code),
): TrainingRefusal => refusal(code, undefined, params) as TrainingRefusal;

/** Why a facilitator with this status cannot be assigned to a group; null when they can. */
export function assignmentRefusal(status: QualificationStatus): TrainingRefusal | null {
  if (status === 'QUALIFIED') return null;
  return trainingRefusal('FACILITATOR_NOT_QUALIFIED', { status });
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

const refused = trainingRefusal;

/**
 * Why no further facilitator can be assigned to a group that has these open assignments, or null.
 * The page says so before anyone fills in the form; the service checks it again under the lock.
 */
export function groupFacilitatorLimitRefusal(assignedFacilitatorIds: readonly string[]): TrainingRefusal | null {
  return assignedFacilitatorIds.length >= MAX_FACILITATORS_PER_GROUP ? refused('GROUP_HAS_ENOUGH_FACILITATORS') : null;
}

/** The candidates that may still be offered for the group: those not assigned to it now. */
export function assignableFacilitators<T extends { id: string }>(
  candidates: readonly T[],
  assignedFacilitatorIds: readonly string[],
): T[] {
  const assigned = new Set(assignedFacilitatorIds);
  return candidates.filter((candidate) => !assigned.has(candidate.id));
}

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
  if (unqualified) return unqualified;
  if (facts.assignedFacilitatorIds.includes(facts.facilitatorId)) return refused('ALREADY_ASSIGNED');
  return groupFacilitatorLimitRefusal(facts.assignedFacilitatorIds);
}
