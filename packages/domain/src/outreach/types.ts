import type { IsoDate } from '../groups/types.js';

/** What a district office does to be known and useful in its area. */
export const ACTIVITY_TYPES = [
  'TALK',
  'INFORMATION_MEETING',
  'PROFESSIONAL_DAY',
  'STAND',
  'PUBLIC_SERVICE_COURSE',
  'NETWORK_MEETING',
  'PARTNER_MEETING',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** PLANNED activities are in the staff calendar feed; totals count what the filter selects (filter on COMPLETED for activities held). */
export const ACTIVITY_STATUSES = ['PLANNED', 'COMPLETED', 'CANCELLED'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** Who the activity reached. */
export const AUDIENCE_TYPES = [
  'PUBLIC',
  'HEALTH_SERVICES',
  'NAV',
  'MUNICIPAL_SERVICES',
  'SCHOOLS',
  'USER_ORGANISATIONS',
  'VOLUNTEERS',
  'CORRECTIONAL_SERVICE',
  'OTHER',
] as const;
export type AudienceType = (typeof AUDIENCE_TYPES)[number];

/** What came of an activity; each kind points at one record of the registry. */
export const OUTCOME_KINDS = ['GROUP_STARTED', 'FACILITATOR_RECRUITED', 'NEW_PARTNER'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** Group statuses that count as "the municipality has a group" on the network map. */
export const NETWORK_GROUP_STATUSES = ['STARTING', 'RUNNING', 'PAUSED'] as const;

/** Default period of the activity log: the last twelve months. */
export const DEFAULT_ACTIVITY_PERIOD_MONTHS = 12;

export interface ActivityData {
  type: ActivityType;
  title: string;
  status: ActivityStatus;
  date: IsoDate;
  /** Local HH:MM, Europe/Oslo; both or neither (neither = all day). */
  startTime: string | null;
  endTime: string | null;
  online: boolean;
  /** Where it took place; required unless online. */
  place: string | null;
  /** Optional: where in the district the activity reached people. */
  municipalityNumber: string | null;
  /** Staff of the district who took part. */
  staffUserIds: string[];
  partnerIds: string[];
  audiences: AudienceType[];
  /** Required once COMPLETED; never negative. */
  participantCount: number | null;
  themeIds: string[];
  notes: string | null;
}

export interface OutcomeData {
  kind: OutcomeKind;
  /** The group, facilitator or partner the kind points at. */
  targetId: string;
  note: string | null;
}
