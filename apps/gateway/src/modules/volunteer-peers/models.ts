import type { ConfirmedPeerMatch, VolunteerPeerRecord } from '@selvhjelp/db';
import type { DistrictId, PeerCheckInDue, PeerMatch, PeerMatchReason } from '@selvhjelp/domain';

// What the volunteer-peer resolvers receive (codegen mappers): domain and repository shapes.

export type PeerCheckInDueModel = PeerCheckInDue<VolunteerPeerRecord>;

export type PeerSuggestionModel = PeerMatch<VolunteerPeerRecord>;

export type PeerMatchReasonModel = PeerMatchReason;

/**
 * A follow-up case as matching hands it out (its id and version, never its content): read for
 * its needs, or changed by a confirmed match. The access log records it as the case (`id` is
 * the case's id).
 */
export interface PeerMatchCaseRecord {
  id: string;
  districtId: DistrictId;
  caseId: string;
  caseVersion: number;
}

export interface PeerSuggestionsModel extends PeerMatchCaseRecord {
  suggestions: PeerSuggestionModel[];
}

export type PeerMatchRecord = PeerMatchCaseRecord & ConfirmedPeerMatch;
