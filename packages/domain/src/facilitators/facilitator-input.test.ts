import { describe, expect, it } from 'vitest';
import { messageOfZodIssue } from '../messages/index.js';
import { facilitatorInputSchema, newFacilitatorInputSchema } from './facilitator-input.js';

const valid = {
  name: 'Kari Nordmann',
  email: 'kari@example.no',
  phone: null,
  municipalityNumber: '4601',
  languages: ['nb', 'en'],
  themeConsent: true,
  themeIds: ['grief'],
  availability: 'AVAILABLE',
  notes: null,
};

function issues(input: unknown) {
  const result = facilitatorInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), messageOfZodIssue(issue)]);
}

describe('facilitatorInputSchema', () => {
  it('gives FacilitatorData with the district of the municipality', () => {
    const data = facilitatorInputSchema.parse(valid);
    expect(data).toMatchObject({
      districtId: 'vest',
      name: 'Kari Nordmann',
      email: 'kari@example.no',
      themeIds: ['grief'],
    });
  });

  it('needs email or phone', () => {
    expect(issues({ ...valid, email: '', phone: null })).toEqual([
      ['email', 'Oppgi e-post eller telefonnummer (minst ett av dem).'],
    ]);
    expect(issues({ ...valid, email: null, phone: '+47 912 34 567' })).toEqual([]);
  });

  it('refuses a malformed email and phone', () => {
    expect(issues({ ...valid, email: 'kari@' })).toEqual([['email', 'Ugyldig e-postadresse.']]);
    expect(issues({ ...valid, phone: '12ab' })).toEqual([['phone', 'Ugyldig telefonnummer.']]);
  });

  it('keeps themes only with consent', () => {
    expect(issues({ ...valid, themeConsent: false })).toEqual([
      ['themeIds', 'Tema kan bare registreres når igangsetteren har samtykket til det.'],
    ]);
    expect(issues({ ...valid, themeConsent: false, themeIds: [] })).toEqual([]);
  });

  it('refuses unknown municipalities, themes and languages', () => {
    expect(issues({ ...valid, municipalityNumber: '9999', themeIds: ['nope'], languages: ['xx'] })).toEqual([
      ['municipalityNumber', 'Ukjent kommunenummer.'],
      ['languages', 'Ukjent språkkode xx.'],
      ['themeIds', 'Ukjent tema: nope.'],
    ]);
  });

  it('requires consent for a new facilitator', () => {
    const missing = newFacilitatorInputSchema.safeParse(valid);
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual(['consent']);
    const parsed = newFacilitatorInputSchema.parse({
      ...valid,
      consent: { givenOn: '2026-11-01', text: 'Jeg samtykker.' },
    });
    expect(parsed.consent).toEqual({ givenOn: '2026-11-01', text: 'Jeg samtykker.' });
    expect(parsed.data.districtId).toBe('vest');
  });
});
