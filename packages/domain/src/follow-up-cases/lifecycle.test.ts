import { describe, expect, it } from 'vitest';
import { refusalsOfZodError, renderMessage } from '../messages/index.js';
import {
  canChangeCaseStatus,
  caseFollowUpOnStatusChange,
  initialCaseFollowUpOn,
  makeCaseStatusChangeSchema,
} from './lifecycle.js';
import { CASE_STATUSES } from './types.js';

const TODAY = '2026-12-04';

const fieldsAndReasons = (schema: ReturnType<typeof makeCaseStatusChangeSchema>, input: unknown) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : refusalsOfZodError(parsed.error).map((r) => [r.field, r.reason]);
};

describe('case status transitions', () => {
  it('allows open ⇄ paused and closing from either; a closed case stays closed', () => {
    const allowed = CASE_STATUSES.flatMap((from) =>
      CASE_STATUSES.filter((to) => canChangeCaseStatus(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual(['OPEN→PAUSED', 'OPEN→CLOSED', 'PAUSED→OPEN', 'PAUSED→CLOSED']);
  });

  it('gives the first follow-up two weeks after opening, and none once closed', () => {
    expect(initialCaseFollowUpOn(TODAY)).toBe('2026-12-18');
    expect(caseFollowUpOnStatusChange('2026-12-18', 'PAUSED')).toBe('2026-12-18');
    expect(caseFollowUpOnStatusChange('2026-12-18', 'CLOSED')).toBeNull();
  });
});

describe('makeCaseStatusChangeSchema', () => {
  const fromOpen = makeCaseStatusChangeSchema(TODAY, 'OPEN');

  it('closes with an outcome, effective today unless dated earlier', () => {
    expect(fromOpen.parse({ status: 'CLOSED', outcome: 'JOINED_GROUP' })).toEqual({
      status: 'CLOSED',
      outcome: 'JOINED_GROUP',
      outcomeNote: null,
      effectiveDate: TODAY,
    });
    expect(
      fromOpen.parse({ status: 'CLOSED', outcome: 'OTHER', outcomeNote: 'Flyttet', effectiveDate: '2026-12-01' }),
    ).toMatchObject({ outcomeNote: 'Flyttet', effectiveDate: '2026-12-01' });
    expect(fromOpen.parse({ status: 'PAUSED', outcome: '' })).toMatchObject({ status: 'PAUSED', outcome: null });
  });

  it('wants an outcome to close, and a note when it is OTHER', () => {
    expect(fieldsAndReasons(fromOpen, { status: 'CLOSED' })).toEqual([['outcome', 'CASE_OUTCOME_REQUIRED']]);
    expect(fieldsAndReasons(fromOpen, { status: 'CLOSED', outcome: 'OTHER' })).toEqual([
      ['outcomeNote', 'CASE_OUTCOME_NOTE_REQUIRED'],
    ]);
    expect(fieldsAndReasons(fromOpen, { status: 'PAUSED', outcome: 'LOST_CONTACT' })).toEqual([
      ['outcome', 'CASE_OUTCOME_ONLY_WHEN_CLOSING'],
    ]);
  });

  it('refuses a transition not allowed, a future date and an identity number, explaining a closed case', () => {
    const fromClosed = makeCaseStatusChangeSchema(TODAY, 'CLOSED');
    const parsed = fromClosed.safeParse({ status: 'OPEN', effectiveDate: '2026-12-05' });
    const refusals = refusalsOfZodError(parsed.error!);
    expect(refusals).toEqual([
      { reason: 'CASE_STATUS_TRANSITION', field: 'status', params: { from: 'CLOSED', to: 'OPEN' } },
      { reason: 'DATE_IN_FUTURE', field: 'effectiveDate' },
    ]);
    expect(renderMessage('CASE_STATUS_TRANSITION', refusals[0]!.params, 'nb')).toContain('ny sak');
    expect(renderMessage('CASE_STATUS_TRANSITION', { from: 'OPEN', to: 'OPEN' }, 'en')).toBe(
      'The case already has status «open».',
    );
    expect(
      fieldsAndReasons(fromOpen, { status: 'CLOSED', outcome: 'OTHER', outcomeNote: 'Ny fnr 130972-48022' }),
    ).toEqual([['outcomeNote', 'NATIONAL_ID_NUMBER']]);
    expect(fieldsAndReasons(fromOpen, { status: 'ARCHIVED' })).toEqual([['status', 'STATUS_INVALID']]);
  });
});
