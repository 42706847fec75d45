import { compareIsoDates } from '../groups/dates.js';
import type { IsoDate } from '../groups/types.js';
import type { Refusal, RefusalParams } from '../messages/refusal.js';
import { refusal } from '../messages/refusal.js';
import { districtIdOfMunicipality, findMunicipality } from '../reference/municipalities.js';
import type { PeerAvailability } from './types.js';

/** What the inquiry needs from a peer. */
export interface PeerMatchNeeds {
  themeIds: readonly string[];
  /** Languages the person can talk in, the one they prefer first; empty: no wish. */
  languages: readonly string[];
  /** Where the person lives, when known. */
  municipalityNumber: string | null;
}

/** A peer as matching sees them, with their load now. */
export interface PeerCandidate {
  id: string;
  /** The district whose peer this is. */
  districtId: string;
  municipalityNumber: string;
  themeIds: readonly string[];
  languages: readonly string[];
  capacity: number;
  /** People the peer follows now (open or paused cases with this peer). */
  activeFollowUps: number;
  confidentialityDeclaredOn: IsoDate | null;
  availability: PeerAvailability;
  /** The day they stopped as a volunteer; null while they are one. */
  stoppedOn: IsoDate | null;
}

/** Why a peer is not offered: each is also the refusal when staff try to match them anyway. */
export const PEER_EXCLUSION_REASONS = [
  'PEER_STOPPED',
  'PEER_NO_CONFIDENTIALITY_DECLARATION',
  'PEER_RESTING',
  'PEER_AT_CAPACITY',
] as const;
export type PeerExclusionReason = (typeof PEER_EXCLUSION_REASONS)[number];

/** Every reason the peer cannot be matched on `today` (empty: they can). */
export function peerExclusions(peer: PeerCandidate, today: IsoDate): PeerExclusionReason[] {
  const reasons: PeerExclusionReason[] = [];
  if (peer.stoppedOn !== null && compareIsoDates(peer.stoppedOn, today) <= 0) reasons.push('PEER_STOPPED');
  if (peer.confidentialityDeclaredOn === null || compareIsoDates(peer.confidentialityDeclaredOn, today) > 0)
    reasons.push('PEER_NO_CONFIDENTIALITY_DECLARATION');
  if (peer.availability === 'RESTING') reasons.push('PEER_RESTING');
  if (peer.activeFollowUps >= peer.capacity) reasons.push('PEER_AT_CAPACITY');
  return reasons;
}

/** Why staff cannot confirm a match with this peer (checked again under the peer's lock), or null. */
export function peerMatchRefusal(peer: PeerCandidate, today: IsoDate): Refusal | null {
  const [first] = peerExclusions(peer, today);
  if (!first) return null;
  return first === 'PEER_AT_CAPACITY' ? refusal(first, undefined, { capacity: peer.capacity }) : refusal(first);
}

/** How near the peer lives, nearest first. UNKNOWN when the inquiry has no municipality. */
export const PEER_DISTANCES = [
  'SAME_MUNICIPALITY',
  'SAME_COUNTY',
  'SAME_DISTRICT',
  'OTHER_DISTRICT',
  'UNKNOWN',
] as const;
export type PeerDistance = (typeof PEER_DISTANCES)[number];

/** Why a peer is suggested (or what speaks against them), for the UI to show; texts in the catalogue. */
export const PEER_MATCH_REASON_CODES = [
  'MATCH_ALL_THEMES',
  'MATCH_SOME_THEMES',
  'MATCH_NO_THEME',
  'MATCH_LANGUAGE',
  'MATCH_NO_SHARED_LANGUAGE',
  'MATCH_SAME_MUNICIPALITY',
  'MATCH_SAME_COUNTY',
  'MATCH_SAME_DISTRICT',
  'MATCH_OTHER_DISTRICT',
  'MATCH_FREE_CAPACITY',
] as const;
export type PeerMatchReasonCode = (typeof PEER_MATCH_REASON_CODES)[number];

export interface PeerMatchReason {
  code: PeerMatchReasonCode;
  params?: RefusalParams;
}

export interface PeerMatch<T extends PeerCandidate> {
  peer: T;
  /** The needed themes the peer speaks from, in the order needed. */
  sharedThemeIds: string[];
  /** The most preferred of the person's languages the peer speaks; null when none (or no wish). */
  sharedLanguage: string | null;
  distance: PeerDistance;
  freeCapacity: number;
  reasons: PeerMatchReason[];
}

// Norwegian readers read both written forms: a peer writing bokmål talks with one writing nynorsk.
const languageFamily = (code: string) => (code === 'nb' || code === 'nn' ? 'no' : code);

