import {
  DEFAULT_ICALENDAR_PRODUCT_ID,
  escapeICalendarText,
  foldICalendarLine,
  formatICalendarUtc,
  ICALENDAR_UID_DOMAIN,
  OSLO_VTIMEZONE,
} from '../groups/icalendar.js';
import type { ICalendarOptions } from '../groups/icalendar.js';
import { GROUP_TIMEZONE } from '../groups/types.js';
import type { CourseSessionData, CourseStatus } from './types.js';

export interface ICalendarCourse {
  id: string;
  title: string;
  description: string;
  status: CourseStatus;
  locationText: string | null;
  online: boolean;
  url: string;
  sessions: readonly (CourseSessionData & { id: string })[];
  updatedAt: Date;
}

function localDateTime(date: string, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

function sessionLines(
  course: ICalendarCourse,
  session: ICalendarCourse['sessions'][number],
  index: number,
  now: Date,
): string[] {
  const location = session.place ?? course.locationText ?? (course.online ? 'På nett' : null);
  const description = [course.description.trim(), course.url].filter((part) => part !== '').join('\n\n');
  const summary =
    course.sessions.length > 1 ? `${course.title} (samling ${index + 1} av ${course.sessions.length})` : course.title;
  return [
    'BEGIN:VEVENT',
    `UID:course-${course.id}-session-${session.id}@${ICALENDAR_UID_DOMAIN}`,
    `DTSTAMP:${formatICalendarUtc(now)}`,
    `DTSTART;TZID=${GROUP_TIMEZONE}:${localDateTime(session.date, session.startTime)}`,
    `DTEND;TZID=${GROUP_TIMEZONE}:${localDateTime(session.date, session.endTime)}`,
    `SUMMARY:${escapeICalendarText(summary)}`,
    `DESCRIPTION:${escapeICalendarText(description)}`,
    ...(location ? [`LOCATION:${escapeICalendarText(location)}`] : []),
    `URL:${course.url}`,
    // Calendars drop a cancelled event they already have when it arrives with this status.
    `STATUS:${course.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED'}`,
    `LAST-MODIFIED:${formatICalendarUtc(course.updatedAt)}`,
    'END:VEVENT',
  ];
}

/** An iCalendar file with one event per session of a course, in Europe/Oslo local time. */
export function courseToICalendar(course: ICalendarCourse, options: ICalendarOptions): string {
  return coursesToICalendar(course.title, [course], options);
}

/** One calendar for many courses (a district's course calendar), one event per session. */
export function coursesToICalendar(
  calendarName: string,
  courses: readonly ICalendarCourse[],
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
    ...courses.flatMap((course) =>
      course.sessions.flatMap((session, index) => sessionLines(course, session, index, options.now)),
    ),
    'END:VCALENDAR',
  ];
  return lines.map(foldICalendarLine).join('\r\n') + '\r\n';
}
