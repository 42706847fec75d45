import { describe, expect, it } from 'vitest';
import { accessLogEntries } from './access-log.js';

describe('accessLogEntries', () => {
  it('writes one entry per record shown, in order, with who, when, what and why', () => {
    const now = new Date('2026-12-04T13:05:00Z');
    const ids = Array.from({ length: 20 }, (_, i) => `case-${i}`);
    const entries = accessLogEntries(
      { staffUserId: 'staff-1', role: 'DISTRICT_STAFF' },
      { recordType: 'FOLLOW_UP_CASE', action: 'LIST', outcome: 'ALLOWED', purpose: 'CASE_WORK' },
      ids,
      now,
    );
    expect(entries).toHaveLength(20);
    expect(entries.map((e) => e.recordId)).toEqual(ids);
    expect(entries[0]).toEqual({
      occurredAt: now,
      staffUserId: 'staff-1',
      role: 'DISTRICT_STAFF',
      recordType: 'FOLLOW_UP_CASE',
      recordId: 'case-0',
      action: 'LIST',
      outcome: 'ALLOWED',
      purpose: 'CASE_WORK',
    });
  });

  it('logs a denied attempt like any other', () => {
    const [denied] = accessLogEntries(
      { staffUserId: 'staff-2', role: 'DISTRICT_STAFF' },
      { recordType: 'FOLLOW_UP_CASE', action: 'READ_NOTES', outcome: 'FORBIDDEN', purpose: 'CASE_WORK' },
      ['case-9'],
      new Date('2026-12-04T13:06:00Z'),
    );
    expect(denied).toMatchObject({ outcome: 'FORBIDDEN', action: 'READ_NOTES', recordId: 'case-9' });
  });
});
