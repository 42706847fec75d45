import type { TrainingRuleCode } from '@selvhjelp/domain';
import type { RefusalPlaces } from '../../kernel/data-errors.js';

export const STALE = 'COURSE_STALE';

// Enrolment waits for the course row lock; under a burst of sign-ups that can take a while.
export const LOCKING_TRANSACTION = { maxWaitMs: 20_000, timeoutMs: 20_000 };

// Which argument each rule's refusal is about, so the portal can show it in the right place.
export const PLACES: RefusalPlaces<TrainingRuleCode> = {
  ALREADY_ENROLLED: { field: 'input.facilitatorId', code: 'CONFLICT' },
  FACILITATOR_FORGOTTEN: 'input.facilitatorId',
  FACILITATOR_OTHER_DISTRICT: 'input.facilitatorId',
  COURSE_NOT_OPEN_FOR_ENROLMENT: 'input.courseId',
  COURSE_CANCELLED: 'courseId',
  COURSE_COMPLETED: 'courseId',
  COURSE_STATUS_TRANSITION: 'input.status',
  SESSION_NOT_IN_COURSE: 'attendance',
  COURSE_CLOSED_FOR_CHANGES: 'input.id',
  ENROLMENT_NOT_ACTIVE: { field: 'id', code: 'CONFLICT' },
};
