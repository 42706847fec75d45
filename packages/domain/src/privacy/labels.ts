import type { Labels } from '../groups/labels.js';
import type { ConsentPurpose } from './consent.js';

export const CONSENT_PURPOSE_LABELS: Readonly<Record<ConsentPurpose, Labels>> = {
  FOLLOW_UP_CONTACT: { nb: 'Å bli kontaktet for oppfølging', en: 'To be contacted for follow-up' },
  REFERRAL: { nb: 'Henvisning til et annet tilbud', en: 'Referral to another service' },
  INTEREST_LIST: { nb: 'Interesseliste for en gruppe', en: "A group's interest list" },
  ANONYMOUS_STATISTICS: { nb: 'Anonym statistikk', en: 'Anonymous statistics' },
};
