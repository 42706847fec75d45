import { serviceReferralStatus } from '@selvhjelp/domain';
import type { Resolvers } from '../../generated/resolvers-types.js';

export const serviceReferralResolvers: Resolvers = {
  Query: {
    serviceReferral: (_parent, { reference }, ctx) => ctx.serviceReferrals().byReference(reference),
  },
  Mutation: {
    submitReferral: (_parent, { input }, ctx) => ctx.serviceReferrals().submitReferral(input),
    requestTalk: (_parent, { input }, ctx) => ctx.serviceReferrals().requestTalk(input),
  },
  ServiceReferral: {
    status: (referral) => serviceReferralStatus(referral.facts),
    submittedAt: (referral) => referral.createdAt,
  },
  Inquiry: {
    // Part of the inquiry's read (logged and redacted with it); the contact times go with the contact.
    serviceReferral: (inquiry) =>
      inquiry.serviceReferral ? { ...inquiry.serviceReferral, contactTimes: inquiry.contactTimes } : null,
  },
};
