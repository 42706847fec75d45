import type { FormErrors } from '../../shared/forms/form-errors';
import type { Translate } from '../../shared/i18n/i18n';
import type { GroupFormat, GroupInput, ScheduleKind, TargetGroup, Weekday } from '../../generated/graphql';

/**
 * The group form as flat input names, and the way between them and the gateway's GroupInput.
 * Only the shape is checked here (a number is a number, a choice is made); every rule about
 * what makes a valid group is the gateway's, and its messages come back next to these fields.
 */
export const GROUP_FORM_FIELDS = [
  'name',
  'description',
  'themeIds',
  'targetGroup',
  'municipalityNumber',
  'format',
  'venueName',
  'venueStreetAddress',
  'venuePostalCode',
  'venuePostalPlace',
  'venueStepFreeAccess',
  'venueHearingLoop',
  'venueAccessibilityNotes',
  'meetingUrl',
  'languages',
  'openForNewMembers',
  'maxSize',
  'scheduleKind',
  'scheduleWeekday',
  'scheduleNth',
  'scheduleDates',
  'scheduleStartTime',
  'scheduleDurationMinutes',
  'scheduleStartDate',
  'scheduleEndDate',
] as const;
export type GroupFormField = (typeof GROUP_FORM_FIELDS)[number];

const BOOLEAN_FIELDS = ['venueStepFreeAccess', 'venueHearingLoop', 'openForNewMembers'] as const;
type BooleanField = (typeof BOOLEAN_FIELDS)[number];

const LIST_FIELDS = ['themeIds', 'languages'] as const;
type ListField = (typeof LIST_FIELDS)[number];
type TextField = Exclude<GroupFormField, BooleanField | ListField>;

/** What the form holds, exactly as typed, so it can be shown again after an error. */
export type GroupFormValues = Record<TextField, string> & Record<BooleanField, boolean> & Record<ListField, string[]>;

export const EMPTY_GROUP_FORM: GroupFormValues = {
  name: '',
  description: '',
  themeIds: [],
  targetGroup: '',
  municipalityNumber: '',
  format: '',
  venueName: '',
  venueStreetAddress: '',
  venuePostalCode: '',
  venuePostalPlace: '',
  venueStepFreeAccess: false,
  venueHearingLoop: false,
  venueAccessibilityNotes: '',
  meetingUrl: '',
  languages: ['nb'],
  openForNewMembers: true,
  maxSize: '',
  scheduleKind: '',
  scheduleWeekday: '',
  scheduleNth: '',
  scheduleDates: '',
  scheduleStartTime: '',
  scheduleDurationMinutes: '',
  scheduleStartDate: '',
  scheduleEndDate: '',
};

export function isGroupFormField(value: string): value is GroupFormField {
  return (GROUP_FORM_FIELDS as readonly string[]).includes(value);
}

export function readGroupForm(form: FormData): GroupFormValues {
  const values = { ...EMPTY_GROUP_FORM };
  for (const field of GROUP_FORM_FIELDS) {
    if ((LIST_FIELDS as readonly string[]).includes(field)) {
      values[field as ListField] = form.getAll(field).filter((value): value is string => typeof value === 'string');
    } else if ((BOOLEAN_FIELDS as readonly string[]).includes(field)) {
      values[field as BooleanField] = form.get(field) === 'true';
    } else {
      const value = form.get(field);
      values[field as TextField] = typeof value === 'string' ? value : '';
    }
  }
  return values;
}

const TARGET_GROUPS: readonly TargetGroup[] = ['AFFECTED', 'RELATIVES', 'BOTH'];
const FORMATS: readonly GroupFormat[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];
const KINDS: readonly ScheduleKind[] = ['WEEKLY', 'BIWEEKLY', 'MONTHLY_NTH_WEEKDAY', 'IRREGULAR'];
const WEEKDAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

const oneOf = <T extends string>(options: readonly T[], value: string): T | null =>
  (options as readonly string[]).includes(value) ? (value as T) : null;
const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The dates field: one date per line. */
export const linesOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

export type GroupInputResult = { ok: true; input: GroupInput } | { ok: false; errors: FormErrors<GroupFormField> };

/** A whole number as typed, or null when empty; NaN-free (the local check reports the rest). */
const integerOf = (text: string): number | null => {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number.parseInt(trimmed, 10);
};

