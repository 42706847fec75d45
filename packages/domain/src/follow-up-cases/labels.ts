import type { Labels } from '../groups/labels.js';
import type { CaseOutcome, CaseStatus } from './types.js';

export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, Labels>> = {
  OPEN: { nb: 'Åpen', en: 'Open' },
  PAUSED: { nb: 'Pause', en: 'Paused' },
  CLOSED: { nb: 'Avsluttet', en: 'Closed' },
};

export const CASE_OUTCOME_LABELS: Readonly<Record<CaseOutcome, Labels>> = {
  JOINED_GROUP: { nb: 'Begynte i en gruppe', en: 'Joined a group' },
  REFERRED_TO_PROFESSIONAL_HELP: { nb: 'Henvist til profesjonell hjelp', en: 'Referred to professional help' },
  NO_LONGER_NEEDED: { nb: 'Ikke lenger behov', en: 'No longer needed' },
  LOST_CONTACT: { nb: 'Mistet kontakt', en: 'Lost contact' },
  OTHER: { nb: 'Annet', en: 'Other' },
};
