import type { IsoDate, Weekday } from './types.js';
import { GROUP_TIMEZONE, WEEKDAYS } from './types.js';
import { dateTimeFormat } from '../intl.js';

/*
 * Calendar days are handled as plain numbers (days since 1970-01-01), never as `Date`s, so
 * no host time zone can shift them. Only the conversion between a local wall time and an
 * instant asks `Intl.DateTimeFormat` for the zone's offset.
 */

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MS_PER_DAY = 86_400_000;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface ZonedParts extends CalendarDate {
  hour: number;
  minute: number;
  second: number;
  /** `YYYY-MM-DD` in the zone. */
  date: IsoDate;
  /** `HH:MM` in the zone. */
  time: string;
  weekday: Weekday;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number the ASCII digits of `text` from `start` to `end` spell, or -1 when one is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const HYPHEN = 45;

/** Whether `value` is a `YYYY-MM-DD` string naming a real calendar day. */
export function isIsoDate(value: unknown): value is IsoDate {
  // Read character by character: this runs for every date of every row a list sends, and a
  // regular expression's match allocates.
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== HYPHEN || value.charCodeAt(7) !== HYPHEN) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Whether `value` is a 24-hour `HH:MM` time. */
export function isLocalTime(value: unknown): value is string {
  return typeof value === 'string' && LOCAL_TIME.test(value);
}

export function parseIsoDate(date: IsoDate): CalendarDate {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${String(date)}`);
  return { year: digitsAt(date, 0, 4), month: digitsAt(date, 5, 7), day: digitsAt(date, 8, 10) };
}

export function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
function toEpochDay({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function fromEpochDay(epochDay: number): CalendarDate {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return formatIsoDate(fromEpochDay(toEpochDay(parseIsoDate(date)) + days));
}

/** Adds calendar months, clamping to the month's last day (2026-01-31 + 1 month = 2026-02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return formatIsoDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(parseIsoDate(to)) - toEpochDay(parseIsoDate(from));
}

export function weekdayOf(date: IsoDate): Weekday {
  // 1970-01-01 was a Thursday (index 3 with Monday = 0).
  const index = (((toEpochDay(parseIsoDate(date)) + 3) % 7) + 7) % 7;
  return WEEKDAYS[index] as Weekday;
}

export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const difference = daysBetween(b, a);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/** The last day of the date's month. */
export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = parseIsoDate(date);
  return formatIsoDate({ year, month, day: daysInMonth(year, month) });
}

const PARTS_OPTIONS: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
};

interface WallClock extends CalendarDate {
  hour: number;
  minute: number;
  second: number;
}

/** The zone's wall clock at a whole second, as `Intl.DateTimeFormat` reads it (the exact, slow way). */
function wallClockAt(instantMs: number, timeZone: string): WallClock {
  const values: Record<string, number> = {};
  for (const part of dateTimeFormat('en-US', { ...PARTS_OPTIONS, timeZone }).formatToParts(instantMs)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 0,
    month: values.month ?? 0,
    day: values.day ?? 0,
    hour: (values.hour ?? 0) % 24,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

function exactOffsetAt(wholeSecondMs: number, timeZone: string): number {
  const wall = wallClockAt(wholeSecondMs, timeZone);
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - wholeSecondMs;
}

/*
 * A zone's offset changes a few times a year, never twice within an hour. So the offset is
 * asked of `Intl` at the first and the last second of each UTC hour once: when they agree it
 * holds for the whole hour and is remembered; the hour of a change (null) is asked every time.
 * Schedules compute dozens of meetings per page, each several conversions: this turns
 * `formatToParts` calls (microseconds each) into a map lookup.
 */
const MS_PER_HOUR = 3_600_000;
const CACHED_FROM = Date.UTC(1900, 0, 1);
const CACHED_UNTIL = Date.UTC(9999, 0, 1);
const MAX_CACHED_HOURS = 100_000;
const hourOffsets = new Map<string, Map<number, number | null>>();

/** The zone's offset from UTC at an instant, in milliseconds (Oslo: +1 h or +2 h). */
export function zoneOffsetAt(instantMs: number, timeZone: string = GROUP_TIMEZONE): number {
  const wholeSeconds = Math.floor(instantMs / 1000) * 1000;
  if (!(wholeSeconds >= CACHED_FROM && wholeSeconds < CACHED_UNTIL)) return exactOffsetAt(wholeSeconds, timeZone);
  let hours = hourOffsets.get(timeZone);
  if (!hours) {
    hours = new Map();
    hourOffsets.set(timeZone, hours);
  }
  const hourStart = Math.floor(wholeSeconds / MS_PER_HOUR) * MS_PER_HOUR;
  let offset = hours.get(hourStart);
  if (offset === undefined) {
    const first = exactOffsetAt(hourStart, timeZone);
    offset = first === exactOffsetAt(hourStart + MS_PER_HOUR - 1000, timeZone) ? first : null;
    if (hours.size >= MAX_CACHED_HOURS) hours.clear();
    hours.set(hourStart, offset);
  }
  return offset ?? exactOffsetAt(wholeSeconds, timeZone);
}

/** The wall clock is the instant shifted by the zone's offset, read as UTC. */
function shiftedWallClock(wholeSecondMs: number, timeZone: string): WallClock {
  const wall = new Date(wholeSecondMs + zoneOffsetAt(wholeSecondMs, timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

/** The wall-clock date and time an instant has in a zone. */
export function instantToZonedParts(instant: Date, timeZone: string = GROUP_TIMEZONE): ZonedParts {
  const instantMs = instant.getTime();
  if (Number.isNaN(instantMs)) throw new RangeError('Invalid instant');
  const wholeSeconds = Math.floor(instantMs / 1000) * 1000;
  const { year, month, day, hour, minute, second } =
    wholeSeconds >= CACHED_FROM && wholeSeconds < CACHED_UNTIL
      ? shiftedWallClock(wholeSeconds, timeZone)
      : wallClockAt(wholeSeconds, timeZone);
  const date = formatIsoDate({ year, month, day });
  const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return { year, month, day, hour, minute, second, date, time, weekday: weekdayOf(date) };
}

/**
 * The instant a local date and time names in a zone. A time skipped by the spring change
 * (02:30 on 2026-03-29) is moved forward by the gap (03:30 CEST); a time that happens twice
 * in the autumn (02:30 on 2026-10-25) is the first one (CEST).
 */
export function zonedDateTimeToInstant(date: IsoDate, time: string, timeZone: string = GROUP_TIMEZONE): Date {
  if (!isLocalTime(time)) throw new RangeError(`Not a HH:MM time: ${String(time)}`);
  const { year, month, day } = parseIsoDate(date);
  const wallMs = Date.UTC(year, month - 1, day, Number(time.slice(0, 2)), Number(time.slice(3, 5)));
  // Assumes at most one offset change within a day on either side, true of every real zone.
  const offsetBefore = zoneOffsetAt(wallMs - MS_PER_DAY, timeZone);
  const offsetAfter = zoneOffsetAt(wallMs + MS_PER_DAY, timeZone);
  const candidates = [wallMs - offsetBefore, wallMs - offsetAfter].filter(
    (candidate) => candidate + zoneOffsetAt(candidate, timeZone) === wallMs,
  );
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  return new Date(wallMs - offsetBefore);
}

/** The calendar day it is in the zone at `now`. */
export function todayIn(now: Date, timeZone: string = GROUP_TIMEZONE): IsoDate {
  return instantToZonedParts(now, timeZone).date;
}

/** Adds minutes to a wall-clock `HH:MM`, wrapping past midnight (for display only). */
export function addMinutesToLocalTime(time: string, minutes: number): string {
  if (!isLocalTime(time)) throw new RangeError(`Not a HH:MM time: ${String(time)}`);
  const total = (((Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
