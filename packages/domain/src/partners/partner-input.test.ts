import { describe, expect, it } from 'vitest';
import { messageOfZodIssue } from '../messages/index.js';
import { agreementInputSchema, contactInputSchema, partnerInputSchema } from './partner-input.js';

const partner = {
  name: 'Bergen kommune',
  type: 'MUNICIPALITY',
  organisationNumber: '964 338 531',
  municipalityNumber: '4601',
  streetAddress: 'Rådhusgaten 10',
  postalCode: '5014',
  postalPlace: 'Bergen',
  website: 'bergen.kommune.no',
  status: 'ACTIVE',
  workingDistrictIds: ['vest', 'vest'],
  notes: null,
};

function issues(
  schema: {
    safeParse(input: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  input: unknown,
) {
  const result = schema.safeParse(input);
  return result.success
    ? []
    : result.error!.issues.map((issue) => [issue.path.join('.'), messageOfZodIssue(issue as never)]);
}

describe('partnerInputSchema', () => {
  it('normalises the organisation number, the website and the districts', () => {
    expect(partnerInputSchema.parse(partner)).toMatchObject({
      organisationNumber: '964338531',
      website: 'https://bergen.kommune.no',
      workingDistrictIds: ['vest'],
    });
  });

  it('names the organisation number when its check digit is wrong', () => {
    expect(issues(partnerInputSchema, { ...partner, organisationNumber: '964338532' })).toEqual([
      ['organisationNumber', 'Organisasjonsnummeret er ikke gyldig (feil kontrollsiffer).'],
    ]);
    expect(issues(partnerInputSchema, { ...partner, organisationNumber: '12345' })).toEqual([
      ['organisationNumber', 'Organisasjonsnummeret må ha ni siffer.'],
    ]);
  });

  it('lets the organisation number, address and website be empty', () => {
    const data = partnerInputSchema.parse({
      ...partner,
      organisationNumber: '',
      streetAddress: '',
      postalCode: '',
      postalPlace: '',
      website: ' ',
    });
    expect(data).toMatchObject({
      organisationNumber: null,
      streetAddress: null,
      postalCode: null,
      postalPlace: null,
      website: null,
    });
  });

  it('wants postal code and place together, and four digits', () => {
    expect(issues(partnerInputSchema, { ...partner, postalPlace: '' })).toEqual([
      ['postalPlace', 'Oppgi både postnummer og poststed.'],
    ]);
    expect(issues(partnerInputSchema, { ...partner, postalCode: '501' })).toEqual([
      ['postalCode', 'Postnummeret må ha fire siffer.'],
    ]);
  });

  it('refuses unknown types, municipalities, districts and odd websites', () => {
    expect(issues(partnerInputSchema, { ...partner, type: 'BANK' }).map(([field]) => field)).toEqual(['type']);
    expect(issues(partnerInputSchema, { ...partner, municipalityNumber: '9999' }).map(([field]) => field)).toEqual([
      'municipalityNumber',
    ]);
    expect(
      issues(partnerInputSchema, { ...partner, workingDistrictIds: ['atlantis'] }).map(([field]) => field),
    ).toEqual(['workingDistrictIds.0']);
    expect(issues(partnerInputSchema, { ...partner, website: 'javascript:alert(1)' }).map(([field]) => field)).toEqual([
      'website',
    ]);
  });
});

describe('contactInputSchema', () => {
  it('keeps the minimum: name, and optional email, phone and consent note', () => {
    expect(
      contactInputSchema.parse({ name: ' Ola ', email: '', phone: '912 34 567', consentNote: 'Muntlig, 1.10.' }),
    ).toEqual({
      name: 'Ola',
      email: null,
      phone: '912 34 567',
      consentNote: 'Muntlig, 1.10.',
    });
    expect(issues(contactInputSchema, { name: '', email: 'ola@' }).map(([field]) => field)).toEqual(['name', 'email']);
  });
});

describe('agreementInputSchema', () => {
  const agreement = {
    title: 'Samarbeidsavtale',
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
    scope: 'Lokaler og informasjon.',
  };

  it('accepts an open-ended agreement', () => {
    expect(agreementInputSchema.parse({ ...agreement, endsOn: '' })).toMatchObject({ endsOn: null });
  });

  it('refuses an end before the start, naming endsOn', () => {
    expect(issues(agreementInputSchema, { ...agreement, endsOn: '2025-12-31' })).toEqual([
      ['endsOn', 'Sluttdatoen kan ikke være før startdatoen.'],
    ]);
  });

  it('refuses impossible dates', () => {
    expect(issues(agreementInputSchema, { ...agreement, startsOn: '2026-02-30' }).map(([field]) => field)).toEqual([
      'startsOn',
    ]);
  });
});
