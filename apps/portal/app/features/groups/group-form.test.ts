import { describe, expect, it } from 'vitest';
import type { GroupFormValues } from './group-form';
import { EMPTY_GROUP_FORM, groupFieldOfPath, readGroupForm, toGroupInput } from './group-form';
import { formErrorsFromGateway, variablePath } from '../../shared/forms/form-errors';
import { differingFields, groupToFormValues } from './group-form-source';
import { fromGraphQLErrors } from '../../shared/gateway/errors';
import { createTranslator } from '../../shared/i18n/i18n';

const t = createTranslator('nb');

const weekly: GroupFormValues = {
  ...EMPTY_GROUP_FORM,
  name: ' Sorggruppe Bergen ',
  description: 'For deg som har mistet noen.',
  themeIds: ['grief'],
  targetGroup: 'AFFECTED',
  municipalityNumber: '4601',
  format: 'IN_PERSON',
  venueName: 'Frivilligsentralen',
  venueStreetAddress: 'Storgata 1',
  venuePostalCode: '5003',
  venuePostalPlace: 'Bergen',
  venueHearingLoop: true,
  meetingUrl: 'https://left.over/from-before',
  languages: ['nb', 'en'],
  maxSize: '8',
  scheduleKind: 'WEEKLY',
  scheduleWeekday: 'TUESDAY',
  scheduleNth: '2',
  scheduleDates: '2026-01-01',
  scheduleStartTime: '18:00',
  scheduleDurationMinutes: '90',
  scheduleStartDate: '2026-01-06',
};

describe('groupFieldOfPath', () => {
  it('maps the gateway’s paths to the form’s fields', () => {
    expect(groupFieldOfPath('input.group.venue.postalCode')).toBe('venuePostalCode');
    expect(groupFieldOfPath('input.group.schedule.dates.2')).toBe('scheduleDates');
    expect(groupFieldOfPath('input.group.schedule.durationMinutes')).toBe('scheduleDurationMinutes');
    expect(groupFieldOfPath('input.group.themeIds.0')).toBe('themeIds');
    expect(groupFieldOfPath('input.group.name')).toBe('name');
    expect(groupFieldOfPath('group.meetingUrl')).toBe('meetingUrl');
  });

  it('sends a whole part to its first field and anything else to the form', () => {
    expect(groupFieldOfPath('input.group.venue')).toBe('venueName');
    expect(groupFieldOfPath('input.group.schedule')).toBe('scheduleKind');
    expect(groupFieldOfPath('input.version')).toBeNull();
    expect(groupFieldOfPath('input.group.venue.colour')).toBeNull();
    expect(groupFieldOfPath('')).toBeNull();
  });
});