/**
 * What the form would send, before its own checks passed: a choice not made is null. The
 * domain's schema reads this to report its rules in the same round as the form's checks.
 */
export function draftGroupInput(values: GroupFormValues) {
  const format = oneOf(FORMATS, values.format);
  const kind = oneOf(KINDS, values.scheduleKind);
  const meets = format === 'IN_PERSON' || format === 'HYBRID';
  const online = format === 'ONLINE' || format === 'HYBRID';
  const nth = Number.parseInt(values.scheduleNth, 10);
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    themeIds: values.themeIds,
    targetGroup: oneOf(TARGET_GROUPS, values.targetGroup),
    municipalityNumber: values.municipalityNumber,
    format,
    venue: meets
      ? {
          name: values.venueName.trim(),
          streetAddress: values.venueStreetAddress.trim(),
          postalCode: values.venuePostalCode.trim(),
          postalPlace: values.venuePostalPlace.trim(),
          stepFreeAccess: values.venueStepFreeAccess,
          hearingLoop: values.venueHearingLoop,
          accessibilityNotes: orNull(values.venueAccessibilityNotes),
        }
      : null,
    meetingUrl: online ? orNull(values.meetingUrl) : null,
    languages: values.languages,
    openForNewMembers: values.openForNewMembers,
    maxSize: integerOf(values.maxSize),
    schedule: {
      kind,
      weekday: kind === 'IRREGULAR' ? null : oneOf(WEEKDAYS, values.scheduleWeekday),
      nth: kind === 'MONTHLY_NTH_WEEKDAY' && Number.isSafeInteger(nth) ? nth : null,
      dates: kind === 'IRREGULAR' ? linesOf(values.scheduleDates) : null,
      startTime: values.scheduleStartTime.trim(),
      durationMinutes: integerOf(values.scheduleDurationMinutes),
      startDate: values.scheduleStartDate.trim(),
      endDate: orNull(values.scheduleEndDate),
    },
  };
}

/**
 * The GroupInput for what was typed. Fields that do not apply to the chosen format or schedule
 * kind are not sent (the SDL says when each applies), so a value left behind in a field that
 * no longer applies cannot block saving.
 */
export function toGroupInput(values: GroupFormValues, t: Translate): GroupInputResult {
  const errors: FormErrors<GroupFormField> = { fields: {}, form: [] };
  const required = (field: GroupFormField) => (errors.fields[field] ??= t('validation.required'));
  const wholeNumber = (field: 'maxSize' | 'scheduleDurationMinutes', text: string) => {
    if (text.trim() !== '' && !/^\d{1,6}$/.test(text.trim())) errors.fields[field] ??= t('validation.wholeNumber');
  };
  const draft = draftGroupInput(values);
  const { targetGroup, format } = draft;
  const { kind, durationMinutes } = draft.schedule;
  if (!targetGroup) required('targetGroup');
  if (!format) required('format');
  if (!kind) required('scheduleKind');
  wholeNumber('maxSize', values.maxSize);
  wholeNumber('scheduleDurationMinutes', values.scheduleDurationMinutes);
  if (durationMinutes === null) required('scheduleDurationMinutes');
  if (!values.scheduleStartDate.trim()) required('scheduleStartDate');
  if (!targetGroup || !format || !kind || Object.keys(errors.fields).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      ...draft,
      targetGroup,
      format,
      schedule: { ...draft.schedule, kind, durationMinutes: durationMinutes ?? 0 },
    },
  };
}

const capitalise = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

/**
 * The form field for a gateway error path: `input.group.venue.postalCode` → `venuePostalCode`,
 * `input.group.schedule.dates.2` → `scheduleDates`, `input.group.themeIds.0` → `themeIds`.
 * A path naming a whole part (`input.group.venue`) goes to its first field; anything else → null.
 */
export function groupFieldOfPath(path: string): GroupFormField | null {
  const segments = path.split('.').filter((segment) => segment !== '' && !/^\d+$/.test(segment));
  while (segments[0] === 'input' || segments[0] === 'group') segments.shift();
  const [head, sub] = segments;
  if (head === undefined) return null;
  if (head === 'venue' || head === 'schedule') {
    if (sub === undefined) return head === 'venue' ? 'venueName' : 'scheduleKind';
    const field = `${head}${capitalise(sub)}`;
    return isGroupFormField(field) ? field : null;
  }
  return isGroupFormField(head) ? head : null;
}
