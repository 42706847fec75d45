import type { FieldChange, GroupData } from './types.js';

/*
 * Values are stored language-neutral (codes, ids, ISO dates, `true`/`false`) so the history
 * reads the same in bokmål and English: the UI translates known fields with the label tables.
 */

type Value = string | number | boolean | null | readonly string[];

function display(value: Value): string | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : null;
  return String(value);
}

/** The flat field names of a group's data, in the order changes are listed. */
export const GROUP_DATA_FIELDS = [
  'name',
  'description',
  'themeIds',
  'targetGroup',
  'municipalityNumber',
  'districtId',
  'format',
  'venue.name',
  'venue.streetAddress',
  'venue.postalCode',
  'venue.postalPlace',
  'venue.stepFreeAccess',
  'venue.hearingLoop',
  'venue.accessibilityNotes',
  'meetingUrl',
  'languages',
  'openForNewMembers',
  'maxSize',
  'schedule.kind',
  'schedule.weekday',
  'schedule.nth',
  'schedule.dates',
  'schedule.startTime',
  'schedule.durationMinutes',
  'schedule.startDate',
  'schedule.endDate',
] as const;

export type GroupDataField = (typeof GROUP_DATA_FIELDS)[number];

/** Every field of the group as display text (null when empty). */
export function groupDataValues(data: GroupData): Record<GroupDataField, string | null> {
  const { venue, schedule } = data;
  const values: Record<GroupDataField, Value> = {
    name: data.name,
    description: data.description,
    themeIds: data.themeIds,
    targetGroup: data.targetGroup,
    municipalityNumber: data.municipalityNumber,
    districtId: data.districtId,
    format: data.format,
    'venue.name': venue?.name ?? null,
    'venue.streetAddress': venue?.streetAddress ?? null,
    'venue.postalCode': venue?.postalCode ?? null,
    'venue.postalPlace': venue?.postalPlace ?? null,
    'venue.stepFreeAccess': venue ? venue.stepFreeAccess : null,
    'venue.hearingLoop': venue ? venue.hearingLoop : null,
    'venue.accessibilityNotes': venue?.accessibilityNotes ?? null,
    meetingUrl: data.meetingUrl,
    languages: data.languages,
    openForNewMembers: data.openForNewMembers,
    maxSize: data.maxSize,
    'schedule.kind': schedule.kind,
    'schedule.weekday': schedule.weekday,
    'schedule.nth': schedule.nth,
    'schedule.dates': schedule.dates,
    'schedule.startTime': schedule.startTime,
    'schedule.durationMinutes': schedule.durationMinutes,
    'schedule.startDate': schedule.startDate,
    'schedule.endDate': schedule.endDate,
  };
  return Object.fromEntries(GROUP_DATA_FIELDS.map((field) => [field, display(values[field])])) as Record<
    GroupDataField,
    string | null
  >;
}

/** The fields that differ between two versions of a group, in GROUP_DATA_FIELDS order. */
export function diffGroupData(before: GroupData, after: GroupData): FieldChange[] {
  const oldValues = groupDataValues(before);
  const newValues = groupDataValues(after);
  return GROUP_DATA_FIELDS.filter((field) => oldValues[field] !== newValues[field]).map((field) => ({
    field,
    oldValue: oldValues[field],
    newValue: newValues[field],
  }));
}

/** Every field as a change from nothing, for the CREATED and IMPORTED history entries. */
export function groupDataSnapshot(data: GroupData): FieldChange[] {
  const values = groupDataValues(data);
  // Empty fields say nothing about a new group; leave them out of its first history entry.
  return GROUP_DATA_FIELDS.filter((field) => values[field] !== null && values[field] !== '').map((field) => ({
    field,
    oldValue: null,
    newValue: values[field],
  }));
}
