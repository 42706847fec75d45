import { describe, expect, it } from 'vitest';
import { formErrorsFromGateway } from '../../shared/forms/form-errors';
import {
  activityFieldOfPath,
  EMPTY_ACTIVITY_FORM,
  parseParticipantCount,
  readActivityForm,
  toActivityInput,
} from './activity-form';
import { GatewayError } from '../../shared/gateway/errors';
import { createTranslator } from '../../shared/i18n/i18n';

const t = createTranslator('nb');
const PARTNER = '0b9f3c1e-6f1d-4c39-9a55-1f2d3e4a5b6c';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const complete: [string, string][] = [
  ['type', 'PROFESSIONAL_DAY'],
  ['title', ' Fagdag om selvhjelp '],
  ['status', 'COMPLETED'],
  ['date', '2026-10-01'],
  ['startTime', '09:00'],
  ['endTime', '15:00'],
  ['place', 'Rådhuset'],
  ['municipalityNumber', '4601'],
  ['staffUserIds', 'u1'],
  ['partnerIds', PARTNER],
  ['partnerIds', PARTNER],
  ['audiences', 'HEALTH_SERVICES'],
  ['audiences', 'NAV'],
  ['participantCount', ' 40 '],
  ['themeIds', 'angst'],
  ['notes', ''],
];

describe('activity form', () => {
  it('turns a complete form into ActivityInput', () => {
    const values = readActivityForm(form(complete));
    expect(values.title).toBe('Fagdag om selvhjelp');
    expect(values.partnerIds).toEqual([PARTNER]);
    expect(values.online).toBe(false);
    const result = toActivityInput(values, t);
    expect(result).toEqual({
      ok: true,
      input: {
        type: 'PROFESSIONAL_DAY',
        title: 'Fagdag om selvhjelp',
        status: 'COMPLETED',
        date: '2026-10-01',
        startTime: '09:00',
        endTime: '15:00',
        online: false,
        place: 'Rådhuset',
        municipalityNumber: '4601',
        staffUserIds: ['u1'],
        partnerIds: [PARTNER],
        audiences: ['HEALTH_SERVICES', 'NAV'],
        participantCount: 40,
        themeIds: ['angst'],
        notes: null,
      },
    });
  });

  it('sends empty optional fields as null and an online activity without a place', () => {
    const values = readActivityForm(
      form([
        ['type', 'TALK'],
        ['title', 'Foredrag'],
        ['status', 'PLANNED'],
        ['date', '2026-12-01'],
        ['online', 'true'],
      ]),
    );
    const result = toActivityInput(values, t);
    expect(result.ok && result.input).toMatchObject({
      online: true,
      place: null,
      participantCount: null,
      startTime: null,
      audiences: [],
    });
  });

  it('refuses a participant count that is no whole number, keeping the raw text, never sending NaN', () => {
    for (const text of ['førti', '4.5', '1e3', '99999999999']) {
      const values = { ...readActivityForm(form(complete)), participantCount: text };
      const result = toActivityInput(values, t);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.fields.participantCount).toBe(t('validation.wholeNumber'));
      expect(values.participantCount).toBe(text);
    }
  });

  it('leaves a negative count to the gateway, which owns that rule', () => {
    expect(parseParticipantCount('-5')).toBe(-5);
    expect(parseParticipantCount('')).toBeNull();
    expect(parseParticipantCount('1 200')).toBe(1200);
  });

  it('asks for type, title and date', () => {
    const result = toActivityInput({ ...EMPTY_ACTIVITY_FORM, date: '2026-02-30' }, t);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors.fields).sort()).toEqual(['date', 'title', 'type']);
  });

  it('maps the gateway paths to the form fields', () => {
    expect(activityFieldOfPath('activity.participantCount')).toBe('participantCount');
    expect(activityFieldOfPath('input.activity.endTime')).toBe('endTime');
    expect(activityFieldOfPath('activity.partnerIds.2')).toBe('partnerIds');
    expect(activityFieldOfPath('place')).toBe('place');
    expect(activityFieldOfPath('input.version')).toBeNull();
    const error = new GatewayError('BAD_USER_INPUT', 'Ugyldig', [
      { field: 'activity.participantCount', message: 'Antall deltakere kan ikke være negativt.' },
      { field: 'input.activity.endTime', message: 'Sluttiden må være etter starttiden.' },
      { field: 'input.id', message: 'Ukjent aktivitet.' },
    ]);
    expect(formErrorsFromGateway(error, { fieldOf: activityFieldOfPath })).toEqual({
      fields: {
        participantCount: 'Antall deltakere kan ikke være negativt.',
        endTime: 'Sluttiden må være etter starttiden.',
      },
      form: ['Ukjent aktivitet.'],
    });
    expect(
      formErrorsFromGateway(new GatewayError('BAD_USER_INPUT', 'Noe er galt'), { fieldOf: activityFieldOfPath }),
    ).toEqual({ fields: {}, form: ['Noe er galt'] });
  });
});
