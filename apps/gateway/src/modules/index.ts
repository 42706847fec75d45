import type { Resolvers } from '../generated/resolvers-types.js';
import { agendaResolvers } from './agenda/resolvers.js';
import { apiClientResolvers } from './api-clients/resolvers.js';
import { fairUseResolvers } from './fair-use/resolvers.js';
import { authResolvers } from './auth/resolvers.js';
import { facilitatorResolvers } from './facilitators/resolvers.js';
import { groupResolvers } from './groups/resolvers.js';
import { trainingResolvers } from './training/resolvers.js';
import { outreachResolvers } from './outreach/resolvers.js';
import { partnerResolvers } from './partners/resolvers.js';
import { followUpCaseResolvers } from './follow-up-cases/resolvers.js';
import { inquiryResolvers } from './inquiries/resolvers.js';
import { referralResourceResolvers } from './referral-resources/resolvers.js';
import { volunteerPeerResolvers } from './volunteer-peers/resolvers.js';
import { surveyResolvers } from './surveys/resolvers.js';
import { overviewResolvers } from './overview/resolvers.js';
import { publicGroupResolvers } from './groups/public-resolvers.js';
import { scalarResolvers } from '../kernel/scalars.js';
import { referenceResolvers } from './reference/resolvers.js';
import { retentionResolvers } from './retention/resolvers.js';
import { reportResolvers } from './reports/resolvers.js';
import { serverInfoResolvers } from './server-info/resolvers.js';
import { serviceReferralResolvers } from './service-referrals/resolvers.js';
import { staffResolvers } from './staff/resolvers.js';
import { uploadResolvers } from '../uploads/upload-scalar.js';

/** Merges the per-concept resolver maps; each concept owns distinct fields. */
export function buildResolvers(): Resolvers {
  const parts: Resolvers[] = [
    scalarResolvers,
    uploadResolvers,
    serverInfoResolvers,
    referenceResolvers,
    authResolvers,
    staffResolvers,
    groupResolvers,
    publicGroupResolvers,
    facilitatorResolvers,
    trainingResolvers,
    partnerResolvers,
    outreachResolvers,
    followUpCaseResolvers,
    retentionResolvers,
    reportResolvers,
    inquiryResolvers,
    referralResourceResolvers,
    volunteerPeerResolvers,
    surveyResolvers,
    overviewResolvers,
    agendaResolvers,
    apiClientResolvers,
    fairUseResolvers,
    serviceReferralResolvers,
  ];
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [typeName, fields] of Object.entries(part)) {
      merged[typeName] = { ...merged[typeName], ...(fields as Record<string, unknown>) };
    }
  }
  return merged;
}
