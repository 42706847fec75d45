import type { GroupFormField, GroupFormValues } from './group-form';
import { GROUP_FORM_FIELDS } from './group-form';
import type { GroupFormFieldsFragment } from '../../generated/graphql';

/** A saved group as the form shows it: the starting point of an edit, and "saved now" after a conflict. */
export function groupToFormValues(group: GroupFormFieldsFragment): GroupFormValues {
  const { venue, schedule } = group;
  return {
    name: group.name,
    description: group.description,
    themeIds: group.themes.map((theme) => theme.id),
    targetGroup: group.targetGroup,
    municipalityNumber: group.municipality.number,
    format: group.format,
    venueName: venue?.name ?? '',
    venueStreetAddress: venue?.streetAddress ?? '',
    venuePostalCode: venue?.postalCode ?? '',
    venuePostalPlace: venue?.postalPlace ?? '',
    venueStepFreeAccess: venue?.stepFreeAccess ?? false,
    venueHearingLoop: venue?.hearingLoop ?? false,
    venueAccessibilityNotes: venue?.accessibilityNotes ?? '',
    meetingUrl: group.meetingUrl ?? '',
    languages: [...group.languages],
    openForNewMembers: group.openForNewMembers,
    maxSize: group.maxSize === null || group.maxSize === undefined ? '' : String(group.maxSize),
    scheduleKind: schedule.kind,
    scheduleWeekday: schedule.weekday ?? '',
    scheduleNth: schedule.nth === null || schedule.nth === undefined ? '' : String(schedule.nth),
    scheduleDates: schedule.dates.join('\n'),
    scheduleStartTime: schedule.startTime,
    scheduleDurationMinutes: String(schedule.durationMinutes),
    scheduleStartDate: schedule.startDate,
    scheduleEndDate: schedule.endDate ?? '',
  };
}

const normalise = (value: GroupFormValues[GroupFormField]): string =>
  Array.isArray(value)
    ? [...value].sort().join(',')
    : typeof value === 'boolean'
      ? String(value)
      : value.replace(/\r\n/g, '\n').trim();

/** The fields where two versions of the form differ (what someone else changed, or what you typed). */
export function differingFields(a: GroupFormValues, b: GroupFormValues): GroupFormField[] {
  return GROUP_FORM_FIELDS.filter((field) => normalise(a[field]) !== normalise(b[field]));
}
