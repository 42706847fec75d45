import type { labelsNb } from './messages.labels.nb';

/** English: schedule periods and change kinds. */
export const labelsEn = {
  'schedule.from': 'From {start}',
  'schedule.fromTo': 'From {start} to {end}',
  'changeKind.CREATED': 'Created',
  'changeKind.UPDATED': 'Changed',
  'changeKind.STATUS_CHANGED': 'New status',
  'changeKind.FOLLOW_UP': 'Follow-up',
  'changeKind.IMPORTED': 'Imported',
} as const satisfies Record<keyof typeof labelsNb, string>;
