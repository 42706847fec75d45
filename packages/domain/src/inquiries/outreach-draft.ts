import type { Refusal } from '../messages/refusal.js';
import { refusal } from '../messages/refusal.js';
import type { ActivityData, AudienceType } from '../outreach/types.js';
import type { InquiryData, PublicServiceType } from './types.js';

/** Whom a talk for each public service reaches, as the outreach log counts audiences. */
export const AUDIENCE_OF_PUBLIC_SERVICE: Readonly<Record<PublicServiceType, AudienceType>> = {
  CHILD_WELFARE: 'MUNICIPAL_SERVICES',
  CRISIS_CENTRE: 'MUNICIPAL_SERVICES',
  PSYCHOLOGIST: 'HEALTH_SERVICES',
  CHILD_ADOLESCENT_PSYCHIATRY: 'HEALTH_SERVICES',
  SCHOOL: 'SCHOOLS',
  HEALTH_STATION: 'HEALTH_SERVICES',
  NAV: 'NAV',
  DIRECTORATE: 'OTHER',
  INTEGRATION_ADVISER: 'OTHER',
  OTHER: 'OTHER',
};

/** What an inquiry already tells about the planned activity it becomes; staff add title and date. */
export type OutreachDraft = Pick<
  ActivityData,
  'type' | 'status' | 'municipalityNumber' | 'themeIds' | 'partnerIds' | 'audiences'
>;

/**
 * The planned outreach activity an inquiry becomes when a public service or a partner asks for
 * a talk or a course; null for any other inquiry. The service links the two both ways.
 */
export function outreachDraftOfInquiry(inquiry: InquiryData): OutreachDraft | null {
  if (!inquiry.actions.includes('TALK_OR_COURSE_REQUESTED')) return null;
  if (inquiry.inquirerType !== 'PUBLIC_SERVICE' && inquiry.inquirerType !== 'PARTNER') return null;
  return {
    type: 'TALK',
    status: 'PLANNED',
    municipalityNumber: inquiry.municipalityNumber,
    themeIds: [...inquiry.themeIds],
    partnerIds: inquiry.partnerId ? [inquiry.partnerId] : [],
    audiences: inquiry.publicServiceType ? [AUDIENCE_OF_PUBLIC_SERVICE[inquiry.publicServiceType]] : [],
  };
}

/**
 * Why an inquiry cannot become a planned activity now: it already became one (linked both ways,
 * once), or it is not a service's or partner's request for a talk or course.
 */
export function plannedActivityRefusal(inquiry: InquiryData, activityId: string | null): Refusal | null {
  if (activityId !== null) return refusal('INQUIRY_ACTIVITY_ALREADY_PLANNED', 'id');
  if (outreachDraftOfInquiry(inquiry) === null) return refusal('INQUIRY_NOT_A_TALK_REQUEST', 'id');
  return null;
}
