import type { CaseStatus } from '../follow-up-cases/types.js';
import type { IsoDate } from '../groups/types.js';
import type { Refusal } from '../messages/refusal.js';
import { refusal } from '../messages/refusal.js';
import type { PeerCandidate } from './matching.js';
import { peerMatchRefusal } from './matching.js';

/** The case a match is confirmed on, as it is under its lock. */
export interface PeerMatchCaseFacts {
  status: CaseStatus;
  /** The peer the case has now, if any. */
  peerId: string | null;
}

/**
 * Why staff cannot confirm `peer` for the case on `today`, or null. A closed case takes no peer.
 * Confirming the peer the case already has again does not count that case twice: the peer's
 * load is judged without it.
 */
export function confirmPeerMatchRefusal(
  caseFacts: PeerMatchCaseFacts,
  peer: PeerCandidate,
  today: IsoDate,
): Refusal | null {
  if (caseFacts.status === 'CLOSED') return refusal('PEER_MATCH_CASE_CLOSED', 'caseId');
  const alreadyHere = caseFacts.peerId === peer.id ? 1 : 0;
  return peerMatchRefusal({ ...peer, activeFollowUps: Math.max(0, peer.activeFollowUps - alreadyHere) }, today);
}
