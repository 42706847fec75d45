import type { GroupFormat, GroupStatus, ScheduleKind, TargetGroup, Weekday } from './types.js';

/** What people read for a code: bokmål first, English second. */
export interface Labels {
  nb: string;
  en: string;
}

export type UiLanguage = keyof Labels;

// Records keyed by the code types make the compiler insist on a label pair for every code.

export const GROUP_STATUS_LABELS: Readonly<Record<GroupStatus, Labels>> = {
  IDEA: { nb: 'Idé', en: 'Idea' },
  STARTING: { nb: 'Under oppstart', en: 'Starting up' },
  RUNNING: { nb: 'I gang (selvgående)', en: 'Running (self-run)' },
  PAUSED: { nb: 'Pause', en: 'Paused' },
  CLOSED: { nb: 'Avsluttet', en: 'Closed' },
};

export const TARGET_GROUP_LABELS: Readonly<Record<TargetGroup, Labels>> = {
  AFFECTED: { nb: 'Berørte', en: 'People affected' },
  RELATIVES: { nb: 'Pårørende', en: 'Relatives' },
  BOTH: { nb: 'Berørte og pårørende', en: 'People affected and relatives' },
};

export const GROUP_FORMAT_LABELS: Readonly<Record<GroupFormat, Labels>> = {
  IN_PERSON: { nb: 'Fysisk møte', en: 'In person' },
  ONLINE: { nb: 'På nett', en: 'Online' },
  HYBRID: { nb: 'Hybrid (fysisk og på nett)', en: 'Hybrid (in person and online)' },
};

/** Bokmål weekday names are lower-case, as Norwegian writes them. */
export const WEEKDAY_LABELS: Readonly<Record<Weekday, Labels>> = {
  MONDAY: { nb: 'mandag', en: 'Monday' },
  TUESDAY: { nb: 'tirsdag', en: 'Tuesday' },
  WEDNESDAY: { nb: 'onsdag', en: 'Wednesday' },
  THURSDAY: { nb: 'torsdag', en: 'Thursday' },
  FRIDAY: { nb: 'fredag', en: 'Friday' },
  SATURDAY: { nb: 'lørdag', en: 'Saturday' },
  SUNDAY: { nb: 'søndag', en: 'Sunday' },
};

export const SCHEDULE_KIND_LABELS: Readonly<Record<ScheduleKind, Labels>> = {
  WEEKLY: { nb: 'Ukentlig', en: 'Weekly' },
  BIWEEKLY: { nb: 'Annenhver uke', en: 'Every other week' },
  MONTHLY_NTH_WEEKDAY: { nb: 'Månedlig', en: 'Monthly' },
  IRREGULAR: { nb: 'Uregelmessig', en: 'Irregular' },
};

/** `nth` of a monthly schedule: 1–4, or -1 for the last. */
export const NTH_LABELS: Readonly<Record<string, Labels>> = {
  '1': { nb: 'første', en: 'first' },
  '2': { nb: 'andre', en: 'second' },
  '3': { nb: 'tredje', en: 'third' },
  '4': { nb: 'fjerde', en: 'fourth' },
  '-1': { nb: 'siste', en: 'last' },
};
