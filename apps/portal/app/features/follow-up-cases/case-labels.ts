import type { CaseOutcome, CaseStatus } from '../../generated/graphql';

export const CASE_STATUSES: readonly CaseStatus[] = ['OPEN', 'PAUSED', 'CLOSED'];
export const CASE_OUTCOMES: readonly CaseOutcome[] = [
  'JOINED_GROUP',
  'REFERRED_TO_PROFESSIONAL_HELP',
  'NO_LONGER_NEEDED',
  'LOST_CONTACT',
  'OTHER',
];
