import type { IsoDate } from '../groups/types.js';

export const FACILITATOR_AVAILABILITIES = ['AVAILABLE', 'BUSY', 'RESTING'] as const;
export type FacilitatorAvailability = (typeof FACILITATOR_AVAILABILITIES)[number];

/** Derived from completed training, never stored (see qualification.ts). */
export const QUALIFICATION_STATUSES = ['IN_TRAINING', 'QUALIFIED', 'LAPSED'] as const;
export type QualificationStatus = (typeof QUALIFICATION_STATUSES)[number];

/** A district setting; a refresher (or basic course) keeps a facilitator qualified this long. */
export const DEFAULT_REFRESHER_INTERVAL_MONTHS = 36;
export const MIN_REFRESHER_INTERVAL_MONTHS = 1;
export const MAX_REFRESHER_INTERVAL_MONTHS = 120;

/** What a forgotten facilitator is called; the row stays for anonymous counts. */
export const FORGOTTEN_FACILITATOR_NAME = 'Slettet igangsetter';

/** One or two facilitators help a group start. */
export const MAX_FACILITATORS_PER_GROUP = 2;

/**
 * What staff record about a facilitator. No national id number and no address beyond the
 * municipality, on purpose. Themes only with `themeConsent`.
 */
export interface FacilitatorData {
  districtId: string;
  name: string;
  email: string | null;
  phone: string | null;
  municipalityNumber: string;
  languages: string[];
  themeConsent: boolean;
  themeIds: string[];
  availability: FacilitatorAvailability;
  notes: string | null;
}

/** The consent given when the facilitator was registered: when, and the text agreed to. */
export interface FacilitatorConsent {
  givenOn: IsoDate;
  text: string;
}

/** The dates qualification is derived from (null = never). */
export interface QualificationDates {
  /** Latest completed BASIC course. */
  basicCompletedOn: IsoDate | null;
  /** Latest completed BASIC or REFRESHER course. */
  latestQualifyingOn: IsoDate | null;
}

export interface Qualification extends QualificationDates {
  status: QualificationStatus;
  /** First day the facilitator is LAPSED; null while IN_TRAINING. */
  lapsesOn: IsoDate | null;
}
