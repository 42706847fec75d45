import { describe, expect, it } from 'vitest';
import { messageOfZodIssue } from '../messages/index.js';
import {
  ALLOWED_STATUS_TRANSITIONS,
  canChangeStatus,
  isPublicGroup,
  makeStatusChangeSchema,
  PUBLIC_STATUSES,
  statusChangeSchema,
} from './lifecycle.js';
import type { GroupStatus } from './types.js';
import { GROUP_STATUSES } from './types.js';

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), messageOfZodIssue(issue as never)]);

describe('status transitions', () => {
  it('allows exactly the lifecycle steps', () => {
    const allowed = GROUP_STATUSES.flatMap((from) =>
      GROUP_STATUSES.filter((to) => canChangeStatus(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'IDEA→STARTING',
        'IDEA→CLOSED',
        'STARTING→RUNNING',
        'STARTING→IDEA',
        'STARTING→CLOSED',
        'RUNNING→PAUSED',
        'RUNNING→CLOSED',
        'PAUSED→RUNNING',
        'PAUSED→CLOSED',
      ].sort(),
    );
  });

  it('never allows staying put, and CLOSED is final', () => {
    for (const status of GROUP_STATUSES) expect(canChangeStatus(status, status), status).toBe(false);
    expect(ALLOWED_STATUS_TRANSITIONS.CLOSED).toEqual([]);
  });

  it('lets every non-closed status reach CLOSED', () => {
    for (const status of GROUP_STATUSES.filter((s) => s !== 'CLOSED'))
      expect(canChangeStatus(status, 'CLOSED')).toBe(true);
  });
});

describe('isPublicGroup', () => {
  it('shows starting and running groups that are open for new members', () => {
    expect(PUBLIC_STATUSES).toEqual(['STARTING', 'RUNNING']);
    const shown = (status: GroupStatus, openForNewMembers: boolean) => isPublicGroup({ status, openForNewMembers });
    expect(shown('STARTING', true)).toBe(true);
    expect(shown('RUNNING', true)).toBe(true);
    expect(shown('RUNNING', false)).toBe(false);
    expect(shown('IDEA', true)).toBe(false);
    expect(shown('PAUSED', true)).toBe(false);
    expect(shown('CLOSED', true)).toBe(false);
  });
});

describe('makeStatusChangeSchema', () => {
  const schema = makeStatusChangeSchema('2026-03-10', 'RUNNING');

  it('accepts an allowed change, trims the reason and defaults the date to today', () => {
    expect(schema.parse({ status: 'PAUSED', reason: '  Sommerpause  ' })).toEqual({
      status: 'PAUSED',
      reason: 'Sommerpause',
      effectiveDate: '2026-03-10',
    });
    expect(schema.parse({ status: 'CLOSED', reason: 'Lagt ned', effectiveDate: '2026-03-01' }).effectiveDate).toBe(
      '2026-03-01',
    );
    expect(schema.parse({ status: 'CLOSED', reason: 'Lagt ned', effectiveDate: null }).effectiveDate).toBe(
      '2026-03-10',
    );
  });

  it('refuses an illegal transition on `status`, naming both statuses', () => {
    expect(issuesOf(schema.safeParse({ status: 'IDEA', reason: 'Feil' }))).toEqual([
      ['status', 'Status kan ikke endres fra «i gang (selvgående)» til «idé».'],
    ]);
    expect(
      issuesOf(makeStatusChangeSchema('2026-03-10', 'CLOSED').safeParse({ status: 'RUNNING', reason: 'Igjen' })),
    ).toEqual([['status', 'Status kan ikke endres fra «avsluttet» til «i gang (selvgående)».']]);
    expect(issuesOf(schema.safeParse({ status: 'RUNNING', reason: 'Samme' }))).toEqual([
      ['status', 'Gruppen har allerede status «i gang (selvgående)».'],
    ]);
  });

  it('checks the reason length after trimming', () => {
    expect(issuesOf(schema.safeParse({ status: 'PAUSED', reason: '  ab  ' }))).toEqual([
      ['reason', 'Begrunnelsen må ha minst 3 tegn.'],
    ]);
    expect(issuesOf(schema.safeParse({ status: 'PAUSED', reason: 'x'.repeat(501) }))).toEqual([
      ['reason', 'Begrunnelsen kan ha høyst 500 tegn.'],
    ]);
    expect(schema.safeParse({ status: 'PAUSED', reason: 'x'.repeat(500) }).success).toBe(true);
  });

  it('refuses future and invalid effective dates', () => {
    expect(issuesOf(schema.safeParse({ status: 'PAUSED', reason: 'Pause', effectiveDate: '2026-03-11' }))).toEqual([
      ['effectiveDate', 'Datoen kan ikke være i fremtiden.'],
    ]);
    expect(issuesOf(schema.safeParse({ status: 'PAUSED', reason: 'Pause', effectiveDate: '2026-02-30' }))).toEqual([
      ['effectiveDate', 'Ugyldig dato.'],
    ]);
  });

  it('reports every problem at once', () => {
    const paths = issuesOf(schema.safeParse({ status: 'IDEA', reason: '', effectiveDate: '2030-01-01' })).map(
      ([path]) => path,
    );
    expect(paths.sort()).toEqual(['effectiveDate', 'reason', 'status']);
  });

  it('refuses an unknown status in the base schema', () => {
    expect(issuesOf(statusChangeSchema.safeParse({ status: 'DONE', reason: 'Ferdig' }))).toEqual([
      ['status', 'Velg en gyldig status.'],
    ]);
  });
});
