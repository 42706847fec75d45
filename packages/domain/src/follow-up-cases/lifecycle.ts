import { z } from 'zod';
import { addDays, compareIsoDates, isIsoDate } from '../groups/dates.js';
import { isObjectPayload } from '../groups/schedule-input.js';
import type { IsoDate } from '../groups/types.js';
import type { Refusal } from '../messages/refusal.js';
import { refusal } from '../messages/refusal.js';
import { refusalIssue } from '../messages/zod.js';
import { optionalPersonText } from '../privacy/free-text.js';
import type { CaseOutcome, CaseStatus } from './types.js';
import { CASE_OUTCOMES, CASE_STATUSES } from './types.js';

/**
 * Which status a case may move to. A closed case stays closed: its retention clock runs from
 * closing and it may already be anonymised; someone who comes back is a new inquiry and case.
 */
export const ALLOWED_CASE_STATUS_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = Object.freeze({
  OPEN: Object.freeze(['PAUSED', 'CLOSED'] as const),
  PAUSED: Object.freeze(['OPEN', 'CLOSED'] as const),
  CLOSED: Object.freeze([] as const),
});

export function canChangeCaseStatus(from: CaseStatus, to: CaseStatus): boolean {
  return ALLOWED_CASE_STATUS_TRANSITIONS[from].includes(to);
}

export function caseStatusChangeRefusal(from: CaseStatus, to: CaseStatus): Refusal {
  return refusal('CASE_STATUS_TRANSITION', 'status', { from, to });
}

/** Statuses in which someone is being followed (a peer's load counts these). */
export const ACTIVE_CASE_STATUSES: readonly CaseStatus[] = Object.freeze(['OPEN', 'PAUSED'] as const);

/** A new case gets its first follow-up this many days after it opens, unless staff choose a day. */
export const FIRST_CASE_FOLLOW_UP_DAYS = 14;
/** A case follow-up due within this many days is on the due list. */
export const CASE_FOLLOW_UP_SOON_DAYS = 7;
export const CASE_OUTCOME_NOTE_MAX_LENGTH = 500;

export function initialCaseFollowUpOn(openedOn: IsoDate): IsoDate {
  return addDays(openedOn, FIRST_CASE_FOLLOW_UP_DAYS);
}

/** A closed case has no next follow-up; other changes keep the day that stands. */
export function caseFollowUpOnStatusChange(current: IsoDate | null, to: CaseStatus): IsoDate | null {
  return to === 'CLOSED' ? null : current;
}

export interface CaseStatusChange {
  status: CaseStatus;
  /** Set exactly when the case closes. */
  outcome: CaseOutcome | null;
  outcomeNote: string | null;
  effectiveDate: IsoDate;
}

/**
 * A status change for a case that now has `currentStatus`, on `today`: the transition must be
 * allowed; closing needs an outcome (and a few words when the outcome is OTHER); the effective
 * date (default today) may not be in the future.
 */
export function makeCaseStatusChangeSchema(today: IsoDate, currentStatus: CaseStatus) {
  return z
    .object({
      status: z.enum(CASE_STATUSES, { message: 'STATUS_INVALID' }),
      outcome: z.preprocess(
        (value) => (value === '' || value === undefined ? null : value),
        z.enum(CASE_OUTCOMES, { message: 'CASE_OUTCOME_REQUIRED' }).nullable(),
      ),
      outcomeNote: optionalPersonText(CASE_OUTCOME_NOTE_MAX_LENGTH, 'NOTE_TOO_LONG'),
      effectiveDate: z
        .string()
        .trim()
        .nullish()
        .transform((value) => (value ? value : null))
        .refine((value) => value === null || isIsoDate(value), { message: 'INVALID_DATE' }),
    })
    .superRefine(
      (input, ctx) => {
        const status = input.status as unknown;
        if (CASE_STATUSES.includes(status as CaseStatus) && !canChangeCaseStatus(currentStatus, status as CaseStatus))
          ctx.addIssue({
            code: 'custom',
            path: ['status'],
            ...refusalIssue(caseStatusChangeRefusal(currentStatus, status as CaseStatus)),
          });
        const outcome = input.outcome as unknown;
        if (status === 'CLOSED' && (outcome === null || outcome === undefined))
          ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'CASE_OUTCOME_REQUIRED' });
        if (status !== 'CLOSED' && outcome !== null && outcome !== undefined)
          ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'CASE_OUTCOME_ONLY_WHEN_CLOSING' });
        if (status === 'CLOSED' && outcome === 'OTHER' && !input.outcomeNote)
          ctx.addIssue({ code: 'custom', path: ['outcomeNote'], message: 'CASE_OUTCOME_NOTE_REQUIRED' });
        const date = input.effectiveDate as unknown;
        if (typeof date === 'string' && isIsoDate(date) && compareIsoDates(date, today) > 0)
          ctx.addIssue({ code: 'custom', path: ['effectiveDate'], message: 'DATE_IN_FUTURE' });
      },
      { when: isObjectPayload },
    )
    .transform((input): CaseStatusChange => ({
      status: input.status,
      outcome: input.status === 'CLOSED' ? input.outcome : null,
      outcomeNote: input.status === 'CLOSED' ? input.outcomeNote : null,
      effectiveDate: input.effectiveDate ?? today,
    }));
}

export type CaseStatusChangeInput = z.input<ReturnType<typeof makeCaseStatusChangeSchema>>;
