import { describe, expect, it } from 'vitest';
import { confirmPeerMatchRefusal } from './confirm.js';
import type { PeerCandidate } from './matching.js';

const today = '2026-12-04';
const peer: PeerCandidate = {
  id: 'p1',
  districtId: 'vest',
  municipalityNumber: '4601',
  themeIds: ['grief'],
  languages: ['nb'],
  capacity: 2,
  activeFollowUps: 2,
  confidentialityDeclaredOn: '2026-01-10',
  availability: 'AVAILABLE',
  stoppedOn: null,
};

describe('confirmPeerMatchRefusal', () => {
  it('refuses a closed case before anything about the peer', () => {
    expect(confirmPeerMatchRefusal({ status: 'CLOSED', peerId: null }, peer, today)?.reason).toBe(
      'PEER_MATCH_CASE_CLOSED',
    );
  });

  it('refuses a peer at capacity, with the capacity', () => {
    expect(confirmPeerMatchRefusal({ status: 'OPEN', peerId: null }, peer, today)).toMatchObject({
      reason: 'PEER_AT_CAPACITY',
      params: { capacity: 2 },
    });
  });

  it('does not count the case twice when its own peer is confirmed again', () => {
    expect(confirmPeerMatchRefusal({ status: 'PAUSED', peerId: 'p1' }, peer, today)).toBeNull();
  });

  it('refuses a peer without a declaration', () => {
    const undeclared = { ...peer, activeFollowUps: 0, confidentialityDeclaredOn: null };
    expect(confirmPeerMatchRefusal({ status: 'OPEN', peerId: null }, undeclared, today)?.reason).toBe(
      'PEER_NO_CONFIDENTIALITY_DECLARATION',
    );
  });
});
