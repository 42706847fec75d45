import { describe, expect, it } from 'vitest';
import { checkInErrors, readCheckInForm, readPeerForm, toCreatePeerInput, toPeerInput } from './peer-form';
import { createTranslator } from '../../shared/i18n/i18n';

const t = createTranslator('nb');

function form(entries: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

describe('peer form', () => {
  it('builds VolunteerPeerInput with defaults: language nb, available, capacity 2', () => {
    const values = readPeerForm(form({ name: ' Ola ', phone: '99999999', municipalityNumber: '4601' }));
    expect(toPeerInput(values, t)).toEqual({
      ok: true,
      input: {
        name: 'Ola',
        email: null,
        phone: '99999999',
        municipalityNumber: '4601',
        languages: ['nb'],
        themeIds: [],
        experience: null,
        gender: null,
        availability: 'AVAILABLE',
        availabilityNote: null,
        capacity: 2,
        confidentialityDeclaredOn: null,
        followUpStaffUserId: null,
        notes: null,
      },
    });
  });

  it('needs a name, email or phone and a municipality for a person of their own', () => {
    const result = toPeerInput(readPeerForm(form({})), t);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors.fields).sort()).toEqual(['contact', 'municipalityNumber', 'name']);
  });

  it('refuses a capacity that is not a number, a bad date and an unknown gender', () => {
    const values = readPeerForm(
      form({
        name: 'Ola',
        phone: '1',
        municipalityNumber: '4601',
        capacity: 'to',
        gender: 'X',
        confidentialityDeclaredOn: '1. nov',
      }),
    );
    const result = toPeerInput(values, t);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(Object.keys(result.errors.fields).sort()).toEqual(['capacity', 'confidentialityDeclaredOn', 'gender']);
  });

  it('a facilitator-peer sends the facilitator and no person fields; the consent is required', () => {
    const values = readPeerForm(
      form({
        person: 'facilitator',
        facilitatorId: 'f1',
        name: 'ignored',
        email: 'ignored@example.no',
        municipalityNumber: '4601',
        consentGivenOn: '2026-11-01',
        consentText: 'Ja',
      }),
    );
    const result = toCreatePeerInput(values, t);
    expect(result.ok && result.input.facilitatorId).toBe('f1');
    expect(result.ok && result.input.peer).toMatchObject({ name: null, email: null, phone: null });
    expect(result.ok && result.input.consent).toEqual({ givenOn: '2026-11-01', text: 'Ja' });
    const missing = toCreatePeerInput({ ...values, facilitatorId: '', consentGivenOn: '', consentText: '' }, t);
    expect(missing.ok).toBe(false);
    if (!missing.ok)
      expect(Object.keys(missing.errors.fields).sort()).toEqual(['consentGivenOn', 'consentText', 'facilitatorId']);
  });

  it('a check-in needs a date; the next date is optional but must be a date', () => {
    expect(checkInErrors(readCheckInForm(form({ date: '2026-12-01' })), t).fields).toEqual({});
    expect(Object.keys(checkInErrors(readCheckInForm(form({ nextCheckInOn: 'snart' })), t).fields).sort()).toEqual([
      'date',
      'nextCheckInOn',
    ]);
  });
});
