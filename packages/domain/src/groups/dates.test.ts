import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMinutesToLocalTime,
  addMonths,
  compareIsoDates,
  daysBetween,
  endOfMonth,
  instantToZonedParts,
  isIsoDate,
  isLocalTime,
  todayIn,
  weekdayOf,
  zonedDateTimeToInstant,
} from './dates.js';

describe('isIsoDate', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2026-01-31')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-1-5')).toBe(false);
    expect(isIsoDate('05.01.2026')).toBe(false);
    expect(isIsoDate('2026-01-05T00:00')).toBe(false);
    expect(isIsoDate(20260105)).toBe(false);
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate('2026-0a-05')).toBe(false);
    expect(isIsoDate('2026/01/05')).toBe(false);
    expect(isIsoDate('2026-01-05\n')).toBe(false);
    expect(isIsoDate('２０２６-01-05')).toBe(false);
    expect(isIsoDate('2026-11-30')).toBe(true);
    expect(isIsoDate('2026-11-31')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it('recognises HH:MM times', () => {
    expect(isLocalTime('00:00')).toBe(true);
    expect(isLocalTime('23:59')).toBe(true);
    expect(isLocalTime('24:00')).toBe(false);
    expect(isLocalTime('9:00')).toBe(false);
    expect(isLocalTime('18:60')).toBe(false);
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
  });

  it('adds months clamped to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addMonths('2026-07-10', 6)).toBe('2027-01-10');
  });

  it('counts days and compares dates', () => {
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(daysBetween('2026-03-01', '2026-01-01')).toBe(-59);
    expect(compareIsoDates('2026-01-02', '2026-01-10')).toBe(-1);
    expect(compareIsoDates('2026-01-10', '2026-01-10')).toBe(0);
    expect(compareIsoDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(endOfMonth('2028-02-03')).toBe('2028-02-29');
  });

  it('knows the weekday', () => {
    expect(weekdayOf('2026-01-06')).toBe('TUESDAY');
    expect(weekdayOf('2026-10-25')).toBe('SUNDAY');
    expect(weekdayOf('1970-01-01')).toBe('THURSDAY');
    expect(weekdayOf('1969-12-29')).toBe('MONDAY');
    expect(weekdayOf('2000-02-29')).toBe('TUESDAY');
  });

  it('refuses impossible dates rather than guessing', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => weekdayOf('nope')).toThrow(RangeError);
  });

  it('adds minutes to a wall-clock time, wrapping at midnight', () => {
    expect(addMinutesToLocalTime('18:00', 90)).toBe('19:30');
    expect(addMinutesToLocalTime('23:30', 45)).toBe('00:15');
  });
});

describe('Europe/Oslo conversions', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(zonedDateTimeToInstant('2026-01-06', '18:00').toISOString()).toBe('2026-01-06T17:00:00.000Z');
    expect(zonedDateTimeToInstant('2026-06-16', '18:00').toISOString()).toBe('2026-06-16T16:00:00.000Z');
  });

  it('moves a time in the spring gap forward: 2026-03-29 02:30 → 03:30 CEST', () => {
    const instant = zonedDateTimeToInstant('2026-03-29', '02:30');
    expect(instant.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(instantToZonedParts(instant).time).toBe('03:30');
    // Either side of the gap is exact.
    expect(zonedDateTimeToInstant('2026-03-29', '01:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(zonedDateTimeToInstant('2026-03-29', '03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('takes the first of a repeated autumn time: 2026-10-25 02:30 → CEST', () => {
    expect(zonedDateTimeToInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedDateTimeToInstant('2026-10-25', '03:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
    expect(zonedDateTimeToInstant('2026-10-25', '01:59').toISOString()).toBe('2026-10-24T23:59:00.000Z');
  });

  it('does not depend on the host time zone', () => {
    const hostZone = process.env.TZ;
    try {
      for (const zone of ['America/New_York', 'Pacific/Auckland', 'UTC']) {
        process.env.TZ = zone;
        expect(zonedDateTimeToInstant('2026-03-29', '02:30').toISOString(), zone).toBe('2026-03-29T01:30:00.000Z');
        expect(todayIn(new Date('2026-01-05T23:30:00Z')), zone).toBe('2026-01-06');
        expect(addMonths('2026-01-31', 1), zone).toBe('2026-02-28');
      }
    } finally {
      if (hostZone === undefined) delete process.env.TZ;
      else process.env.TZ = hostZone;
    }
  });

  it('gives the wall-clock parts of an instant', () => {
    const parts = instantToZonedParts(new Date('2026-10-25T00:30:00Z'));
    expect(parts).toMatchObject({ date: '2026-10-25', time: '02:30', hour: 2, minute: 30, weekday: 'SUNDAY' });
    expect(instantToZonedParts(new Date('2026-10-25T01:30:00Z')).time).toBe('02:30');
    expect(instantToZonedParts(new Date('2026-01-01T00:00:00Z'), 'UTC').time).toBe('00:00');
  });

  it('reads the same wall clock as Intl does, also in the hours offsets change', () => {
    // Every zone's offset is remembered per hour; these zones change at odd times and by odd amounts
    // (Lord Howe by 30 minutes, Monrovia in 1972 from -00:44:30 at a second past the hour).
    const zones = ['Europe/Oslo', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Africa/Monrovia'];
    const instants = [
      ...Array.from({ length: 24 * 8 }, (_, i) => Date.UTC(2026, 2, 26) + i * 1_799_999), // spring, every ~30 min
      ...Array.from({ length: 24 * 8 }, (_, i) => Date.UTC(2026, 9, 22) + i * 1_234_567), // autumn
      ...Array.from({ length: 40 }, (_, i) => Date.UTC(1972, 0, 7) - 1_000 + i * 5 * 60_000 + i * 777), // Monrovia
      Date.UTC(1850, 5, 1, 12, 34, 56),
      Date.UTC(1972, 0, 7, 0, 44, 29, 999),
      Date.UTC(1972, 0, 7, 0, 44, 30),
    ];
    for (const timeZone of zones) {
      const reference = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
      for (const instant of instants) {
        const parts = Object.fromEntries(
          reference.formatToParts(instant).map((part) => [part.type, part.value] as const),
        ) as Record<string, string>;
        const expected = `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
        const actual = instantToZonedParts(new Date(instant), timeZone);
        const pad = (n: number) => String(n).padStart(2, '0');
        expect(`${actual.date} ${actual.time}:${pad(actual.second)}`, `${timeZone} ${instant}`).toBe(expected);
      }
    }
  });

  it('knows which day it is in Oslo', () => {
    expect(todayIn(new Date('2026-01-05T22:59:59Z'))).toBe('2026-01-05');
    expect(todayIn(new Date('2026-01-05T23:00:00Z'))).toBe('2026-01-06');
    expect(todayIn(new Date('2026-07-05T22:00:00Z'))).toBe('2026-07-06');
    expect(todayIn(new Date('2026-07-05T22:00:00Z'), 'UTC')).toBe('2026-07-05');
  });

  it('refuses malformed times', () => {
    expect(() => zonedDateTimeToInstant('2026-01-01', '7:00')).toThrow(RangeError);
    expect(() => zonedDateTimeToInstant('2026-02-30', '07:00')).toThrow(RangeError);
  });
});
