import { describe, expect, it } from 'vitest';
import {
  courseFieldOfPath,
  DEFAULT_SESSION_ROWS,
  readCourseForm,
  toTrainingCourseInput,
  withSessionRows,
} from './course-form';
import { createTranslator } from '../../shared/i18n/i18n';

const t = createTranslator('nb');

function courseForm(entries: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(entries)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  return form;
}

const base = {
  type: 'BASIC',
  title: 'Grunnkurs høst',
  locationText: 'Bergen',
  capacity: '12',
  trainerIds: ['u1', 'u2'],
  sessionRows: '6',
};

describe('readCourseForm and toTrainingCourseInput', () => {
  it('ignores blank session rows and keeps the order of the filled ones', () => {
    const values = readCourseForm(
      courseForm({
        ...base,
        'sessions.0.date': '2026-12-01',
        'sessions.0.startTime': '17:00',
        'sessions.0.endTime': '20:00',
        'sessions.2.date': '2026-12-08',
        'sessions.2.startTime': '17:00',
        'sessions.2.endTime': '20:00',
        'sessions.2.place': 'Rom 2',
        'sessions.4.date': ' ',
      }),
    );
    expect(values.sessions).toHaveLength(6);
    const result = toTrainingCourseInput(values, t);
    expect(result).toEqual({
      ok: true,
      rowOfSession: [0, 2],
      input: {
        type: 'BASIC',
        title: 'Grunnkurs høst',
        locationText: 'Bergen',
        online: false,
        capacity: 12,
        trainerIds: ['u1', 'u2'],
        sessions: [
          { date: '2026-12-01', startTime: '17:00', endTime: '20:00', place: null },
          { date: '2026-12-08', startTime: '17:00', endTime: '20:00', place: 'Rom 2' },
        ],
      },
    });
  });

  it('marks a started but incomplete row, and asks for a session when all are blank', () => {
    const partial = toTrainingCourseInput(readCourseForm(courseForm({ ...base, 'sessions.1.place': 'Rom 1' })), t);
    expect(partial.ok).toBe(false);
    if (!partial.ok) expect(Object.keys(partial.errors.fields)).toEqual(['sessions.1']);
    const none = toTrainingCourseInput(readCourseForm(courseForm(base)), t);
    expect(none.ok).toBe(false);
    if (!none.ok) expect(Object.keys(none.errors.fields)).toEqual(['sessions']);
  });

  it('checks only shape: a type, a title and a whole number of seats', () => {
    const result = toTrainingCourseInput(
      readCourseForm(courseForm({ ...base, type: 'NOPE', title: '', capacity: '1.5' })),
      t,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors.fields).sort()).toEqual(['capacity', 'sessions', 'title', 'type']);
  });

  it('reads as many rows as the form says it had, within limits', () => {
    expect(readCourseForm(courseForm({ sessionRows: '8' })).sessions).toHaveLength(8);
    expect(readCourseForm(courseForm({})).sessions).toHaveLength(DEFAULT_SESSION_ROWS);
    expect(readCourseForm(courseForm({ sessionRows: '9999' })).sessions.length).toBeLessThanOrEqual(30);
    expect(withSessionRows([], 7)).toHaveLength(7);
  });
});

describe('courseFieldOfPath', () => {
  it('maps the gateway’s session index back to the form row', () => {
    expect(courseFieldOfPath('course.sessions.1.startTime', [0, 3])).toBe('sessions.3');
    expect(courseFieldOfPath('input.course.sessions.0', [2])).toBe('sessions.2');
    expect(courseFieldOfPath('course.sessions', [2])).toBe('sessions');
    expect(courseFieldOfPath('input.course.capacity', [])).toBe('capacity');
    expect(courseFieldOfPath('course.trainerIds.0', [])).toBe('trainerIds');
    expect(courseFieldOfPath('input.version', [])).toBeNull();
  });
});