function distanceBetween(needs: PeerMatchNeeds, peer: PeerCandidate): PeerDistance {
  if (needs.municipalityNumber === null) return 'UNKNOWN';
  if (peer.municipalityNumber === needs.municipalityNumber) return 'SAME_MUNICIPALITY';
  const county = findMunicipality(needs.municipalityNumber)?.countyNumber;
  if (county !== undefined && findMunicipality(peer.municipalityNumber)?.countyNumber === county) return 'SAME_COUNTY';
  return districtIdOfMunicipality(needs.municipalityNumber) === peer.districtId ? 'SAME_DISTRICT' : 'OTHER_DISTRICT';
}

const DISTANCE_RANK: Readonly<Record<PeerDistance, number>> = {
  SAME_MUNICIPALITY: 3,
  SAME_COUNTY: 2,
  SAME_DISTRICT: 1,
  OTHER_DISTRICT: 0,
  UNKNOWN: 0,
};

const DISTANCE_REASON: Readonly<Record<PeerDistance, PeerMatchReasonCode | null>> = {
  SAME_MUNICIPALITY: 'MATCH_SAME_MUNICIPALITY',
  SAME_COUNTY: 'MATCH_SAME_COUNTY',
  SAME_DISTRICT: 'MATCH_SAME_DISTRICT',
  OTHER_DISTRICT: 'MATCH_OTHER_DISTRICT',
  UNKNOWN: null,
};

function describe<T extends PeerCandidate>(needs: PeerMatchNeeds, peer: T): PeerMatch<T> & { languageRank: number } {
  const peerThemes = new Set(peer.themeIds);
  const sharedThemeIds = [...new Set(needs.themeIds)].filter((id) => peerThemes.has(id));
  const peerLanguages = new Set(peer.languages.map(languageFamily));
  const preferred = needs.languages.findIndex((code) => peerLanguages.has(languageFamily(code)));
  const sharedLanguage = preferred >= 0 ? (needs.languages[preferred] ?? null) : null;
  const distance = distanceBetween(needs, peer);
  const freeCapacity = Math.max(0, peer.capacity - peer.activeFollowUps);

  const reasons: PeerMatchReason[] = [];
  const needed = new Set(needs.themeIds).size;
  if (needed > 0) {
    const params = { matched: sharedThemeIds.length, needed, themes: sharedThemeIds.join(',') };
    if (sharedThemeIds.length === needed) reasons.push({ code: 'MATCH_ALL_THEMES', params });
    else if (sharedThemeIds.length > 0) reasons.push({ code: 'MATCH_SOME_THEMES', params });
    else reasons.push({ code: 'MATCH_NO_THEME', params: { needed } });
  }
  if (needs.languages.length > 0) {
    reasons.push(
      sharedLanguage !== null
        ? { code: 'MATCH_LANGUAGE', params: { language: sharedLanguage } }
        : { code: 'MATCH_NO_SHARED_LANGUAGE' },
    );
  }
  const distanceReason = DISTANCE_REASON[distance];
  if (distanceReason) {
    const municipality = findMunicipality(peer.municipalityNumber)?.name ?? peer.municipalityNumber;
    reasons.push({ code: distanceReason, params: { municipality } });
  }
  reasons.push({ code: 'MATCH_FREE_CAPACITY', params: { free: freeCapacity, capacity: peer.capacity } });

  // A later preference ranks lower; no shared language (or no wish) ranks 0.
  const languageRank = preferred >= 0 ? needs.languages.length - preferred : 0;
  return { peer, sharedThemeIds, sharedLanguage, distance, freeCapacity, reasons, languageRank };
}

/**
 * The peers staff may offer for an inquiry, best first: those that can be matched on `today`
 * (peerExclusions empty), ranked by theme fit (needed themes shared), then language (the
 * person's most preferred language first), then distance (same municipality, county, district),
 * then free capacity; ties go by id, so the same facts always give the same order.
 */
export function rankPeerMatches<T extends PeerCandidate>(
  needs: PeerMatchNeeds,
  candidates: readonly T[],
  today: IsoDate,
): PeerMatch<T>[] {
  return candidates
    .filter((peer) => peerExclusions(peer, today).length === 0)
    .map((peer) => describe(needs, peer))
    .sort(
      (a, b) =>
        b.sharedThemeIds.length - a.sharedThemeIds.length ||
        b.languageRank - a.languageRank ||
        DISTANCE_RANK[b.distance] - DISTANCE_RANK[a.distance] ||
        b.freeCapacity - a.freeCapacity ||
        (a.peer.id < b.peer.id ? -1 : a.peer.id > b.peer.id ? 1 : 0),
    )
    .map(({ languageRank: _rank, ...match }) => match);
}
