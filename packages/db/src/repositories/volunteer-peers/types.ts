// The volunteer peers concept's records, inputs and limits. The concept's other files (and other
// concepts) import its types from here, never from a repository file, so imports point one way.
import type { Page } from '../../sql/lists.js';
import type {
  CaseStatus,
  DistrictId,
  FacilitatorConsent,
  IsoDate,
  PeerAvailability,
  PeerGender,
  PeerCandidate,
  PeerCheckInFacts,
  VolunteerPeerData,
} from '@selvhjelp/domain';

/**
 * A volunteer peer (likeperson) with their load now. A peer who is also a facilitator (one
 * person, two roles) has `facilitatorId`; their name and contact details are the facilitator's,
 * read through the link (the peer row holds none of them).
 */
export interface VolunteerPeerRecord extends PeerCandidate, PeerCheckInFacts {
  id: string;
  districtId: DistrictId;
  facilitatorId: string | null;
  /** Null only once anonymised. */
  name: string | null;
  email: string | null;
  phone: string | null;
  municipalityNumber: string;
  languages: string[];
  themeIds: string[];
  experience: string | null;
  gender: PeerGender | null;
  availability: PeerAvailability;
  availabilityNote: string | null;
  capacity: number;
  confidentialityDeclaredOn: IsoDate | null;
  followUpStaffUserId: string | null;
  notes: string | null;
  consentGivenOn: IsoDate;
  /** Null once anonymised. */
  consentText: string | null;
  startedOn: IsoDate;
  stoppedOn: IsoDate | null;
  anonymisedAt: Date | null;
  /** People the peer follows now: OPEN and PAUSED cases with this peer (counted in SQL). */
  activeFollowUps: number;
  /** The earliest match among those cases; null while the peer follows no one. */
  followingSince: IsoDate | null;
  lastCheckInOn: IsoDate | null;
  nextCheckInOverride: IsoDate | null;
  /** The domain's nextPeerCheckInDue of the facts above; null while the peer follows no one. */
  nextCheckInDue: IsoDate | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface PeerCheckInRecord {
  id: string;
  peerId: string;
  /** The peer's district (the access log names it). */
  districtId: DistrictId;
  date: IsoDate;
  /** Visible to staff of the district only. */
  note: string | null;
  nextCheckInOn: IsoDate | null;
  staffUserId: string | null;
  createdAt: Date;
}

export interface VolunteerPeerListFilter {
  /** Peers with any of these themes. */
  themeIds?: readonly string[];
  municipalityNumbers?: readonly string[];
  availabilities?: readonly PeerAvailability[];
  /** true: only those who stopped by the list's `today`; false: only those still volunteering; unset: both. */
  stopped?: boolean;
  /** Case-insensitive substring of the name, the linked facilitator's name included. */
  search?: string;
}

export const MAX_VOLUNTEER_PEER_PAGE_SIZE = 100;

export interface VolunteerPeerListOptions {
  filter?: VolunteerPeerListFilter;
  first: number;
  after?: string | null;
  /** The day stopping and the next check-in are judged on (Europe/Oslo). Default: today. */
  today?: IsoDate;
}

export type VolunteerPeerPage = Page<VolunteerPeerRecord>;

export interface NewVolunteerPeer {
  data: VolunteerPeerData;
  consent: FacilitatorConsent;
  /**
   * The facilitator this peer is (one person, two roles): name, email and phone in `data` are
   * then not stored; the facilitator's are read through the link. Must be of `data.districtId`.
   */
  facilitatorId: string | null;
  startedOn: IsoDate;
  now: Date;
}

export interface VolunteerPeerUpdate {
  /** For a peer linked to a facilitator, name, email and phone are ignored (the facilitator's stay). */
  data: VolunteerPeerData;
  now: Date;
}

export interface NewPeerCheckIn {
  peerId: string;
  date: IsoDate;
  note: string | null;
  /** Set by hand: it becomes the peer's next check-in unless a later check-in is registered already. */
  nextCheckInOn: IsoDate | null;
  staffUserId: string | null;
  now: Date;
}

/** What a follow-up case needs from a peer: from the inquiry it opened from. */
export interface CaseMatchNeedsRecord {
  caseId: string;
  districtId: DistrictId;
  status: CaseStatus;
  version: number;
  peerId: string | null;
  themeIds: string[];
  /** The person's languages, preferred first. */
  languages: string[];
  municipalityNumber: string | null;
}

/** Read under the peer's row lock (and the case's), for the domain's peerMatchRefusal. */
export interface PeerMatchFacts {
  peer: VolunteerPeerRecord;
  case: CaseMatchNeedsRecord;
}

export interface ConfirmedPeerMatch {
  peer: VolunteerPeerRecord;
  caseId: string;
  caseVersion: number;
  peerMatchedOn: IsoDate;
}

/** Upper bound of the matching candidates and the check-in due list (a district has tens of peers). */
export const PEER_WORKLIST_LIMIT = 1000;
