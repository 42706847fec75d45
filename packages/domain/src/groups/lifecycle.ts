import { z } from 'zod';
import { compareIsoDates, isIsoDate } from './dates.js';
import type { Refusal } from '../messages/refusal.js';
import { refusal } from '../messages/refusal.js';
import { refusalIssue } from '../messages/zod.js';
import type { GroupStatus, IsoDate } from './types.js';
import { GROUP_STATUSES } from './types.js';

/**
 * Which status a group may move to from each status. A group that never got going may go
 * back from STARTING to IDEA; a closed group stays closed (start a new one instead).
 */
export const ALLOWED_STATUS_TRANSITIONS: Readonly<Record<GroupStatus, readonly GroupStatus[]>> = Object.freeze({
  IDEA: Object.freeze(['STARTING', 'CLOSED'] as const),
  STARTING: Object.freeze(['RUNNING', 'IDEA', 'CLOSED'] as const),
  RUNNING: Object.freeze(['PAUSED', 'CLOSED'] as const),
  PAUSED: Object.freeze(['RUNNING', 'CLOSED'] as const),
  CLOSED: Object.freeze([] as const),
});

/** Whether a group may move from one status to another; staying put is not a change. */
export function canChangeStatus(from: GroupStatus, to: GroupStatus): boolean {
  return ALLOWED_STATUS_TRANSITIONS[from].includes(to);
}

/** Statuses a group can be shown in the public finder with (when also open for new members). */
export const PUBLIC_STATUSES: readonly GroupStatus[] = Object.freeze(['STARTING', 'RUNNING'] as const);

/**
 * A closed group has stopped: it meets no more, takes no one in and is not followed up, whatever
 * its schedule and its "open for new members" still say (they are kept as they were, for the record).
 */
export function isClosedGroup(group: { status: GroupStatus }): boolean {
  return group.status === 'CLOSED';
}

export function isPublicGroup(group: { status: GroupStatus; openForNewMembers: boolean }): boolean {
  return group.openForNewMembers && PUBLIC_STATUSES.includes(group.status);
}

export const STATUS_REASON_MIN_LENGTH = 3;
export const STATUS_REASON_MAX_LENGTH = 500;

/** The refusal of a transition; its text names both statuses. */
export function statusChangeRefusal(from: GroupStatus, to: GroupStatus): Refusal {
  return refusal('GROUP_STATUS_TRANSITION', undefined, { from, to });
}

/** The shape of a status change, without the rules that need today's date and the current status. */
export const statusChangeSchema = z.object({
  status: z.enum(GROUP_STATUSES, { message: 'STATUS_INVALID' }),
  reason: z
    .string({ message: 'STATUS_REASON_REQUIRED' })
    .trim()
    .min(STATUS_REASON_MIN_LENGTH, { message: 'STATUS_REASON_TOO_SHORT' })
    .max(STATUS_REASON_MAX_LENGTH, { message: 'STATUS_REASON_TOO_LONG' }),
  effectiveDate: z
    .string()
    .trim()
    .refine((value) => value === '' || isIsoDate(value), { message: 'INVALID_DATE' })
    .transform((value) => (value === '' ? null : value))
    .nullish(),
});

export interface StatusChange {
  status: GroupStatus;
  reason: string;
  effectiveDate: IsoDate;
}

/**
 * A status change for a group that now has `currentStatus`, on `today` (Europe/Oslo): the
 * transition must be allowed, and the effective date (default today) may not be in the future.
 */
export function makeStatusChangeSchema(today: IsoDate, currentStatus: GroupStatus) {
  return statusChangeSchema
    .superRefine((input, ctx) => {
      if (GROUP_STATUSES.includes(input.status) && !canChangeStatus(currentStatus, input.status)) {
        ctx.addIssue({
          code: 'custom',
          path: ['status'],
          ...refusalIssue(statusChangeRefusal(currentStatus, input.status)),
        });
      }
      if (typeof input.effectiveDate === 'string' && isIsoDate(input.effectiveDate)) {
        if (compareIsoDates(input.effectiveDate, today) > 0) {
          ctx.addIssue({ code: 'custom', path: ['effectiveDate'], message: 'DATE_IN_FUTURE' });
        }
      }
    })
    .transform((input): StatusChange => ({ ...input, effectiveDate: input.effectiveDate ?? today }));
}
