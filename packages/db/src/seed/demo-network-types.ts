import type { Municipality } from '@selvhjelp/domain';
import type { Prisma } from '../generated/prisma/client.js';

// The demo network's shapes, shared by the partner and the activity planners (so neither imports the other's types).
/** A partner as the activities see it. */
export interface PlannedPartner {
  id: string;
  index: number;
  name: string;
  place: Municipality;
}

export interface DemoNetworkRows {
  partners: Prisma.PartnerCreateManyInput[];
  contacts: Prisma.ContactPersonCreateManyInput[];
  affiliations: Prisma.ContactAffiliationCreateManyInput[];
  agreements: Prisma.PartnerAgreementCreateManyInput[];
  activities: Prisma.OutreachActivityCreateManyInput[];
  staff: Prisma.ActivityStaffCreateManyInput[];
  activityPartners: Prisma.ActivityPartnerCreateManyInput[];
  outcomes: Prisma.ActivityOutcomeCreateManyInput[];
  /** Venues of the demo groups that a demo partner provides. */
  venueLinks: { venueId: string; partnerId: string }[];
}
