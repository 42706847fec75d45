import type { Database } from '@selvhjelp/db';
import type { AccessLogAction, IsoDate, PeerExclusionReason } from '@selvhjelp/domain';
import { NATIONAL_SCOPE, confirmPeerMatchRefusal, rankPeerMatches, todayIn } from '@selvhjelp/domain';
import type { RefusalPlaces } from '../../kernel/data-errors.js';
import { refusedAt, withDataErrors } from '../../kernel/data-errors.js';
import type { Viewer } from '../../kernel/policy.js';
import type { ReadPath } from '../../kernel/read-path.js';
import type { DeniedTarget } from './access.js';
import { notFoundLogged, personalScopeFor } from './access.js';
import type { PeerMatchRecord, PeerSuggestionsModel } from './models.js';

// Suggesting and confirming peers is matching (decided here, never by the client).
const PURPOSE = 'MATCHING' as const;

/** At most this many suggestions: staff choose among the best few, and each one shown is logged. */
export const PEER_SUGGESTION_LIMIT = 20;

// A peer who cannot be matched, or a closed case, is about the state of things: CONFLICT on the argument.
const PLACES: RefusalPlaces<PeerExclusionReason | 'PEER_MATCH_CASE_CLOSED' | (string & {})> = {
  PEER_STOPPED: { field: 'peerId', code: 'CONFLICT' },
  PEER_NO_CONFIDENTIALITY_DECLARATION: { field: 'peerId', code: 'CONFLICT' },
  PEER_RESTING: { field: 'peerId', code: 'CONFLICT' },
  PEER_AT_CAPACITY: { field: 'peerId', code: 'CONFLICT' },
  PEER_MATCH_CASE_CLOSED: { field: 'caseId', code: 'CONFLICT' },
};

/**
 * Matching a follow-up case with a volunteer peer: suggestions ranked by the domain
 * (rankPeerMatches) with their reasons, and confirming one under the peer's row lock. The case
 * read for its needs and the peers suggested are in the access log (MATCHING), and so is a
 * confirmed match: an UPDATE of the case and of the peer, in the transaction that writes it.
 */
export class PeerMatchingService {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly read: ReadPath,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private today(): IsoDate {
    return todayIn(this.now());
  }

  async suggestions(caseId: string): Promise<PeerSuggestionsModel> {
    const target = this.caseTarget(caseId, 'READ');
    const scope = await personalScopeFor(this.viewer, this.read, target);
    const needs = await this.db.repositories.volunteerPeers.matchNeeds(scope, caseId);
    if (!needs) throw await notFoundLogged(this.read, target, 'PEER_MATCH_CASE_NOT_FOUND');
    const today = this.today();
    const candidates = await this.db.repositories.volunteerPeers.matchCandidates(scope, needs.districtId, today);
    const ranked = rankPeerMatches(needs, candidates, today).slice(0, PEER_SUGGESTION_LIMIT);
    // The case's needs were read to rank (READ of the case), and every peer shown is listed.
    const model: PeerSuggestionsModel = {
      id: needs.caseId,
      caseId: needs.caseId,
      districtId: needs.districtId,
      caseVersion: needs.version,
      suggestions: ranked,
    };
    await this.read.one('peerMatchCase', model, 'byId', 'peerSuggestions', { purpose: PURPOSE });
    const peers = await this.read.pass(
      'volunteerPeer',
      ranked.map((match) => match.peer),
      'list',
      'peerSuggestions',
      { purpose: PURPOSE },
    );
    return { ...model, suggestions: ranked.map((match, index) => ({ ...match, peer: peers[index]! })) };
  }

  /**
   * Confirms the match at the case's version (stale: CONFLICT), checking the peer's exclusions
   * again under the locks; the case and the peer are logged as UPDATE in the same transaction.
   */
  async confirm(args: { caseId: string; peerId: string; caseVersion: number }): Promise<PeerMatchRecord> {
    const target = this.caseTarget(args.caseId, 'UPDATE');
    const scope = await personalScopeFor(this.viewer, this.read, target);
    const today = this.today();
    const outcome = await withDataErrors(
      () =>
        this.db.transaction(async (tx) => {
          const facts = await tx.volunteerPeers.matchFacts(scope, args.caseId, args.peerId, args.caseVersion);
          if (!facts.case) return { found: false as const, missing: 'case' as const };
          if (!facts.peer) return { found: false as const, missing: 'peer' as const };
          const refusal = confirmPeerMatchRefusal(facts.case, facts.peer, today);
          if (refusal) throw refusedAt(refusal, PLACES);
          const confirmed = await tx.volunteerPeers.confirmMatch(
            args.caseId,
            args.peerId,
            args.caseVersion,
            today,
            this.now(),
          );
          const access = { purpose: PURPOSE, tx, action: 'UPDATE' as const };
          const record: PeerMatchRecord = { ...confirmed, id: confirmed.caseId, districtId: facts.case.districtId };
          await this.read.one('peerMatchCase', record, 'byId', 'confirmPeerMatch', access);
          const peer = await this.read.one('volunteerPeer', confirmed.peer, 'byId', 'confirmPeerMatch', access);
          return { found: true as const, confirmed: { ...record, peer } };
        }),
      { stale: 'PEER_MATCH_CASE_STALE', staleField: 'caseVersion' },
    );
    if (outcome.found) return outcome.confirmed;
    if (outcome.missing === 'case') throw await notFoundLogged(this.read, target, 'PEER_MATCH_CASE_NOT_FOUND');
    throw await notFoundLogged(
      this.read,
      {
        kind: 'volunteerPeer',
        id: args.peerId,
        districtOf: () => this.db.repositories.volunteerPeers.districtOf(NATIONAL_SCOPE, args.peerId),
        action: 'UPDATE',
        purpose: PURPOSE,
      },
      'PEER_NOT_FOUND',
    );
  }

  private caseTarget(caseId: string, action: AccessLogAction): DeniedTarget {
    return {
      kind: 'peerMatchCase',
      id: caseId,
      districtOf: async () =>
        (await this.db.repositories.volunteerPeers.matchNeeds(NATIONAL_SCOPE, caseId))?.districtId ?? null,
      action,
      purpose: PURPOSE,
    };
  }
}
