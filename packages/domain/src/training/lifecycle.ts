import { z } from 'zod';
import { isObjectPayload } from '../groups/schedule-input.js';
import type { Refusal } from '../messages/refusal.js';
import { refusal } from '../messages/refusal.js';
import type { CourseStatus, CourseType } from './types.js';
import { COURSE_STATUSES, QUALIFYING_COURSE_TYPES } from './types.js';

/** PLANNED → OPEN → RUNNING → COMPLETED; CANCELLED from any status that is not final. */
export const ALLOWED_COURSE_STATUS_TRANSITIONS: Readonly<Record<CourseStatus, readonly CourseStatus[]>> = Object.freeze(
  {
    PLANNED: Object.freeze(['OPEN', 'CANCELLED'] as const),
    OPEN: Object.freeze(['RUNNING', 'CANCELLED'] as const),
    RUNNING: Object.freeze(['COMPLETED', 'CANCELLED'] as const),
    COMPLETED: Object.freeze([] as const),
    CANCELLED: Object.freeze([] as const),
  },
);

export function canChangeCourseStatus(from: CourseStatus, to: CourseStatus): boolean {
  return ALLOWED_COURSE_STATUS_TRANSITIONS[from].includes(to);
}

/** Statuses in which staff may enrol facilitators. */
export const ENROLMENT_OPEN_STATUSES: readonly CourseStatus[] = Object.freeze(['PLANNED', 'OPEN'] as const);

/** Why the course cannot change from one status to the other (COURSE_STATUS_TRANSITION names both). */
export function courseStatusChangeRefusal(from: CourseStatus, to: CourseStatus): Refusal {
  return refusal('COURSE_STATUS_TRANSITION', undefined, { from, to });
}

/**
 * Whether an enrolment that attended `sessionsAttended` of `sessionCount` sessions completed the
 * course and so counts as a qualification. BASIC and REFRESHER need every session; a network
 * meeting never qualifies.
 */
export function meetsCompletionRule(courseType: CourseType, sessionsAttended: number, sessionCount: number): boolean {
  if (!QUALIFYING_COURSE_TYPES.includes(courseType)) return false;
  return sessionCount > 0 && sessionsAttended >= sessionCount;
}

export const CANCEL_REASON_MAX_LENGTH = 500;

/** `{ status, reason }`; a reason is required for CANCELLED and ignored otherwise. */
export const courseStatusChangeSchema = z
  .object({
    status: z.enum(COURSE_STATUSES, { message: 'STATUS_INVALID' }),
    reason: z
      .string()
      .trim()
      .max(CANCEL_REASON_MAX_LENGTH, { message: 'STATUS_REASON_TOO_LONG' })
      .nullish()
      .transform((value) => (value ? value : null)),
  })
  .superRefine(
    (input, ctx) => {
      if (input.status === 'CANCELLED' && !input.reason) {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: 'CANCEL_REASON_REQUIRED' });
      }
    },
    { when: isObjectPayload },
  )
  .transform((input) => ({ status: input.status, reason: input.status === 'CANCELLED' ? input.reason : null }));

export type CourseStatusChange = z.output<typeof courseStatusChangeSchema>;
