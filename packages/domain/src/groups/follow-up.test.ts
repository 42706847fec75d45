import { describe, expect, it } from 'vitest';
import { messageOfZodIssue } from '../messages/index.js';
import {
  FOLLOW_UP_SOON_DAYS,
  followUpDueAfter,
  followUpDueOnStatusChange,
  followUpSoonCutoff,
  initialFollowUpDue,
  isFollowUpDueSoon,
  makeFollowUpSchema,
} from './follow-up.js';

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), messageOfZodIssue(issue as never)]);

describe('follow-up rules', () => {
  it('first check-in one month after the start, clamped to month end', () => {
    expect(initialFollowUpDue('2026-01-15')).toBe('2026-02-15');
    expect(initialFollowUpDue('2026-01-31')).toBe('2026-02-28');
  });

  it('next check-in six months after one, none for a closed group', () => {
    expect(followUpDueAfter('2026-03-10', 'RUNNING')).toBe('2026-09-10');
    expect(followUpDueAfter('2026-08-31', 'PAUSED')).toBe('2027-02-28');
    expect(followUpDueAfter('2026-03-10', 'CLOSED')).toBeNull();
  });

  it('sets, keeps or clears the due date on status changes', () => {
    expect(followUpDueOnStatusChange('2026-05-01', 'CLOSED', '2026-03-10')).toBeNull();
    expect(followUpDueOnStatusChange(null, 'CLOSED', '2026-03-10')).toBeNull();
    expect(followUpDueOnStatusChange(null, 'STARTING', '2026-03-10')).toBe('2026-04-10');
    expect(followUpDueOnStatusChange(null, 'RUNNING', '2026-03-31')).toBe('2026-04-30');
    expect(followUpDueOnStatusChange('2026-05-01', 'RUNNING', '2026-03-10')).toBe('2026-05-01');
    expect(followUpDueOnStatusChange('2026-05-01', 'PAUSED', '2026-03-10')).toBe('2026-05-01');
    expect(followUpDueOnStatusChange(null, 'PAUSED', '2026-03-10')).toBeNull();
    expect(followUpDueOnStatusChange(null, 'IDEA', '2026-03-10')).toBeNull();
  });

  it('counts overdue and due within 14 days as due soon', () => {
    expect(FOLLOW_UP_SOON_DAYS).toBe(14);
    expect(followUpSoonCutoff('2026-03-10')).toBe('2026-03-24');
    expect(isFollowUpDueSoon('2026-03-24', '2026-03-10')).toBe(true);
    expect(isFollowUpDueSoon('2026-01-01', '2026-03-10')).toBe(true);
    expect(isFollowUpDueSoon('2026-03-25', '2026-03-10')).toBe(false);
    expect(isFollowUpDueSoon(null, '2026-03-10')).toBe(false);
  });
});

describe('makeFollowUpSchema', () => {
  const schema = makeFollowUpSchema('2026-03-10');

  it('accepts a follow-up today with a trimmed note', () => {
    expect(schema.parse({ date: '2026-03-10', note: '  Gikk fint.  ' })).toEqual({
      date: '2026-03-10',
      note: 'Gikk fint.',
      nextFollowUpDue: null,
    });
    expect(schema.parse({ date: '2026-03-01', note: 'Ok', nextFollowUpDue: '2026-06-01' }).nextFollowUpDue).toBe(
      '2026-06-01',
    );
  });

  it('refuses future dates, empty notes and long notes', () => {
    expect(issuesOf(schema.safeParse({ date: '2026-03-11', note: 'Ok' }))).toEqual([
      ['date', 'Datoen kan ikke være i fremtiden.'],
    ]);
    expect(issuesOf(schema.safeParse({ date: '2026-02-29', note: 'Ok' }))).toEqual([['date', 'Ugyldig dato.']]);
    expect(issuesOf(schema.safeParse({ date: '2026-03-10', note: '   ' }))).toEqual([['note', 'Notat må fylles ut.']]);
    expect(issuesOf(schema.safeParse({ date: '2026-03-10', note: 'x'.repeat(2001) }))).toEqual([
      ['note', 'Notatet kan ha høyst 2000 tegn.'],
    ]);
  });

  it('wants the next due date after the follow-up', () => {
    expect(issuesOf(schema.safeParse({ date: '2026-03-01', note: 'Ok', nextFollowUpDue: '2026-03-01' }))).toEqual([
      ['nextFollowUpDue', 'Neste oppfølging må være etter datoen for denne oppfølgingen.'],
    ]);
    expect(issuesOf(schema.safeParse({ date: '2026-03-01', note: 'Ok', nextFollowUpDue: 'snart' }))).toEqual([
      ['nextFollowUpDue', 'Ugyldig dato.'],
    ]);
  });
});
