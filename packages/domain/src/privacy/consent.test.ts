import { describe, expect, it } from 'vitest';
import { refusalsOfZodError } from '../messages/index.js';
import type { ConsentRecord, PersonalDataViewer } from './consent.js';
import {
  canReadCaseNotes,
  canSeeContactDetails,
  consentWithdrawalRefusal,
  hasConsent,
  makeConsentsInputSchema,
} from './consent.js';

const TODAY = '2026-12-04';
const WORDING = 'Jeg samtykker til at Selvhjelp Vest kontakter meg igjen for oppfølging.';

describe('consents as input', () => {
  const schema = makeConsentsInputSchema(TODAY);

  it('takes none, or one per purpose with date and wording', () => {
    expect(schema.parse(undefined)).toEqual([]);
    expect(schema.parse([{ purpose: 'FOLLOW_UP_CONTACT', givenOn: TODAY, wording: ` ${WORDING} ` }])).toEqual([
      { purpose: 'FOLLOW_UP_CONTACT', givenOn: TODAY, wording: WORDING },
    ]);
  });

  it('refuses a repeated purpose, a future date, a missing wording and an identity number', () => {
    const repeated = schema.safeParse([
      { purpose: 'INTEREST_LIST', givenOn: TODAY, wording: WORDING },
      { purpose: 'INTEREST_LIST', givenOn: TODAY, wording: WORDING },
    ]);
    expect(refusalsOfZodError(repeated.error!)).toEqual([{ reason: 'CONSENT_PURPOSE_REPEATED', field: '1.purpose' }]);

    const wrong = schema.safeParse([
      { purpose: 'MARKETING', givenOn: '2026-12-05', wording: '' },
      { purpose: 'REFERRAL', givenOn: '2026-02-30', wording: 'Samtykke for 13097248022' },
    ]);
    expect(refusalsOfZodError(wrong.error!).map((r) => [r.field, r.reason])).toEqual([
      ['0.purpose', 'CONSENT_PURPOSE_REQUIRED'],
      ['0.givenOn', 'CONSENT_DATE_IN_FUTURE'],
      ['0.wording', 'CONSENT_WORDING_REQUIRED'],
      ['1.givenOn', 'INVALID_DATE'],
      ['1.wording', 'NATIONAL_ID_NUMBER'],
    ]);
  });
});

describe('hasConsent', () => {
  const consents: ConsentRecord[] = [
    { purpose: 'FOLLOW_UP_CONTACT', givenOn: '2026-11-01', wording: WORDING, withdrawnOn: '2026-12-01' },
    { purpose: 'INTEREST_LIST', givenOn: '2026-11-01', wording: WORDING, withdrawnOn: null },
  ];

  it('is in force from the day given until the day withdrawn', () => {
    expect(hasConsent(consents, 'FOLLOW_UP_CONTACT', '2026-10-31')).toBe(false);
    expect(hasConsent(consents, 'FOLLOW_UP_CONTACT', '2026-11-01')).toBe(true);
    expect(hasConsent(consents, 'FOLLOW_UP_CONTACT', '2026-11-30')).toBe(true);
    expect(hasConsent(consents, 'FOLLOW_UP_CONTACT', '2026-12-01')).toBe(false);
    expect(hasConsent(consents, 'INTEREST_LIST', TODAY)).toBe(true);
    expect(hasConsent(consents, 'REFERRAL', TODAY)).toBe(false);
  });

  it('cannot be withdrawn before it was given', () => {
    const consent = consents[1]!;
    expect(consentWithdrawalRefusal(consent, '2026-10-31')).toEqual({
      reason: 'CONSENT_WITHDRAWN_BEFORE_GIVEN',
      field: 'withdrawnOn',
    });
    expect(consentWithdrawalRefusal(consent, '2026-11-01')).toBeNull();
  });
});

describe('who sees what', () => {
  const NOW = new Date('2026-12-04T12:00:00Z');
  const viewer = (overrides: Partial<PersonalDataViewer>): PersonalDataViewer => ({
    role: 'DISTRICT_STAFF',
    inDistrict: true,
    isResponsible: false,
    notesGrantedUntil: null,
    ...overrides,
  });

  it('shows contact details to district staff while the follow-up consent is in force', () => {
    expect(canSeeContactDetails(viewer({}), true)).toBe(true);
    expect(canSeeContactDetails(viewer({ role: 'DISTRICT_LEAD' }), true)).toBe(true);
  });

  it('hides them from all but the district lead once the consent is withdrawn', () => {
    expect(canSeeContactDetails(viewer({}), false)).toBe(false);
    expect(canSeeContactDetails(viewer({ isResponsible: true }), false)).toBe(false);
    expect(canSeeContactDetails(viewer({ notesGrantedUntil: new Date('2027-01-01') }), false)).toBe(false);
    expect(canSeeContactDetails(viewer({ role: 'DISTRICT_LEAD' }), false)).toBe(true);
  });

  it('never shows them outside the district, to the national office, administrators or partners', () => {
    for (const other of [
      viewer({ inDistrict: false }),
      viewer({ role: 'DISTRICT_LEAD', inDistrict: false }),
      viewer({ role: 'NATIONAL' }),
      viewer({ role: 'ADMIN' }),
      viewer({ role: 'PARTNER_CLIENT' }),
    ]) {
      expect(canSeeContactDetails(other, true)).toBe(false);
      expect(canReadCaseNotes(other, NOW)).toBe(false);
    }
  });

  it('lets the responsible staff member, the lead and staff with a running grant read notes', () => {
    expect(canReadCaseNotes(viewer({}), NOW)).toBe(false);
    expect(canReadCaseNotes(viewer({ isResponsible: true }), NOW)).toBe(true);
    expect(canReadCaseNotes(viewer({ role: 'DISTRICT_LEAD' }), NOW)).toBe(true);
    expect(canReadCaseNotes(viewer({ notesGrantedUntil: new Date('2026-12-04T12:00:01Z') }), NOW)).toBe(true);
    expect(canReadCaseNotes(viewer({ notesGrantedUntil: NOW }), NOW)).toBe(false);
  });
});
