import type { IsoDate } from '../groups/types.js';

/** Whether a peer takes on someone new now; RESTING peers keep whom they follow but get no new matches. */
export const PEER_AVAILABILITIES = ['AVAILABLE', 'RESTING'] as const;
export type PeerAvailability = (typeof PEER_AVAILABILITIES)[number];

/** Optional: some people ask for a peer of their own gender. */
export const PEER_GENDERS = ['WOMAN', 'MAN', 'OTHER'] as const;
export type PeerGender = (typeof PEER_GENDERS)[number];

/** How many people a peer follows at once, unless the district agrees otherwise with them. */
export const DEFAULT_PEER_CAPACITY = 2;
export const MIN_PEER_CAPACITY = 1;
export const MAX_PEER_CAPACITY = 6;

/**
 * A volunteer peer (likeperson) as the district records them. Like a facilitator: no national
 * identity number and no address beyond the municipality. The experience and themes they speak
 * from are health data about them, recorded with their consent (newVolunteerPeerInputSchema).
 */
export interface VolunteerPeerData {
  /** Follows from the municipality. */
  districtId: string;
  name: string;
  email: string | null;
  phone: string | null;
  municipalityNumber: string;
  languages: string[];
  themeIds: string[];
  /** In their own words, what they can speak from. */
  experience: string | null;
  gender: PeerGender | null;
  availability: PeerAvailability;
  /** When they can meet, e.g. "weekday evenings". */
  availabilityNote: string | null;
  capacity: number;
  /** The day they signed the confidentiality declaration; without it they are never matched. */
  confidentialityDeclaredOn: IsoDate | null;
  /** The staff member who follows the peer up (a staff user of the district). */
  followUpStaffUserId: string | null;
  notes: string | null;
}
