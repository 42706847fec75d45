import { describe, expect, it } from 'vitest';
import { canonicalPayload, serviceReferralStatus } from './status.js';
import { makeServiceReferralInputSchema, makeTalkRequestInputSchema } from './input.js';

const base = {
  reference: ' NAV-2026-0042 ',
  municipality: '4601',
  serviceType: 'NAV',
  serviceUnit: 'NAV Bergenhus',
  serviceContact: { name: 'Ola Veileder', phone: null, email: 'ola@nav.example' },
};

const referral = {
  ...base,
  person: {
    firstName: 'Kari',
    contactPreference: 'PHONE',
    phone: '912 34 567',
    email: 'kari@example.no',
    goodTimes: 'Etter kl. 15',
  },
  consent: { givenOn: '2026-12-01', wording: 'Jeg samtykker til at Selvhjelp Norge kontakter meg.' },
  themeIds: ['loneliness'],
  reasonText: 'Ønsker en samtalegruppe.',
};

describe('a referral from a service', () => {
  const schema = makeServiceReferralInputSchema('2026-12-05');

  it('keeps the first name and the contact the person prefers, and nothing else about them', () => {
    const parsed = schema.safeParse(referral);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      kind: 'REFERRAL',
      reference: 'NAV-2026-0042',
      municipalityNumber: '4601',
      person: { firstName: 'Kari', contact: { method: 'PHONE', value: '912 34 567' }, contactTimes: 'Etter kl. 15' },
    });
    expect(JSON.stringify(parsed.data)).not.toContain('kari@example.no');
  });

  it('refuses an identity number, a missing preferred contact, a long reference and a future consent', () => {
    const refused = (input: unknown) =>
      (schema.safeParse(input).error?.issues ?? []).map((issue) => `${issue.path.join('.')} ${issue.message}`);
    expect(refused({ ...referral, reasonText: 'Fnr 13097248022' })).toContain('reasonText NATIONAL_ID_NUMBER');
    expect(refused({ ...referral, person: { ...referral.person, phone: null } })).toContain(
      'person.phone CONTACT_VALUE_REQUIRED',
    );
    expect(refused({ ...referral, reference: 'x'.repeat(65) })).toContain('reference SERVICE_REFERENCE_TOO_LONG');
    expect(refused({ ...referral, consent: { ...referral.consent, givenOn: '2026-12-06' } })).toContain(
      'consent.givenOn CONSENT_DATE_IN_FUTURE',
    );
    expect(refused({ ...referral, consent: undefined })).toContain('consent CONSENT_REQUIRED');
    expect(refused({ ...referral, serviceContact: { name: 'Ola', phone: null, email: null } })).toContain(
      'serviceContact.phone SERVICE_CONTACT_PHONE_OR_EMAIL',
    );
  });
});

describe('a talk request', () => {
  const schema = makeTalkRequestInputSchema('2026-12-05');
  const talk = {
    ...base,
    topic: 'Selvhjelp for ansatte',
    themeIds: [],
    audienceSize: 25,
    wishedFrom: '2027-01-10',
    wishedTo: '2027-02-10',
    place: 'Bergenhus',
  };

  it('needs a period that is not past nor reversed', () => {
    expect(schema.safeParse(talk).success).toBe(true);
    const issues = (input: unknown) => schema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];
    expect(issues({ ...talk, wishedFrom: '2026-11-01', wishedTo: '2026-11-02' })).toContain('TALK_PERIOD_PAST');
    expect(issues({ ...talk, wishedFrom: '2027-03-01' })).toContain('DATE_RANGE_REVERSED');
    expect(issues({ ...talk, audienceSize: 0 })).toContain('TALK_AUDIENCE_RANGE');
  });
});

describe('the status a service is told', () => {
  const facts = {
    changedByStaff: false,
    actions: [],
    activityPlanned: false,
    caseStatus: null,
    anonymised: false,
  } as const;
  it('is RECEIVED, then CONTACTED, then CLOSED', () => {
    expect(serviceReferralStatus(facts)).toBe('RECEIVED');
    expect(serviceReferralStatus({ ...facts, changedByStaff: true, actions: ['INFORMATION_GIVEN'] })).toBe('CONTACTED');
    expect(serviceReferralStatus({ ...facts, caseStatus: 'OPEN' })).toBe('CONTACTED');
    expect(serviceReferralStatus({ ...facts, caseStatus: 'CLOSED' })).toBe('CLOSED');
    expect(serviceReferralStatus({ ...facts, changedByStaff: true, actions: ['REFERRED_TO_GROUP'] })).toBe('CLOSED');
    expect(serviceReferralStatus({ ...facts, activityPlanned: true })).toBe('CLOSED');
  });
});

describe('the canonical payload', () => {
  it('ignores key order and undefined keys', () => {
    expect(canonicalPayload({ b: 1, a: { d: [1, 2], c: undefined } })).toBe(
      canonicalPayload({ a: { d: [1, 2] }, b: 1 }),
    );
    expect(canonicalPayload({ a: [1, 2] })).not.toBe(canonicalPayload({ a: [2, 1] }));
  });
});
