import { describe, expect, it } from 'vitest';
import { readFacilitatorForm, toCreateFacilitatorInput, toFacilitatorInput } from './facilitator-form';
import { createTranslator } from '../../shared/i18n/i18n';

const t = createTranslator('nb');

function form(entries: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

describe('facilitator form', () => {
  it('builds FacilitatorInput; themes are dropped without consent', () => {
    const values = readFacilitatorForm(
      form({
        name: ' Kari Nordmann ',
        phone: '99999999',
        municipalityNumber: '4601',
        languages: ['nb', 'en'],
        themeIds: ['grief'],
        availability: 'BUSY',
      }),
    );
    expect(toFacilitatorInput(values, t)).toEqual({
      ok: true,
      input: {
        name: 'Kari Nordmann',
        email: null,
        phone: '99999999',
        municipalityNumber: '4601',
        languages: ['nb', 'en'],
        themeConsent: false,
        themeIds: [],
        availability: 'BUSY',
        notes: null,
      },
    });
    const consented = toFacilitatorInput({ ...values, themeConsent: true }, t);
    expect(consented.ok && consented.input.themeIds).toEqual(['grief']);
  });

  it('needs a name, a municipality and email or phone', () => {
    const result = toFacilitatorInput(readFacilitatorForm(form({})), t);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors.fields).sort()).toEqual(['contact', 'municipalityNumber', 'name']);
  });

  it('on create, adds the consent date and text', () => {
    const values = readFacilitatorForm(
      form({
        name: 'Ola',
        email: 'ola@example.no',
        municipalityNumber: '4601',
        consentGivenOn: '2026-11-01',
        consentText: 'Ja',
      }),
    );
    const result = toCreateFacilitatorInput(values, t);
    expect(result.ok && result.input.consent).toEqual({ givenOn: '2026-11-01', text: 'Ja' });
    const missing = toCreateFacilitatorInput({ ...values, consentGivenOn: '1. nov', consentText: '' }, t);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(Object.keys(missing.errors.fields).sort()).toEqual(['consentGivenOn', 'consentText']);
  });
});
