import type { CourseType, TrainingCourseInput } from '../../generated/graphql';
import type { FormErrors } from '../../shared/forms/form-errors';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { formText } from '../../shared/forms/form-data';
import type { Translate } from '../../shared/i18n/i18n';

// The course form without JavaScript: a fixed number of session rows (more with the "add a
// session" button, which re-renders the form with one more); rows left blank are ignored.

import { COURSE_TYPES } from '@selvhjelp/domain';

export { COURSE_TYPES };
/** Rows the form shows at first; the gateway decides how many sessions a course may have. */
export const DEFAULT_SESSION_ROWS = 6;
export const MAX_SESSION_ROWS = 30;

export interface SessionRow {
  date: string;
  startTime: string;
  endTime: string;
  place: string;
}

export interface CourseFormValues {
  type: string;
  title: string;
  locationText: string;
  online: boolean;
  capacity: string;
  trainerIds: string[];
  sessions: SessionRow[];
}

export type CourseFormField =
  'type' | 'title' | 'locationText' | 'capacity' | 'trainerIds' | 'sessions' | `sessions.${number}`;

export const EMPTY_SESSION: SessionRow = { date: '', startTime: '', endTime: '', place: '' };

export function withSessionRows(sessions: readonly SessionRow[], rows = DEFAULT_SESSION_ROWS): SessionRow[] {
  const count = Math.min(MAX_SESSION_ROWS, Math.max(rows, sessions.length));
  return Array.from({ length: count }, (_, index) => sessions[index] ?? { ...EMPTY_SESSION });
}

export const EMPTY_COURSE_FORM: CourseFormValues = {
  type: '',
  title: '',
  locationText: '',
  online: false,
  capacity: '',
  trainerIds: [],
  sessions: withSessionRows([]),
};

const isBlank = (row: SessionRow) => !row.date && !row.startTime && !row.endTime && !row.place;

/** The posted form as typed, every row kept (blank ones too) so it can be shown again. */
export function readCourseForm(form: FormData): CourseFormValues {
  const rows = Number.parseInt(formText(form, 'sessionRows'), 10);
  const count = Number.isSafeInteger(rows) ? Math.min(MAX_SESSION_ROWS, Math.max(1, rows)) : DEFAULT_SESSION_ROWS;
  const sessions = Array.from({ length: count }, (_, index) => ({
    date: formText(form, `sessions.${index}.date`).trim(),
    startTime: formText(form, `sessions.${index}.startTime`).trim(),
    endTime: formText(form, `sessions.${index}.endTime`).trim(),
    place: formText(form, `sessions.${index}.place`).trim(),
  }));
  return {
    type: formText(form, 'type'),
    title: formText(form, 'title').trim(),
    locationText: formText(form, 'locationText').trim(),
    online: formText(form, 'online') === 'true',
    capacity: formText(form, 'capacity').trim(),
    trainerIds: form.getAll('trainerIds').filter((value): value is string => typeof value === 'string' && value !== ''),
    sessions,
  };
}

export type CourseInputResult =
  | { ok: true; input: TrainingCourseInput; rowOfSession: number[] }
  | {
      ok: false;
      errors: FormErrors<CourseFormField>;
      /** What the form would send (a choice not made, a number not read: null), for the domain's schema. */
      draft: Omit<TrainingCourseInput, 'type' | 'capacity'> & { type: CourseType | null; capacity: number | null };
      rowOfSession: number[];
    };

/**
 * `TrainingCourseInput` from the form, checking only shape (a type is chosen, the capacity is a
 * whole number, a row that is started has a date and times). `rowOfSession[i]` is the form row
 * of `sessions[i]`, so the gateway's `course.sessions.1.date` lands on the right row.
 */
export function toTrainingCourseInput(values: CourseFormValues, t: Translate): CourseInputResult {
  const errors = emptyFormErrors<CourseFormField>();
  if (!(COURSE_TYPES as readonly string[]).includes(values.type)) errors.fields.type = t('validation.required');
  if (!values.title) errors.fields.title = t('validation.required');
  const capacity = Number(values.capacity);
  if (!values.capacity || !Number.isSafeInteger(capacity)) errors.fields.capacity = t('validation.wholeNumber');
  const rowOfSession: number[] = [];
  const sessions: TrainingCourseInput['sessions'] = [];
  values.sessions.forEach((row, index) => {
    if (isBlank(row)) return;
    if (!row.date || !row.startTime || !row.endTime) {
      errors.fields[`sessions.${index}`] = t('courses.form.sessionIncomplete');
      return;
    }
    rowOfSession.push(index);
    sessions.push({ date: row.date, startTime: row.startTime, endTime: row.endTime, place: row.place || null });
  });
  if (sessions.length === 0 && !Object.keys(errors.fields).some((field) => field.startsWith('sessions.'))) {
    errors.fields.sessions = t('courses.form.noSessions');
  }
  if (Object.keys(errors.fields).length > 0) {
    const draft = {
      type: (COURSE_TYPES as readonly string[]).includes(values.type) ? (values.type as CourseType) : null,
      title: values.title,
      locationText: values.locationText || null,
      online: values.online,
      capacity: values.capacity && Number.isSafeInteger(capacity) ? capacity : null,
      trainerIds: values.trainerIds,
      sessions,
    };
    return { ok: false, errors, draft, rowOfSession };
  }
  return {
    ok: true,
    rowOfSession,
    input: {
      type: values.type as CourseType,
      title: values.title,
      locationText: values.locationText || null,
      online: values.online,
      capacity,
      trainerIds: values.trainerIds,
      sessions,
    },
  };
}

/** The gateway's path for a course field (`course.sessions.2.startTime`) as the form's field. */
export function courseFieldOfPath(path: string, rowOfSession: readonly number[]): CourseFormField | null {
  const segments = path.split('.');
  const start = segments[0] === 'course' || segments[0] === 'input' ? (segments[1] === 'course' ? 2 : 1) : 0;
  const [field, index] = segments.slice(start);
  if (field === 'sessions') {
    const sessionIndex = Number(index);
    const row = Number.isSafeInteger(sessionIndex) ? rowOfSession[sessionIndex] : undefined;
    return row === undefined ? 'sessions' : `sessions.${row}`;
  }
  if (
    field === 'type' ||
    field === 'title' ||
    field === 'locationText' ||
    field === 'capacity' ||
    field === 'trainerIds'
  )
    return field;
  return null;
}
