import type { ServiceReferralKind } from '../../generated/graphql';
import type { Translate } from '../../shared/i18n/i18n';
import type { PlanFormValues } from './inquiry-page-forms';

/** What a service's submission told, as the inquiry page reads it. */
export interface ServiceReferralView {
  kind: ServiceReferralKind;
  reference: string;
  serviceUnit: string;
  talkTopic?: string | null;
  talkWishedFrom?: string | null;
  talkPlace?: string | null;
}

/** "Henvisning fra tjeneste: NAV Bergenhus, ref NAV-2026-0001": the line staff recognise it by. */
export function serviceReferralLine(t: Translate, referral: Pick<ServiceReferralView, 'reference' | 'serviceUnit'>) {
  return t('inquiries.serviceReferral.line', { service: referral.serviceUnit, reference: referral.reference });
}

const EMPTY_PLAN: PlanFormValues = { title: '', date: '', startTime: '', endTime: '', online: false, place: '' };

/**
 * The "Planlegg aktivitet" form's first values: a talk a service asked for through the API starts
 * with its topic as the title, the first wished day and the place it gave; staff change what they
 * agree on with the service. Any other inquiry starts empty.
 */
export function planDefaults(referral: ServiceReferralView | null | undefined): PlanFormValues {
  if (referral?.kind !== 'TALK_REQUEST') return EMPTY_PLAN;
  return {
    ...EMPTY_PLAN,
    title: referral.talkTopic ?? '',
    date: referral.talkWishedFrom ?? '',
    place: referral.talkPlace ?? '',
  };
}
