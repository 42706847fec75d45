// Referrals and talk requests from public services by API (issue 14, decision 0033). The person's
// data is on the inquiry each one became; these records carry what the service may learn back.
import type { DistrictId, InquiryAction, ServiceReferralKind } from '@selvhjelp/domain';
import type { NewInquiry } from '../inquiries/types.js';

/**
 * A submission as its service sees it, with the facts of its inquiry the status is worked out
 * from (the domain's serviceReferralStatus). Nothing about the person.
 */
export interface ServiceReferralRecord {
  id: string;
  inquiryId: string;
  apiClientId: string;
  districtId: DistrictId;
  kind: ServiceReferralKind;
  reference: string;
  idempotencyKey: string | null;
  payloadHash: string;
  createdAt: Date;
  facts: {
    changedByStaff: boolean;
    actions: InquiryAction[];
    activityPlanned: boolean;
    caseStatus: 'OPEN' | 'PAUSED' | 'CLOSED' | null;
    anonymised: boolean;
  };
}

/** The service's own part of a submission (the inquiry is `NewServiceReferral.inquiry`). */
export interface ServiceReferralDetails {
  kind: ServiceReferralKind;
  reference: string;
  idempotencyKey: string | null;
  payloadHash: string;
  serviceUnit: string;
  serviceContactName: string | null;
  serviceContactPhone: string | null;
  serviceContactEmail: string | null;
  contactTimes: string | null;
  talk: {
    topic: string;
    audienceSize: number;
    wishedFrom: string;
    wishedTo: string;
    place: string;
  } | null;
}

export interface NewServiceReferral {
  apiClientId: string;
  inquiry: NewInquiry;
  details: ServiceReferralDetails;
}

/** The submission and the id of the inquiry it became, made in one transaction. */
export interface CreatedServiceReferral {
  referral: ServiceReferralRecord;
  inquiryId: string;
}
