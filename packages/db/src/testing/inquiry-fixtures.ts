import { randomBytes } from 'node:crypto';
import type {
  ConsentData,
  ConsentPurpose,
  DistrictId,
  InquiryData,
  InterestListEntryData,
  IsoDate,
  ReferralResourceData,
  Refusal,
  Scope,
} from '@selvhjelp/domain';
import {
  consentWithdrawalRefusal,
  NATIONAL_SCOPE,
  outreachDraftOfInquiry,
  plannedActivityRefusal,
} from '@selvhjelp/domain';
import type { Database } from '../database.js';
import { inquiryDataOf } from '../repositories/inquiries/records.js';
import type { InquiryRecord, NewInquiry } from '../repositories/inquiries/types.js';
import type { NewReferralResource, ReferralResourceRecord } from '../repositories/referral-resources/types.js';
import { OFFICE_MUNICIPALITY } from './group-fixtures.js';
import { RefusedInTest } from './rules-as-gateway.js';

/** A consent given on 2026-11-01 with short wording. */
export function testConsent(purpose: ConsentPurpose, givenOn: IsoDate = '2026-11-01'): ConsentData {
  return { purpose, givenOn, wording: `Samtykke til ${purpose.toLowerCase()}.` };
}

export interface TestInquiryOverrides extends Partial<InquiryData> {
  districtId?: DistrictId;
}

/** A valid InquiryData: a relative phoning about grief on 2026-11-20 in the office town, nothing about the person. */
export function testInquiryData(overrides: TestInquiryOverrides = {}): InquiryData {
  const { districtId = 'vest', ...rest } = overrides;
  return {
    receivedOn: '2026-11-20',
    receivedTime: '10:15',
    channel: 'PHONE',
    inquirerType: 'RELATIVE',
    publicServiceType: null,
    partnerId: null,
    themeIds: ['grief'],
    languages: [],
    municipalityNumber: OFFICE_MUNICIPALITY[districtId],
    minutesSpent: 15,
    actions: ['INFORMATION_GIVEN'],
    note: null,
    person: null,
    consents: [],
    ...rest,
  };
}

/** A person who can be contacted: an alias, a phone number and the follow-up consent. */
export function testContactablePerson(
  alias = `Kari ${randomBytes(2).toString('hex')}`,
): Pick<InquiryData, 'person' | 'consents'> {
  return {
    person: { alias, contact: { method: 'PHONE', value: '912 34 567' } },
    consents: [testConsent('FOLLOW_UP_CONTACT')],
  };
}

export function testNewInquiry(
  overrides: TestInquiryOverrides = {},
  interestList: InterestListEntryData[] = [],
  now = new Date(),
): NewInquiry {
  return {
    districtId: overrides.districtId ?? 'vest',
    data: testInquiryData(overrides),
    interestList,
    now,
    actorId: null,
  };
}

/** Creates an inquiry through the repository (national scope unless given). */
export function createTestInquiry(
  db: Database,
  overrides: TestInquiryOverrides = {},
  interestList: InterestListEntryData[] = [],
  scope: Scope = NATIONAL_SCOPE,
): Promise<InquiryRecord> {
  return db.repositories.inquiries.create(scope, testNewInquiry(overrides, interestList));
}

export interface TestReferralResourceOverrides extends Partial<ReferralResourceData> {
  districtId?: DistrictId;
}

/** A valid ReferralResourceData: a DPS taking people from the office town. */
export function testReferralResourceData(overrides: TestReferralResourceOverrides = {}): ReferralResourceData {
  const { districtId = 'vest', ...rest } = overrides;
  return {
    name: `DPS ${randomBytes(3).toString('hex')}`,
    type: 'DPS',
    offers: 'Poliklinisk behandling for voksne.',
    areaKind: 'MUNICIPALITIES',
    municipalityNumbers: [OFFICE_MUNICIPALITY[districtId]],
    howToRefer: 'Henvisning fra fastlege.',
    phone: null,
    website: null,
    partnerId: null,
    ...rest,
  };
}

export function testNewReferralResource(
  overrides: TestReferralResourceOverrides = {},
  now = new Date(),
): NewReferralResource {
  return { districtId: overrides.districtId ?? 'vest', data: testReferralResourceData(overrides), now };
}

export function createTestReferralResource(
  db: Database,
  overrides: TestReferralResourceOverrides = {},
  scope: Scope = NATIONAL_SCOPE,
): Promise<ReferralResourceRecord> {
  return db.repositories.referralResources.create(scope, testNewReferralResource(overrides));
}

function check(refusal: Refusal | null): void {
  if (refusal) throw new RefusedInTest(refusal);
}

/** Inquiry writes as the gateway's inquiry service runs them: lock → domain rule → write, in one transaction. */
export function inquiriesAsTheGatewayDoes(db: Database) {
  return {
    planActivity: (
      scope: Scope,
      id: string,
      plan: { title: string; date: IsoDate; place: string; now: Date; actorId: string | null },
    ) =>
      db.transaction(async (repos) => {
        const inquiry = await repos.inquiries.lock(scope, id);
        if (!inquiry) return null;
        const data = inquiryDataOf(inquiry);
        check(plannedActivityRefusal(data, inquiry.activityId));
        const draft = outreachDraftOfInquiry(data)!;
        return repos.inquiries.planActivity(scope, id, {
          districtId: inquiry.districtId,
          data: {
            ...draft,
            title: plan.title,
            date: plan.date,
            startTime: null,
            endTime: null,
            online: false,
            place: plan.place,
            staffUserIds: [],
            participantCount: null,
            notes: null,
          },
          now: plan.now,
          actorId: plan.actorId,
        });
      }),
    withdrawConsent: (scope: Scope, id: string, purpose: ConsentPurpose, on: IsoDate, now = new Date()) =>
      db.transaction(async (repos) => {
        const inquiry = await repos.inquiries.lock(scope, id);
        const consent = inquiry?.consents.find((given) => given.purpose === purpose);
        if (!inquiry || !consent) return null;
        check(consentWithdrawalRefusal(consent, on));
        return repos.inquiries.withdrawConsent(scope, id, { purpose, on, now, actorId: null });
      }),
  };
}
