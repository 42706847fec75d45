import { addDays, compareIsoDates, instantToZonedParts, isIsoDate, zonedDateTimeToInstant } from './dates.js';
import { firstMeeting } from './schedule.js';
import type { IsoDate, Schedule, Weekday } from './types.js';
import { GROUP_TIMEZONE } from './types.js';

/*
 * RFC 5545 output for one group: a VCALENDAR with the Europe/Oslo VTIMEZONE and a single
 * recurring VEVENT. Local times are written with TZID so calendars keep 18:00 at 18:00 across
 * DST changes; instants that must be UTC (DTSTAMP, UNTIL, LAST-MODIFIED) end in Z.
 */

export const DEFAULT_ICALENDAR_PRODUCT_ID = '-//Selvhjelp Norge//Gruppekalender//NB';
export const ICALENDAR_UID_DOMAIN = 'selvhjelp.no';

export interface ICalendarGroup {
  slug: string;
  name: string;
  description: string;
  location: string | null;
  url: string;
  schedule: Schedule;
  updatedAt: Date;
}

export interface ICalendarOptions {
  /** Becomes DTSTAMP. */
  now: Date;
  productId?: string;
}

const BYDAY: Record<Weekday, string> = {
  MONDAY: 'MO',
  TUESDAY: 'TU',
  WEDNESDAY: 'WE',
  THURSDAY: 'TH',
  FRIDAY: 'FR',
  SATURDAY: 'SA',
  SUNDAY: 'SU',
};

// The EU rule in force since 1996; calendars apply the RRULEs from 1970 onwards.
export const OSLO_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${GROUP_TIMEZONE}`,
  `X-LIC-LOCATION:${GROUP_TIMEZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeICalendarText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line into physical lines of at most 75 octets (RFC 5545 §3.1), breaking
 * only between characters so a multi-byte UTF-8 sequence is never split.
 */
export function foldICalendarLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** `YYYYMMDDTHHMMSSZ`. */
export function formatICalendarUtc(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

/** `YYYYMMDDTHHMMSS` wall time in Europe/Oslo, for `;TZID=Europe/Oslo:` values. */
export function formatICalendarLocal(instant: Date): string {
  const parts = instantToZonedParts(instant, GROUP_TIMEZONE);
  return `${pad(parts.year, 4)}${pad(parts.month)}${pad(parts.day)}T${pad(parts.hour)}${pad(parts.minute)}${pad(parts.second)}`;
}

function localDateTime(date: IsoDate, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

/** The last instant of the end date's local day, as RRULE UNTIL (UTC). */
function untilOf(endDate: IsoDate): string {
  const nextMidnight = zonedDateTimeToInstant(addDays(endDate, 1), '00:00', GROUP_TIMEZONE);
  return formatICalendarUtc(new Date(nextMidnight.getTime() - 1000));
}

function recurrenceLines(schedule: Schedule, firstDay: IsoDate): string[] {
  const until = schedule.endDate && isIsoDate(schedule.endDate) ? `;UNTIL=${untilOf(schedule.endDate)}` : '';
  const byDay = schedule.weekday ? BYDAY[schedule.weekday] : '';
  switch (schedule.kind) {
    case 'WEEKLY':
      return [`RRULE:FREQ=WEEKLY;BYDAY=${byDay}${until}`];
    case 'BIWEEKLY':
      return [`RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=${byDay}${until}`];
    case 'MONTHLY_NTH_WEEKDAY':
      return [`RRULE:FREQ=MONTHLY;BYDAY=${schedule.nth ?? 1}${byDay}${until}`];
    case 'IRREGULAR': {
      const rest = [...new Set(schedule.dates.filter(isIsoDate))]
        .sort(compareIsoDates)
        .filter((date) => compareIsoDates(date, firstDay) > 0)
        .filter((date) => !schedule.endDate || compareIsoDates(date, schedule.endDate) <= 0)
        .map((date) => localDateTime(date, schedule.startTime));
      return rest.length > 0 ? [`RDATE;TZID=${GROUP_TIMEZONE}:${rest.join(',')}`] : [];
    }
  }
}

function eventLines(group: ICalendarGroup, now: Date): string[] {
  const first = firstMeeting(group.schedule);
  if (!first) return [];
  const firstDay = instantToZonedParts(first.start, GROUP_TIMEZONE).date;
  const description = [group.description.trim(), group.url].filter((part) => part !== '').join('\n\n');
  return [
    'BEGIN:VEVENT',
    `UID:${group.slug}@${ICALENDAR_UID_DOMAIN}`,
    `DTSTAMP:${formatICalendarUtc(now)}`,
    // The stated local time, even on the rare day it falls in the spring-forward gap.
    `DTSTART;TZID=${GROUP_TIMEZONE}:${localDateTime(firstDay, group.schedule.startTime)}`,
    `DTEND;TZID=${GROUP_TIMEZONE}:${formatICalendarLocal(first.end)}`,
    ...recurrenceLines(group.schedule, firstDay),
    `SUMMARY:${escapeICalendarText(group.name)}`,
    `DESCRIPTION:${escapeICalendarText(description)}`,
    ...(group.location ? [`LOCATION:${escapeICalendarText(group.location)}`] : []),
    `URL:${group.url}`,
    `LAST-MODIFIED:${formatICalendarUtc(group.updatedAt)}`,
    'END:VEVENT',
  ];
}

/**
 * An iCalendar file for a group's meetings. A schedule with no meeting between its start and
 * end dates gives a calendar without events.
 */
export function groupToICalendar(group: ICalendarGroup, options: ICalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId ?? DEFAULT_ICALENDAR_PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeICalendarText(group.name)}`,
    `X-WR-TIMEZONE:${GROUP_TIMEZONE}`,
    ...OSLO_VTIMEZONE,
    ...eventLines(group, options.now),
    'END:VCALENDAR',
  ];
  return lines.map(foldICalendarLine).join('\r\n') + '\r\n';
}
