import { PEER_AVAILABILITY_LABELS, PEER_GENDER_LABELS } from '@selvhjelp/domain';
import type { PeerAvailability, PeerGender } from '../../generated/graphql';
import { labelOf } from '../../shared/labels/labels';
import type { Lang } from '../../shared/i18n/i18n';

// Peer codes as people read them, from @selvhjelp/domain's label tables.

export const peerAvailabilityLabel = (lang: Lang, code: PeerAvailability) =>
  labelOf(PEER_AVAILABILITY_LABELS, code, lang);
export const peerGenderLabel = (lang: Lang, code: PeerGender) => labelOf(PEER_GENDER_LABELS, code, lang);

/** A peer's name: their own, or the facilitator's they also are; empty once anonymised. */
export function peerName(peer: { name?: string | null; facilitator?: { name: string } | null }): string | null {
  return peer.name ?? peer.facilitator?.name ?? null;
}
