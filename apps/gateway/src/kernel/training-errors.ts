import { StaleVersionError, TrainingRuleError } from '@selvhjelp/db';
import type { TrainingRefusal, TrainingRuleCode } from '@selvhjelp/domain';
import { refusal, trainingRuleParams } from '@selvhjelp/domain';
import type { GatewayError } from './errors.js';
import { conflict, refused } from './errors.js';

// Which input field each refusal is about, so the portal can show it in the right place.
const RULE_FIELDS: Partial<Record<TrainingRuleCode, string>> = {
  ALREADY_ENROLLED: 'input.facilitatorId',
  FACILITATOR_FORGOTTEN: 'input.facilitatorId',
  FACILITATOR_OTHER_DISTRICT: 'input.facilitatorId',
  FACILITATOR_NOT_QUALIFIED: 'input.facilitatorId',
  ALREADY_ASSIGNED: 'input.facilitatorId',
  GROUP_NOT_STARTING: 'input.groupId',
  GROUP_HAS_ENOUGH_FACILITATORS: 'input.groupId',
  COURSE_NOT_OPEN_FOR_ENROLMENT: 'input.courseId',
  COURSE_CANCELLED: 'courseId',
  COURSE_COMPLETED: 'courseId',
  COURSE_STATUS_TRANSITION: 'input.status',
  SESSION_NOT_IN_COURSE: 'attendance',
  COURSE_CLOSED_FOR_CHANGES: 'input.id',
  ENROLMENT_NOT_ACTIVE: 'id',
};

// Refusals that are about the state of things rather than about what was typed.
const CONFLICTS = new Set<TrainingRuleCode>(['ALREADY_ENROLLED', 'ALREADY_ASSIGNED', 'ENROLMENT_NOT_ACTIVE']);

/** A training rule's refusal (the domain's, or the database's error) as the gateway's error: a conflict with the state of things, or bad input. */
export function trainingRefused(value: TrainingRefusal | TrainingRuleError): GatewayError {
  const code = value instanceof TrainingRuleError ? value.code : value.reason;
  const params = value instanceof TrainingRuleError ? (value.params ?? trainingRuleParams(code)) : value.params;
  return refused(refusal(code, RULE_FIELDS[code] ?? 'input', params), CONFLICTS.has(code) ? 'CONFLICT' : 'BAD_USER_INPUT');
}

/** Runs a write and turns the repository's typed refusals into the gateway's error codes. */
export async function translateTrainingErrors<T>(write: () => Promise<T>, staleReason: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof StaleVersionError) throw conflict(staleReason, 'input.version');
    if (error instanceof TrainingRuleError) throw trainingRefused(error);
    throw error;
  }
}
