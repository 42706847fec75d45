import { ACTIVITY_STATUSES, ACTIVITY_TYPES, AUDIENCE_TYPES } from '@selvhjelp/domain';
import type { ActivityInput, ActivityStatus, ActivityType, AudienceType } from '../../generated/graphql';
import type { FormErrors } from '../../shared/forms/form-errors';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { formText } from '../../shared/forms/form-data';
import { isIsoDate } from '../../shared/dates/dates';
import type { Translate } from '../../shared/i18n/i18n';

// The activity form: FormData → the values as typed (shown again on an error) → ActivityInput.
// The portal checks only shape; the gateway owns the rules (place unless online, both times or
// neither, a count once completed, no negative count) and names the field it refuses.

export interface ActivityFormValues {
  type: string;
  title: string;
  status: string;
  date: string;
  startTime: string;
  endTime: string;
  online: boolean;
  place: string;
  municipalityNumber: string;
  staffUserIds: string[];
  partnerIds: string[];
  audiences: string[];
  /** As typed: a number field keeps the raw text. */
  participantCount: string;
  themeIds: string[];
  notes: string;
}

export const ACTIVITY_FORM_FIELDS = [
  'type',
  'title',
  'status',
  'date',
  'startTime',
  'endTime',
  'online',
  'place',
  'municipalityNumber',
  'staffUserIds',
  'partnerIds',
  'audiences',
  'participantCount',
  'themeIds',
  'notes',
] as const satisfies readonly (keyof ActivityFormValues)[];

export type ActivityFormField = (typeof ACTIVITY_FORM_FIELDS)[number];

export const EMPTY_ACTIVITY_FORM: ActivityFormValues = {
  type: '',
  title: '',
  status: 'PLANNED',
  date: '',
  startTime: '',
  endTime: '',
  online: false,
  place: '',
  municipalityNumber: '',
  staffUserIds: [],
  partnerIds: [],
  audiences: [],
  participantCount: '',
  themeIds: [],
  notes: '',
};

/** GraphQL's Int is 32-bit; anything past it never reaches the gateway as a number. */
const MAX_INT = 2_147_483_647;

const list = (form: FormData, name: string) => [
  ...new Set(form.getAll(name).filter((value): value is string => typeof value === 'string' && value !== '')),
];

/** The posted form as typed. */
export function readActivityForm(form: FormData): ActivityFormValues {
  return {
    type: formText(form, 'type'),
    title: formText(form, 'title').trim(),
    status: formText(form, 'status'),
    date: formText(form, 'date').trim(),
    startTime: formText(form, 'startTime').trim(),
    endTime: formText(form, 'endTime').trim(),
    online: formText(form, 'online') === 'true',
    place: formText(form, 'place').trim(),
    municipalityNumber: formText(form, 'municipalityNumber').trim(),
    staffUserIds: list(form, 'staffUserIds'),
    partnerIds: list(form, 'partnerIds'),
    audiences: list(form, 'audiences'),
    participantCount: formText(form, 'participantCount').trim(),
    themeIds: list(form, 'themeIds'),
    notes: formText(form, 'notes').trim(),
  };
}

/** The participant count as a whole number, null when left empty, or undefined when it is no whole number. */
export function parseParticipantCount(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  if (!/^[-+]?\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Math.abs(value) <= MAX_INT ? value : undefined;
}

export type ActivityInputResult =
  { ok: true; input: ActivityInput } | { ok: false; errors: FormErrors<ActivityFormField> };

/** What the form would send, before its own checks passed: a choice not made or a number not read is null. */
export function draftActivityInput(values: ActivityFormValues) {
  return {
    type: (ACTIVITY_TYPES as readonly string[]).includes(values.type) ? (values.type as ActivityType) : null,
    title: values.title,
    status: (ACTIVITY_STATUSES as readonly string[]).includes(values.status) ? (values.status as ActivityStatus) : null,
    date: values.date,
    startTime: values.startTime || null,
    endTime: values.endTime || null,
    online: values.online,
    place: values.place || null,
    municipalityNumber: values.municipalityNumber || null,
    staffUserIds: values.staffUserIds,
    partnerIds: values.partnerIds,
    audiences: values.audiences.filter((code): code is AudienceType =>
      (AUDIENCE_TYPES as readonly string[]).includes(code),
    ),
    participantCount: parseParticipantCount(values.participantCount) ?? null,
    themeIds: values.themeIds,
    notes: values.notes || null,
  };
}

export function toActivityInput(values: ActivityFormValues, t: Translate): ActivityInputResult {
  const errors = emptyFormErrors<ActivityFormField>();
  const draft = draftActivityInput(values);
  if (!draft.type) errors.fields.type = t('outreach.form.chooseType');
  if (!values.title) errors.fields.title = t('validation.required');
  if (!draft.status) errors.fields.status = t('outreach.form.chooseStatus');
  if (!values.date) errors.fields.date = t('validation.required');
  else if (!isIsoDate(values.date)) errors.fields.date = t('outreach.form.invalidDate');
  const participantCount = parseParticipantCount(values.participantCount);
  if (participantCount === undefined) errors.fields.participantCount = t('validation.wholeNumber');
  const { type, status } = draft;
  if (!type || !status || Object.keys(errors.fields).length > 0 || participantCount === undefined)
    return { ok: false, errors };
  return { ok: true, input: { ...draft, type, status, participantCount } };
}

/**
 * The form field of a gateway path: `activity.participantCount`, `input.activity.endTime`,
 * `activity.partnerIds.2` or a bare `place`. Null when the path names no field of the form.
 */
export function activityFieldOfPath(path: string): ActivityFormField | null {
  const segments = path.split('.');
  let index = 0;
  while (segments[index] === 'input' || segments[index] === 'activity') index += 1;
  const field = segments[index];
  return field !== undefined && (ACTIVITY_FORM_FIELDS as readonly string[]).includes(field)
    ? (field as ActivityFormField)
    : null;
}