describe('groupFormErrors', () => {
  it('puts each BAD_USER_INPUT message next to its field', () => {
    const error = fromGraphQLErrors([
      {
        message: 'Postnummer må ha fire sifre.',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'input.group.venue.postalCode',
          fieldErrors: [
            { field: 'input.group.venue.postalCode', message: 'Postnummer må ha fire sifre.' },
            { field: 'input.group.schedule.weekday', message: 'Ukedag må velges.' },
            { field: 'input.group.schedule.dates.1', message: 'Ugyldig dato.' },
            { field: 'input.group.schedule.dates.3', message: 'Ugyldig dato igjen.' },
            { field: 'input.version', message: 'Ukjent versjon.' },
          ],
        },
      },
    ]);
    expect(formErrorsFromGateway(error, { fieldOf: groupFieldOfPath })).toEqual({
      fields: {
        venuePostalCode: 'Postnummer må ha fire sifre.',
        scheduleWeekday: 'Ukedag må velges.',
        scheduleDates: 'Ugyldig dato.',
      },
      form: ['Ukjent versjon.'],
    });
  });

  it('finds the path in a variable error that names it only in its text', () => {
    const error = fromGraphQLErrors([
      {
        message: 'Variable "$input" got invalid value "32.13.2026" at "input.group.schedule.startDate"; Ugyldig dato.',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
    expect(formErrorsFromGateway(error, { fieldOf: groupFieldOfPath }).fields.scheduleStartDate).toBe(
      '"32.13.2026": Ugyldig dato.',
    );
    expect(
      variablePath('Variable "$input" got invalid value "1.2.2026" at "input.group.schedule.dates[1]"; Ugyldig dato.'),
    ).toBe('input.group.schedule.dates.1');
    expect(variablePath('Variable "$before" got invalid value "x"; Ugyldig dato.')).toBe('');
  });
});

describe('toGroupInput', () => {
  it('sends what was typed, and only what applies to the format and schedule kind', () => {
    const result = toGroupInput(weekly, t);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input).toMatchObject({
      name: 'Sorggruppe Bergen',
      themeIds: ['grief'],
      venue: { postalCode: '5003', hearingLoop: true, stepFreeAccess: false, accessibilityNotes: null },
      meetingUrl: null,
      languages: ['nb', 'en'],
      maxSize: 8,
      schedule: { kind: 'WEEKLY', weekday: 'TUESDAY', nth: null, dates: null, durationMinutes: 90, endDate: null },
    });
  });

  it('drops the venue for online groups and keeps the dates for irregular ones', () => {
    const result = toGroupInput(
      { ...weekly, format: 'ONLINE', scheduleKind: 'IRREGULAR', scheduleDates: '2026-01-06\r\n\r\n 2026-02-03 ' },
      t,
    );
    if (!result.ok) throw new Error('expected input');
    expect(result.input.venue).toBeNull();
    expect(result.input.meetingUrl).toBe('https://left.over/from-before');
    expect(result.input.schedule).toMatchObject({ weekday: null, dates: ['2026-01-06', '2026-02-03'] });
  });

  it('asks for the choices it cannot send without, and whole numbers', () => {
    const result = toGroupInput({ ...EMPTY_GROUP_FORM, maxSize: 'åtte', scheduleDurationMinutes: '1,5' }, t);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors.fields).sort()).toEqual(
      ['format', 'maxSize', 'scheduleDurationMinutes', 'scheduleKind', 'scheduleStartDate', 'targetGroup'].sort(),
    );
    expect(result.errors.fields.maxSize).toBe('Skriv et helt tall.');
  });
});

describe('reading the form and a saved group', () => {
  it('reads lists and checkboxes from the posted form', () => {
    const form = new FormData();
    form.append('name', 'Navn');
    form.append('themeIds', 'grief');
    form.append('themeIds', 'loneliness');
    form.append('venueHearingLoop', 'true');
    const values = readGroupForm(form);
    expect(values.themeIds).toEqual(['grief', 'loneliness']);
    expect(values.languages).toEqual([]);
    expect(values.venueHearingLoop).toBe(true);
    expect(values.openForNewMembers).toBe(false);
    expect(values.scheduleKind).toBe('');
  });

  it('shows a saved group in the form, and says where two versions differ', () => {
    const saved = groupToFormValues({
      name: 'Sorggruppe Bergen',
      description: 'For deg som har mistet noen.',
      themes: [{ id: 'grief' }],
      targetGroup: 'AFFECTED',
      municipality: { number: '4601', name: 'Bergen' },
      format: 'IN_PERSON',
      venue: {
        name: 'Frivilligsentralen',
        streetAddress: 'Storgata 1',
        postalCode: '5003',
        postalPlace: 'Bergen',
        stepFreeAccess: false,
        hearingLoop: true,
        accessibilityNotes: null,
      },
      meetingUrl: null,
      languages: ['en', 'nb'],
      openForNewMembers: true,
      maxSize: 8,
      schedule: {
        kind: 'WEEKLY',
        weekday: 'TUESDAY',
        nth: null,
        dates: [],
        startTime: '18:00',
        durationMinutes: 90,
        startDate: '2026-01-06',
        endDate: null,
      },
    });
    expect(saved).toMatchObject({ maxSize: '8', scheduleNth: '', scheduleDates: '', venueAccessibilityNotes: '' });
    const typed = { ...saved, name: 'Sorggruppe Bergen sentrum', languages: ['nb', 'en'], scheduleStartTime: '18:30' };
    expect(differingFields(saved, typed)).toEqual(['name', 'scheduleStartTime']);
  });
});
