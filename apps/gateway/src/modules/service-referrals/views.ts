import type { InquiryServiceReferral } from '@selvhjelp/db';

/** What staff see of a service's submission: with the person's contact times, which the redaction table hides with the contact. */
export interface InquiryServiceReferralModel extends InquiryServiceReferral {
  contactTimes: string | null;
}
