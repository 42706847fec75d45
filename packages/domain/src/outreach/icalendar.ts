import { addDays } from '../groups/dates.js';
import {
  DEFAULT_ICALENDAR_PRODUCT_ID,
  escapeICalendarText,
  foldICalendarLine,
  formatICalendarUtc,
  ICALENDAR_UID_DOMAIN,
  OSLO_VTIMEZONE,
} from '../groups/icalendar.js';
import type { ICalendarOptions } from '../groups/icalendar.js';
import type { IsoDate } from '../groups/types.js';
import { GROUP_TIMEZONE } from '../groups/types.js';
import { ACTIVITY_TYPE_LABELS } from './labels.js';
import type { ActivityStatus, ActivityType } from './types.js';

/** An outreach activity as the staff calendar shows it. */
export interface ICalendarActivity {
  id: string;
  type: ActivityType;
  title: string;
  status: ActivityStatus;
  date: IsoDate;
  /** Local HH:MM in Europe/Oslo; both null for an all-day activity. */
  startTime: string | null;
  endTime: string | null;
  online: boolean;
  place: string | null;
  /** Extra lines for the description (partners, notes); empty parts are left out. */
  description: string | null;
  /** Where staff open the activity in the portal. */
  url: string | null;
  updatedAt: Date;
}

const compactDate = (date: IsoDate) => date.replace(/-/g, '');

function localDateTime(date: IsoDate, time: string): string {
  return `${compactDate(date)}T${time.replace(':', '')}00`;
}

function timeLines(activity: ICalendarActivity): string[] {
  if (activity.startTime && activity.endTime) {
    return [
      `DTSTART;TZID=${GROUP_TIMEZONE}:${localDateTime(activity.date, activity.startTime)}`,
      `DTEND;TZID=${GROUP_TIMEZONE}:${localDateTime(activity.date, activity.endTime)}`,
    ];
  }
  // All day: DTEND is exclusive, so the next day.
  return [
    `DTSTART;VALUE=DATE:${compactDate(activity.date)}`,
    `DTEND;VALUE=DATE:${compactDate(addDays(activity.date, 1))}`,
  ];
}

function eventLines(activity: ICalendarActivity, now: Date): string[] {
  const location = activity.online ? [activity.place, 'Digitalt'].filter(Boolean).join(' – ') : activity.place;
  const description = [
    `${ACTIVITY_TYPE_LABELS[activity.type].nb}.`,
    activity.description?.trim() ?? '',
    activity.url ?? '',
  ]
    .filter((part) => part !== '')
    .join('\n\n');
  return [
    'BEGIN:VEVENT',
    // Stable per activity, so an update replaces the event instead of adding another.
    `UID:outreach-${activity.id}@${ICALENDAR_UID_DOMAIN}`,
    `DTSTAMP:${formatICalendarUtc(now)}`,
    ...timeLines(activity),
    `SUMMARY:${escapeICalendarText(activity.title)}`,
    `DESCRIPTION:${escapeICalendarText(description)}`,
    ...(location ? [`LOCATION:${escapeICalendarText(location)}`] : []),
    ...(activity.url ? [`URL:${activity.url}`] : []),
    // Calendars drop an event they already have when it arrives cancelled.
    `STATUS:${activity.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED'}`,
    `LAST-MODIFIED:${formatICalendarUtc(activity.updatedAt)}`,
    'END:VEVENT',
  ];
}

/** A district's outreach calendar for staff: one event per activity, Europe/Oslo local times. */
export function activitiesToICalendar(
  calendarName: string,
  activities: readonly ICalendarActivity[],
  options: ICalendarOptions,
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId ?? DEFAULT_ICALENDAR_PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeICalendarText(calendarName)}`,
    `X-WR-TIMEZONE:${GROUP_TIMEZONE}`,
    ...OSLO_VTIMEZONE,
    ...activities.flatMap((activity) => eventLines(activity, options.now)),
    'END:VCALENDAR',
  ];
  return lines.map(foldICalendarLine).join('\r\n') + '\r\n';
}
