import { addMinutesToLocalTime } from './dates.js';
import { describeSchedule } from './schedule-text.js';
import { meetingWeekdays } from './schedule.js';
import type { GroupFormat, Schedule, VenueData, Weekday } from './types.js';
import { GROUP_TIMEZONE, WEEKDAYS } from './types.js';

/*
 * The Meeting Guide JSON feed (code4recovery/spec): an array of weekly meetings. The spec is
 * written for weekly meetings; other rhythms get the nearest weekday plus a plain-text note.
 * Meeting links are staff-only, so online meetings carry no `conference_url` and tell people
 * to contact the district office instead. The spec's reserved type list has no online type
 * (the old `ONL` is gone), so the format travels in `attendance_option` only.
 */

/** Type codes from the spec's reserved list that this feed may emit. */
export const MEETING_GUIDE_TYPES = {
  open: 'O',
  closed: 'C',
  wheelchairAccess: 'X',
} as const;

// ISO 639-1 → Meeting Guide language type, for the languages that have one in the spec.
const LANGUAGE_TYPES: Readonly<Record<string, string>> = {
  nb: 'NO',
  nn: 'NO',
  en: 'EN',
  da: 'DA',
  de: 'DE',
  fa: 'FA',
  fr: 'FR',
  lt: 'LT',
  pl: 'POL',
  ru: 'RUS',
  es: 'S',
  sv: 'SV',
  uk: 'UK',
};

export type MeetingGuideAttendanceOption = 'in_person' | 'hybrid' | 'online';

export interface MeetingGuideMeeting {
  name: string;
  slug: string;
  /** 0 = Sunday … 6 = Saturday; absent for groups without a fixed weekday. */
  day?: number;
  /** `HH:MM`; absent together with `day`. */
  time?: string;
  end_time?: string;
  timezone: string;
  formatted_address: string;
  approximate: 'yes' | 'no';
  location?: string;
  location_notes?: string;
  notes: string;
  conference_url_notes?: string;
  attendance_option: MeetingGuideAttendanceOption;
  types: string[];
  regions: string[];
  url: string;
  /** `YYYY-MM-DD HH:MM:SS`, UTC. */
  updated: string;
  group: string;
  entity: string;
  entity_email: string;
  entity_phone: string;
  /** The spec's example feed says `entity_url`, its field list `entity_website_url`: both are given. */
  entity_url?: string;
  entity_website_url?: string;
}

export interface PublicGroupForFeed {
  slug: string;
  name: string;
  description: string;
  format: GroupFormat;
  venue: VenueData | null;
  municipalityName: string;
  countyName: string;
  districtName: string;
  themeIds: string[];
  languages: string[];
  openForNewMembers: boolean;
  schedule: Schedule;
  updatedAt: Date;
  contact: { email: string; phone: string; web?: string | null };
}

const ATTENDANCE: Record<GroupFormat, MeetingGuideAttendanceOption> = {
  IN_PERSON: 'in_person',
  HYBRID: 'hybrid',
  ONLINE: 'online',
};

/** 0 = Sunday … 6 = Saturday, as the spec counts. */
export function meetingGuideDay(weekday: Weekday): number {
  return (WEEKDAYS.indexOf(weekday) + 1) % 7;
}

/** "+47 55 00 10 00" → "+47-55-00-10-00", the spec's phone format. */
function specPhone(phone: string): string {
  return phone.trim().replace(/[\s.()-]+/g, '-');
}

function utcTimestamp(instant: Date): string {
  return instant.toISOString().slice(0, 19).replace('T', ' ');
}

function typesOf(group: PublicGroupForFeed): string[] {
  const types = new Set<string>([group.openForNewMembers ? MEETING_GUIDE_TYPES.open : MEETING_GUIDE_TYPES.closed]);
  if (group.format !== 'ONLINE' && group.venue?.stepFreeAccess) types.add(MEETING_GUIDE_TYPES.wheelchairAccess);
  for (const language of group.languages) {
    const type = LANGUAGE_TYPES[language];
    if (type) types.add(type);
  }
  return [...types];
}

function addressOf(group: PublicGroupForFeed): { formatted_address: string; approximate: 'yes' | 'no' } {
  const venue = group.format === 'ONLINE' ? null : group.venue;
  if (venue) {
    return {
      formatted_address: `${venue.streetAddress}, ${venue.postalCode} ${venue.postalPlace}, Norway`,
      approximate: 'no',
    };
  }
  return { formatted_address: `${group.municipalityName}, Norway`, approximate: 'yes' };
}

function locationNotesOf(venue: VenueData | null): string | undefined {
  if (!venue) return undefined;
  const notes = [venue.hearingLoop ? 'Teleslynge i lokalet.' : '', venue.accessibilityNotes ?? ''];
  const text = notes.filter((note) => note !== '').join('\n');
  return text === '' ? undefined : text;
}

/**
 * The group as Meeting Guide meetings: one per meeting weekday (a recurring schedule has one),
 * or one without day and time ("by appointment") for an irregular schedule.
 */
export function toMeetingGuideMeetings(group: PublicGroupForFeed, options: { baseUrl: string }): MeetingGuideMeeting[] {
  const { schedule, contact } = group;
  const online = group.format !== 'IN_PERSON';
  const contactText = `Møtelenken får du ved å kontakte ${group.districtName}: ${contact.email}, ${contact.phone}.`;
  const notes = [
    schedule.kind === 'WEEKLY' ? '' : describeSchedule(schedule, 'nb'),
    group.description.trim(),
    online ? contactText : '',
  ].filter((note) => note !== '');
  const web = contact.web ?? undefined;
  const venue = group.format === 'ONLINE' ? null : group.venue;
  const locationNotes = locationNotesOf(venue);

  const common: MeetingGuideMeeting = {
    name: group.name,
    slug: group.slug,
    timezone: GROUP_TIMEZONE,
    ...addressOf(group),
    ...(venue ? { location: venue.name } : {}),
    ...(locationNotes ? { location_notes: locationNotes } : {}),
    notes: notes.join('\n\n'),
    ...(online ? { conference_url_notes: contactText } : {}),
    attendance_option: ATTENDANCE[group.format],
    types: typesOf(group),
    regions: [...new Set([group.countyName, group.municipalityName])],
    url: `${options.baseUrl.replace(/\/+$/, '')}/grupper/${encodeURIComponent(group.slug)}`,
    updated: utcTimestamp(group.updatedAt),
    group: group.name,
    entity: `Selvhjelp Norge – ${group.districtName}`,
    entity_email: contact.email,
    entity_phone: specPhone(contact.phone),
    ...(web ? { entity_url: web, entity_website_url: web } : {}),
  };

  const weekdays = schedule.kind === 'IRREGULAR' ? [] : meetingWeekdays(schedule);
  if (weekdays.length === 0) return [common];
  const endTime = addMinutesToLocalTime(schedule.startTime, schedule.durationMinutes);
  return weekdays.map((weekday) => ({
    ...common,
    slug: weekdays.length > 1 ? `${group.slug}-${weekday.toLowerCase()}` : group.slug,
    day: meetingGuideDay(weekday),
    time: schedule.startTime,
    end_time: endTime,
  }));
}

/** The whole feed as the JSON text the `meetingGuideFeed` query returns. */
export function toMeetingGuideFeed(groups: readonly PublicGroupForFeed[], options: { baseUrl: string }): string {
  return JSON.stringify(groups.flatMap((group) => toMeetingGuideMeetings(group, options)));
}
