import {
  addDays,
  addMonths,
  compareIsoDates,
  daysBetween,
  endOfMonth,
  isIsoDate,
  isLocalTime,
  parseIsoDate,
  todayIn,
  weekdayOf,
  zonedDateTimeToInstant,
} from './dates.js';
import type { IsoDate, MeetingTime, Schedule, Weekday } from './types.js';
import { GROUP_TIMEZONE, WEEKDAYS } from './types.js';

/** The most meetings one call computes, whatever it asks for. */
export const MAX_MEETINGS_PER_CALL = 1000;

/** Monday = 0 … Sunday = 6. */
function weekdayIndex(weekday: Weekday): number {
  return WEEKDAYS.indexOf(weekday);
}

/** The first day on or after `date` that falls on `weekday`. */
export function nextWeekdayOnOrAfter(date: IsoDate, weekday: Weekday): IsoDate {
  return addDays(date, (weekdayIndex(weekday) - weekdayIndex(weekdayOf(date)) + 7) % 7);
}

/** The nth (1–4) or last (-1) given weekday of the month that `dateInMonth` lies in; null for other nth. */
export function nthWeekdayOfMonth(dateInMonth: IsoDate, weekday: Weekday, nth: number): IsoDate | null {
  const { year, month } = parseIsoDate(dateInMonth);
  const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  if (nth === -1) {
    const last = endOfMonth(first);
    return addDays(last, -((weekdayIndex(weekdayOf(last)) - weekdayIndex(weekday) + 7) % 7));
  }
  if (!Number.isInteger(nth) || nth < 1 || nth > 4) return null;
  return addDays(nextWeekdayOnOrAfter(first, weekday), 7 * (nth - 1));
}

/** The meeting days on or after `lower` (itself on or after the start date), in order; endless for recurring kinds. */
function* meetingDaysFrom(schedule: Schedule, lower: IsoDate): Generator<IsoDate> {
  const { weekday } = schedule;
  switch (schedule.kind) {
    case 'WEEKLY': {
      if (!weekday) return;
      for (let day = nextWeekdayOnOrAfter(lower, weekday); ; day = addDays(day, 7)) yield day;
    }
    case 'BIWEEKLY': {
      if (!weekday) return;
      // Every other week counted from the first meeting day, so editing nothing else never shifts the rhythm.
      const anchor = nextWeekdayOnOrAfter(schedule.startDate, weekday);
      const behind = daysBetween(anchor, lower);
      let day = behind > 0 ? addDays(anchor, 14 * Math.ceil(behind / 14)) : anchor;
      for (; ; day = addDays(day, 14)) yield day;
    }
    case 'MONTHLY_NTH_WEEKDAY': {
      const nth = schedule.nth;
      if (!weekday || nth === null || nthWeekdayOfMonth(lower, weekday, nth) === null) return;
      for (let month = lower; ; month = addMonths(month, 1)) {
        const day = nthWeekdayOfMonth(month, weekday, nth) as IsoDate;
        if (compareIsoDates(day, lower) >= 0) yield day;
      }
    }
    case 'IRREGULAR': {
      const days = [...new Set(schedule.dates.filter(isIsoDate))].sort(compareIsoDates);
      for (const day of days) if (compareIsoDates(day, lower) >= 0) yield day;
      return;
    }
  }
}

/**
 * The next `count` meetings whose end is after `from`, in order: never before the start date,
 * never after the end date. Start times are local to Europe/Oslo; the end is the start plus
 * the duration in real time, so a meeting across a DST change lasts what it says.
 */
export function nextMeetings(schedule: Schedule, from: Date, count: number): MeetingTime[] {
  const limit = Math.min(Math.floor(count), MAX_MEETINGS_PER_CALL);
  if (!(limit > 0) || Number.isNaN(from.getTime())) return [];
  if (!isIsoDate(schedule.startDate) || !isLocalTime(schedule.startTime)) return [];
  if (!Number.isFinite(schedule.durationMinutes) || schedule.durationMinutes <= 0) return [];
  const endDate = isIsoDate(schedule.endDate) ? schedule.endDate : null;

  // A meeting that began the day before may still be going on (late evening, long meetings).
  const dayBefore = addDays(todayIn(from, GROUP_TIMEZONE), -1);
  const lower = compareIsoDates(dayBefore, schedule.startDate) < 0 ? schedule.startDate : dayBefore;

  const meetings: MeetingTime[] = [];
  // Every day yielded is at most one day before `from`, so the loop ends after `limit` + 2 days at most.
  for (const day of meetingDaysFrom(schedule, lower)) {
    if (endDate !== null && compareIsoDates(day, endDate) > 0) break;
    const start = zonedDateTimeToInstant(day, schedule.startTime, GROUP_TIMEZONE);
    const end = new Date(start.getTime() + schedule.durationMinutes * 60_000);
    if (end.getTime() > from.getTime()) meetings.push({ start, end });
    if (meetings.length >= limit) break;
  }
  return meetings;
}

/** The first meeting of the schedule, or null when none falls between its start and end dates. */
export function firstMeeting(schedule: Schedule): MeetingTime | null {
  if (!isIsoDate(schedule.startDate)) return null;
  return nextMeetings(schedule, zonedDateTimeToInstant(schedule.startDate, '00:00', GROUP_TIMEZONE), 1)[0] ?? null;
}

/**
 * The weekdays the group meets on, Monday first: the fixed weekday of a recurring schedule,
 * or the weekdays of the listed dates of an irregular one (for filtering by weekday).
 */
export function meetingWeekdays(schedule: Schedule): Weekday[] {
  if (schedule.kind !== 'IRREGULAR') return schedule.weekday ? [schedule.weekday] : [];
  const found = new Set(schedule.dates.filter(isIsoDate).map(weekdayOf));
  return WEEKDAYS.filter((weekday) => found.has(weekday));
}
