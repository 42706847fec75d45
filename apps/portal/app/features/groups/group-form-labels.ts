import type { GroupFormField } from './group-form';
import type { MessageKey } from '../../shared/i18n/i18n';

/** The id of a field's input (a choice group's first option), which the error summary links to. */
export const groupFieldId = (field: GroupFormField) => `group-${field}`;

export const GROUP_FIELD_LABELS: Record<GroupFormField, MessageKey> = {
  name: 'groups.form.name',
  description: 'groups.form.description',
  themeIds: 'groups.form.themes',
  targetGroup: 'groups.form.targetGroup',
  municipalityNumber: 'groups.form.municipality',
  format: 'groups.form.format',
  venueName: 'groups.form.venueName',
  venueStreetAddress: 'groups.form.streetAddress',
  venuePostalCode: 'groups.form.postalCode',
  venuePostalPlace: 'groups.form.postalPlace',
  venueStepFreeAccess: 'groups.form.stepFreeAccess',
  venueHearingLoop: 'groups.form.hearingLoop',
  venueAccessibilityNotes: 'groups.form.accessibilityNotes',
  meetingUrl: 'groups.form.meetingUrl',
  languages: 'groups.form.languages',
  openForNewMembers: 'groups.form.openForNewMembers',
  maxSize: 'groups.form.maxSize',
  scheduleKind: 'groups.form.kind',
  scheduleWeekday: 'groups.form.weekday',
  scheduleNth: 'groups.form.nth',
  scheduleDates: 'groups.form.dates',
  scheduleStartTime: 'groups.form.startTime',
  scheduleDurationMinutes: 'groups.form.durationMinutes',
  scheduleStartDate: 'groups.form.startDate',
  scheduleEndDate: 'groups.form.endDate',
};
