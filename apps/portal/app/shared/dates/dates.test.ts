import { describe, expect, it } from 'vitest';
import { createTranslator, formatDateTime } from '../i18n/i18n';
import { addDays, formatDate, formatMeeting, isIsoDate, isOverdue, todayInOslo } from './dates';

describe('meetings in Europe/Oslo', () => {
  it('shows winter meetings at UTC+1', () => {
    const text = formatMeeting('nb', '2026-03-03T17:00:00.000Z', '2026-03-03T18:30:00.000Z');
    expect(text).toContain('tirsdag 3. mars 2026');
    expect(text).toMatch(/18:00\s*–\s*19:30/);
  });

  it('shows summer meetings at UTC+2', () => {
    const text = formatMeeting('nb', '2026-06-02T16:00:00.000Z', '2026-06-02T17:30:00.000Z');
    expect(text).toContain('tirsdag 2. juni 2026');
    expect(text).toMatch(/18:00\s*–\s*19:30/);
  });

  it('keeps the local time across the change to summer time (29 March 2026)', () => {
    expect(formatMeeting('nb', '2026-03-24T17:00:00.000Z', '2026-03-24T18:00:00.000Z')).toMatch(/18:00/);
    expect(formatMeeting('nb', '2026-03-31T16:00:00.000Z', '2026-03-31T17:00:00.000Z')).toMatch(/18:00/);
  });

  it('writes English with English names', () => {
    const text = formatMeeting('en', '2026-03-03T17:00:00.000Z', '2026-03-03T18:30:00.000Z');
    expect(text).toContain('Tuesday');
    expect(text).toContain('March');
  });

  it('shows the start alone when the end is missing or not after it', () => {
    expect(formatMeeting('nb', '2026-03-03T17:00:00.000Z', 'not a date')).toMatch(/18:00$/);
  });

  it('gives the same text when asked again, in each language', () => {
    const args = ['2026-03-03T17:00:00.000Z', '2026-03-03T18:30:00.000Z'] as const;
    const nb = formatMeeting('nb', ...args);
    const en = formatMeeting('en', ...args);
    expect(en).not.toBe(nb);
    expect(formatMeeting('nb', ...args)).toBe(nb);
    expect(formatMeeting('en', ...args)).toBe(en);
  });
});

describe('calendar days', () => {
  it('formats a date without shifting it a day in any server zone', () => {
    expect(formatDate('nb', '2026-01-01')).toBe('1. januar 2026');
    expect(formatDate('en', '2026-12-31')).toBe('31 December 2026');
  });

  it('leaves text that is not a date alone', () => {
    expect(formatDate('nb', 'snart')).toBe('snart');
  });

  it('knows today in Oslo, not in UTC', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Oslo.
    expect(todayInOslo(new Date('2026-12-31T23:30:00.000Z'))).toBe('2027-01-01');
    expect(todayInOslo(new Date('2026-06-30T21:59:00.000Z'))).toBe('2026-06-30');
    expect(todayInOslo(new Date('2026-06-30T22:00:00.000Z'))).toBe('2026-07-01');
  });

  it('checks, adds and compares ISO dates', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-1-1')).toBe(false);
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(isOverdue('2026-11-21', '2026-11-22')).toBe(true);
    expect(isOverdue('2026-11-22', '2026-11-22')).toBe(false);
  });
});

describe('formatters', () => {
  it('builds no Intl formatter per call once a locale has been used', () => {
    // Warm up every formatter these functions use, in both languages.
    for (const lang of ['nb', 'en'] as const) {
      formatMeeting(lang, '2026-03-03T17:00:00.000Z', '2026-03-03T18:30:00.000Z');
      formatDate(lang, '2026-01-01');
      formatDateTime(lang, '2026-01-01T12:00:00.000Z');
      createTranslator(lang)('facilitators.list.caption', { count: 2 });
    }
    todayInOslo();
    const built = countConstructions();
    try {
      for (const lang of ['nb', 'en'] as const) {
        expect(formatMeeting(lang, '2026-06-02T16:00:00.000Z', '2026-06-02T17:30:00.000Z')).toMatch(/18:00/);
        expect(formatDate(lang, '2026-12-31')).toMatch(/2026/);
        expect(formatDateTime(lang, '2026-12-31T12:00:00.000Z')).toMatch(/13:00/);
        expect(createTranslator(lang)('facilitators.list.caption', { count: 1 })).toMatch(/^1 /);
      }
      expect(todayInOslo(new Date('2026-12-31T23:30:00.000Z'))).toBe('2027-01-01');
      expect(built()).toEqual({ DateTimeFormat: 0, PluralRules: 0 });
    } finally {
      built.restore();
    }
  });
});

/** Counts `new Intl.DateTimeFormat` and `new Intl.PluralRules` from now until `restore()`. */
function countConstructions() {
  // Writable view: PluralRules is declared read-only in TypeScript's lib (it is not at run time).
  const intl = Intl as { -readonly [K in keyof typeof Intl]: (typeof Intl)[K] };
  const { DateTimeFormat, PluralRules } = Intl;
  const counts = { DateTimeFormat: 0, PluralRules: 0 };
  intl.DateTimeFormat = class extends DateTimeFormat {
    constructor(...args: ConstructorParameters<typeof DateTimeFormat>) {
      super(...args);
      counts.DateTimeFormat += 1;
    }
  } as typeof Intl.DateTimeFormat;
  intl.PluralRules = class extends PluralRules {
    constructor(...args: ConstructorParameters<typeof PluralRules>) {
      super(...args);
      counts.PluralRules += 1;
    }
  } as typeof Intl.PluralRules;
  return Object.assign(() => ({ ...counts }), {
    restore() {
      intl.DateTimeFormat = DateTimeFormat;
      intl.PluralRules = PluralRules;
    },
  });
}
