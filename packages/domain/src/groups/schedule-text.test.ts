import { describe, expect, it } from 'vitest';
import { describeSchedule, formatShortDate } from './schedule-text.js';
import type { Schedule } from './types.js';

function schedule(overrides: Partial<Schedule>): Schedule {
  return {
    kind: 'WEEKLY',
    weekday: 'TUESDAY',
    nth: null,
    dates: [],
    startTime: '18:00',
    durationMinutes: 90,
    startDate: '2026-01-01',
    endDate: null,
    ...overrides,
  };
}

describe('describeSchedule', () => {
  it('describes each kind in bokmål', () => {
    expect(describeSchedule(schedule({}), 'nb')).toBe('Hver tirsdag kl. 18:00–19:30');
    expect(describeSchedule(schedule({ kind: 'BIWEEKLY', weekday: 'THURSDAY' }), 'nb')).toBe(
      'Annenhver torsdag kl. 18:00–19:30',
    );
    expect(describeSchedule(schedule({ kind: 'MONTHLY_NTH_WEEKDAY', nth: 2 }), 'nb')).toBe(
      'Andre tirsdag i måneden kl. 18:00–19:30',
    );
    expect(describeSchedule(schedule({ kind: 'MONTHLY_NTH_WEEKDAY', weekday: 'MONDAY', nth: -1 }), 'nb')).toBe(
      'Siste mandag i måneden kl. 18:00–19:30',
    );
    expect(
      describeSchedule(schedule({ kind: 'IRREGULAR', weekday: null, dates: ['2026-02-02', '2026-01-12'] }), 'nb'),
    ).toBe('Uregelmessig: 12. jan., 2. feb. kl. 18:00–19:30');
  });

  it('describes each kind in English', () => {
    expect(describeSchedule(schedule({}), 'en')).toBe('Every Tuesday, 18:00–19:30');
    expect(describeSchedule(schedule({ kind: 'BIWEEKLY', weekday: 'THURSDAY' }), 'en')).toBe(
      'Every other Thursday, 18:00–19:30',
    );
    expect(describeSchedule(schedule({ kind: 'MONTHLY_NTH_WEEKDAY', nth: 1 }), 'en')).toBe(
      'First Tuesday of the month, 18:00–19:30',
    );
    expect(describeSchedule(schedule({ kind: 'IRREGULAR', weekday: null, dates: ['2026-01-12'] }), 'en')).toBe(
      'Irregular: 12 Jan, 18:00–19:30',
    );
  });

  it('wraps the end time past midnight', () => {
    expect(describeSchedule(schedule({ startTime: '23:00', durationMinutes: 120 }), 'nb')).toBe(
      'Hver tirsdag kl. 23:00–01:00',
    );
  });

  it('adds years when irregular dates span years, and shortens long lists', () => {
    const spanning = schedule({ kind: 'IRREGULAR', weekday: null, dates: ['2026-12-07', '2027-01-11'] });
    expect(describeSchedule(spanning, 'nb')).toBe('Uregelmessig: 7. des. 2026, 11. jan. 2027 kl. 18:00–19:30');
    const many = schedule({
      kind: 'IRREGULAR',
      weekday: null,
      dates: Array.from({ length: 10 }, (_, index) => `2026-03-${String(index + 1).padStart(2, '0')}`),
    });
    expect(describeSchedule(many, 'nb')).toMatch(/^Uregelmessig: 1\. mar\., .*8\. mar\. og 2 til kl\. 18:00–19:30$/);
  });

  it('formats short dates', () => {
    expect(formatShortDate('2026-05-17', 'nb')).toBe('17. mai');
    expect(formatShortDate('2026-05-17', 'en', true)).toBe('17 May 2026');
  });
});
