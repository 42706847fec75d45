import { describe, expect, it } from 'vitest';
import { refusalsOfZodError } from '../messages/index.js';
import { makeNewVolunteerPeerInputSchema, makeVolunteerPeerInputSchema } from './peer-input.js';

const TODAY = '2026-12-04';
const schema = makeVolunteerPeerInputSchema(TODAY);
const STAFF_ID = '5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f';

const peer = {
  name: ' Ola Nordmann ',
  phone: '912 34 567',
  municipalityNumber: '4601',
  languages: ['nb', 'ar', 'nb'],
  themeIds: ['grief'],
  experience: 'Mistet broren sin i 2019.',
  availabilityNote: 'Kvelder',
  confidentialityDeclaredOn: '2026-11-20',
  followUpStaffUserId: STAFF_ID,
};

const fieldsAndReasons = (input: unknown) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : refusalsOfZodError(parsed.error).map((r) => [r.field, r.reason]);
};

describe('makeVolunteerPeerInputSchema', () => {
  it('takes a peer with defaults: capacity 2, available, the district from the municipality', () => {
    expect(schema.parse(peer)).toEqual({
      districtId: 'vest',
      name: 'Ola Nordmann',
      email: null,
      phone: '912 34 567',
      municipalityNumber: '4601',
      languages: ['nb', 'ar'],
      themeIds: ['grief'],
      experience: 'Mistet broren sin i 2019.',
      gender: null,
      availability: 'AVAILABLE',
      availabilityNote: 'Kvelder',
      capacity: 2,
      confidentialityDeclaredOn: '2026-11-20',
      followUpStaffUserId: STAFF_ID,
      notes: null,
    });
  });

  it('keeps a peer without a declaration (they cannot be matched until they sign)', () => {
    expect(schema.parse({ ...peer, confidentialityDeclaredOn: '', gender: 'WOMAN', capacity: 3 })).toMatchObject({
      confidentialityDeclaredOn: null,
      gender: 'WOMAN',
      capacity: 3,
    });
  });

  it('names every mistake at once', () => {
    expect(
      fieldsAndReasons({
        name: '',
        municipalityNumber: '9999',
        languages: ['xx'],
        themeIds: ['astrology'],
        gender: 'X',
        availability: 'MAYBE',
        capacity: 0,
        confidentialityDeclaredOn: '2026-12-05',
        followUpStaffUserId: 'someone',
        notes: 'Fnr 13097248022',
      }),
    ).toEqual([
      ['name', 'NAME_REQUIRED'],
      ['municipalityNumber', 'UNKNOWN_MUNICIPALITY_NUMBER'],
      ['languages', 'LANGUAGE_CODE_UNKNOWN'],
      ['themeIds', 'THEME_UNKNOWN'],
      ['gender', 'INVALID_CHOICE'],
      ['availability', 'AVAILABILITY_REQUIRED'],
      ['capacity', 'PEER_CAPACITY_RANGE'],
      ['confidentialityDeclaredOn', 'DATE_IN_FUTURE'],
      ['followUpStaffUserId', 'STAFF_USER_NOT_FOUND'],
      ['notes', 'NATIONAL_ID_NUMBER'],
      ['email', 'EMAIL_OR_PHONE_REQUIRED'],
    ]);
    expect(fieldsAndReasons({ ...peer, capacity: 7 })).toEqual([['capacity', 'PEER_CAPACITY_RANGE']]);
    expect(fieldsAndReasons({ ...peer, experience: 'D-nr 530972 48016' })).toEqual([
      ['experience', 'NATIONAL_ID_NUMBER'],
    ]);
  });
});

describe('makeNewVolunteerPeerInputSchema', () => {
  const create = makeNewVolunteerPeerInputSchema(TODAY);

  it('wants the consent to keep them on record', () => {
    const parsed = create.safeParse(peer);
    expect(refusalsOfZodError(parsed.error!).map((r) => [r.field, r.reason])).toEqual([
      ['consent', 'CONSENT_REQUIRED'],
    ]);
    const consent = {
      givenOn: '2026-11-20',
      text: 'Jeg samtykker til at Selvhjelp Vest registrerer meg som likeperson.',
    };
    expect(create.parse({ ...peer, consent })).toMatchObject({
      data: { name: 'Ola Nordmann', districtId: 'vest' },
      consent,
    });
  });
});
