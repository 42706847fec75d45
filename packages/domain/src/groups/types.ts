/**
 * The self-help group as the whole platform sees it. Dates without time are ISO strings
 * (`YYYY-MM-DD`, a calendar day in Europe/Oslo); local times are `HH:MM`.
 */
export const GROUP_STATUSES = ['IDEA', 'STARTING', 'RUNNING', 'PAUSED', 'CLOSED'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

export const TARGET_GROUPS = ['AFFECTED', 'RELATIVES', 'BOTH'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const GROUP_FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const;
export type GroupFormat = (typeof GROUP_FORMATS)[number];

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const SCHEDULE_KINDS = ['WEEKLY', 'BIWEEKLY', 'MONTHLY_NTH_WEEKDAY', 'IRREGULAR'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

export const GROUP_TIMEZONE = 'Europe/Oslo';

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export interface Schedule {
  kind: ScheduleKind;
  /** Set for WEEKLY, BIWEEKLY and MONTHLY_NTH_WEEKDAY. */
  weekday: Weekday | null;
  /** 1–4, or -1 for the last; set for MONTHLY_NTH_WEEKDAY only. */
  nth: number | null;
  /** Meeting days for IRREGULAR, sorted; empty otherwise. */
  dates: IsoDate[];
  /** Local start time, `HH:MM` (24 h). */
  startTime: string;
  durationMinutes: number;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

export interface VenueData {
  name: string;
  streetAddress: string;
  /** Four digits. */
  postalCode: string;
  postalPlace: string;
  stepFreeAccess: boolean;
  hearingLoop: boolean;
  accessibilityNotes: string | null;
}

/** A group's editable fields after validation; the district follows from the municipality. */
export interface GroupData {
  name: string;
  description: string;
  themeIds: string[];
  targetGroup: TargetGroup;
  municipalityNumber: string;
  districtId: string;
  format: GroupFormat;
  /** Set for IN_PERSON and HYBRID, null for ONLINE. */
  venue: VenueData | null;
  /** Set for ONLINE and HYBRID, null for IN_PERSON. Staff only. */
  meetingUrl: string | null;
  /** ISO 639-1 codes, at least one. */
  languages: string[];
  openForNewMembers: boolean;
  maxSize: number | null;
  schedule: Schedule;
}

/** One meeting as instants. */
export interface MeetingTime {
  start: Date;
  end: Date;
}

/** One field of a recorded change, as display text. */
export interface FieldChange {
  field: string;
  oldValue: string | null;
  newValue: string | null;
}
