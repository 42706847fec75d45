import { describe, expect, it } from 'vitest';
import { refusalsOfZodError } from '../messages/index.js';
import { referralResourceInputSchema } from './referral-resource-input.js';

const resource = {
  name: 'Bjørgvin DPS',
  type: 'DPS',
  offers: 'Poliklinisk behandling for voksne.',
  areaKind: 'MUNICIPALITIES',
  municipalityNumbers: ['4631', '4601', '4601'],
  howToRefer: 'Henvisning fra fastlege.',
  phone: '55 00 00 00',
  website: 'helse-bergen.no',
};

const fieldsAndReasons = (input: unknown) => {
  const parsed = referralResourceInputSchema.safeParse(input);
  return parsed.success ? [] : refusalsOfZodError(parsed.error).map((r) => [r.field, r.reason]);
};

describe('referralResourceInputSchema', () => {
  it('takes a resource with its area, normalised', () => {
    expect(referralResourceInputSchema.parse(resource)).toEqual({
      ...resource,
      municipalityNumbers: ['4601', '4631'],
      website: 'https://helse-bergen.no',
      partnerId: null,
    });
    expect(
      referralResourceInputSchema.parse({
        ...resource,
        type: 'CRISIS_LINE',
        areaKind: 'NATIONAL',
        municipalityNumbers: [],
      }).municipalityNumbers,
    ).toEqual([]);
  });

  it('wants municipalities exactly when the area is some municipalities', () => {
    expect(fieldsAndReasons({ ...resource, municipalityNumbers: [] })).toEqual([
      ['municipalityNumbers', 'REFERRAL_MUNICIPALITIES_REQUIRED'],
    ]);
    expect(fieldsAndReasons({ ...resource, areaKind: 'DISTRICT' })).toEqual([
      ['municipalityNumbers', 'REFERRAL_MUNICIPALITIES_ONLY_LOCAL'],
    ]);
  });

  it('names every mistake at once', () => {
    expect(fieldsAndReasons({ municipalityNumbers: ['9999'], partnerId: 'x' })).toEqual([
      ['name', 'NAME_REQUIRED'],
      ['type', 'REFERRAL_RESOURCE_TYPE_REQUIRED'],
      ['offers', 'REFERRAL_OFFERS_REQUIRED'],
      ['areaKind', 'REFERRAL_AREA_REQUIRED'],
      ['municipalityNumbers', 'UNKNOWN_MUNICIPALITY_NUMBER'],
      ['howToRefer', 'REFERRAL_HOW_REQUIRED'],
      ['partnerId', 'UNKNOWN_PARTNER'],
      ['municipalityNumbers', 'REFERRAL_MUNICIPALITIES_ONLY_LOCAL'],
    ]);
  });
});
