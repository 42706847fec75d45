import { describe, expect, it } from 'vitest';
import { makeInquiryInputSchema } from '../inquiries/inquiry-input.js';
import { renderMessage } from '../messages/index.js';
import type { PeerCandidate, PeerMatchNeeds } from './matching.js';
import { peerExclusions, peerMatchRefusal, rankPeerMatches } from './matching.js';

const TODAY = '2026-12-04';

const peer = (id: string, overrides: Partial<PeerCandidate> = {}): PeerCandidate => ({
  id,
  districtId: 'vest',
  municipalityNumber: '4601',
  themeIds: ['grief', 'relatives'],
  languages: ['nb'],
  capacity: 2,
  activeFollowUps: 0,
  confidentialityDeclaredOn: '2026-01-10',
  availability: 'AVAILABLE',
  stoppedOn: null,
  ...overrides,
});

// A relative in Bergen, grieving, who prefers Arabic and also speaks Norwegian.
const needs: PeerMatchNeeds = { themeIds: ['grief', 'relatives'], languages: ['ar', 'nb'], municipalityNumber: '4601' };

const ids = (matches: { peer: { id: string } }[]) => matches.map((match) => match.peer.id);

describe('peerExclusions', () => {
  it('keeps out peers at capacity, without a declaration, resting or stopped, with every reason', () => {
    expect(peerExclusions(peer('ok'), TODAY)).toEqual([]);
    expect(peerExclusions(peer('full', { activeFollowUps: 2 }), TODAY)).toEqual(['PEER_AT_CAPACITY']);
    expect(peerExclusions(peer('undeclared', { confidentialityDeclaredOn: null }), TODAY)).toEqual([
      'PEER_NO_CONFIDENTIALITY_DECLARATION',
    ]);
    expect(peerExclusions(peer('declares-tomorrow', { confidentialityDeclaredOn: '2026-12-05' }), TODAY)).toEqual([
      'PEER_NO_CONFIDENTIALITY_DECLARATION',
    ]);
    expect(peerExclusions(peer('stops-tomorrow', { stoppedOn: '2026-12-05' }), TODAY)).toEqual([]);
    expect(
      peerExclusions(
        peer('all', { stoppedOn: TODAY, confidentialityDeclaredOn: null, availability: 'RESTING', activeFollowUps: 3 }),
        TODAY,
      ),
    ).toEqual(['PEER_STOPPED', 'PEER_NO_CONFIDENTIALITY_DECLARATION', 'PEER_RESTING', 'PEER_AT_CAPACITY']);
  });

  it('gives the first as the refusal when staff confirm anyway, with its text', () => {
    const refused = peerMatchRefusal(peer('full', { activeFollowUps: 2 }), TODAY);
    expect(refused).toEqual({ reason: 'PEER_AT_CAPACITY', params: { capacity: 2 } });
    expect(renderMessage(refused!.reason, refused!.params, 'en')).toBe(
      'The volunteer peer already follows as many people as agreed (2).',
    );
    expect(peerMatchRefusal(peer('ok'), TODAY)).toBeNull();
  });
});

describe('rankPeerMatches', () => {
  it('ranks by theme fit, then language, then distance, then free capacity, and offers no excluded peer', () => {
    const candidates = [
      peer('near-norwegian'),
      peer('arabic-busier', { languages: ['ar', 'nb'], activeFollowUps: 1 }),
      peer('voss-grief-only', { municipalityNumber: '4621', themeIds: ['grief'], languages: ['ar'] }),
      peer('voss-norwegian', { municipalityNumber: '4621' }),
      peer('near-norwegian-busier', { activeFollowUps: 1 }),
      peer('full', { languages: ['ar'], activeFollowUps: 2 }),
      peer('undeclared', { languages: ['ar'], confidentialityDeclaredOn: null }),
      peer('resting', { availability: 'RESTING' }),
      peer('stopped', { stoppedOn: '2026-11-30' }),
    ];
    expect(ids(rankPeerMatches(needs, candidates, TODAY))).toEqual([
      'arabic-busier',
      'near-norwegian',
      'near-norwegian-busier',
      'voss-norwegian',
      'voss-grief-only',
    ]);
  });

  it('gives the reasons as codes with what the texts need', () => {
    const [best] = rankPeerMatches(needs, [peer('a', { languages: ['ar'], activeFollowUps: 1 })], TODAY);
    expect(best).toMatchObject({
      sharedThemeIds: ['grief', 'relatives'],
      sharedLanguage: 'ar',
      distance: 'SAME_MUNICIPALITY',
      freeCapacity: 1,
    });
    expect(best!.reasons).toEqual([
      { code: 'MATCH_ALL_THEMES', params: { matched: 2, needed: 2, themes: 'grief,relatives' } },
      { code: 'MATCH_LANGUAGE', params: { language: 'ar' } },
      { code: 'MATCH_SAME_MUNICIPALITY', params: { municipality: 'Bergen' } },
      { code: 'MATCH_FREE_CAPACITY', params: { free: 1, capacity: 2 } },
    ]);
    expect(best!.reasons.map((r) => renderMessage(r.code, r.params, 'nb'))).toEqual([
      'Har erfaring med sorg, pårørende.',
      'Snakker arabisk.',
      'Bor i samme kommune (Bergen).',
      'Har plass til 1 til (av 2).',
    ]);
    expect(best!.reasons.map((r) => renderMessage(r.code, r.params, 'en'))[0]).toBe(
      'Speaks from experience of grief, relatives and next of kin.',
    );
  });

  it('says what speaks against a peer that is still offered', () => {
    const [only] = rankPeerMatches(
      needs,
      [peer('far', { themeIds: ['anxiety'], languages: ['pl'], municipalityNumber: '5001', districtId: 'midt' })],
      TODAY,
    );
    expect(only!.reasons.map((r) => r.code)).toEqual([
      'MATCH_NO_THEME',
      'MATCH_NO_SHARED_LANGUAGE',
      'MATCH_OTHER_DISTRICT',
      'MATCH_FREE_CAPACITY',
    ]);
  });

  it('tells municipality, county and district apart', () => {
    const tromso: PeerMatchNeeds = { themeIds: [], languages: [], municipalityNumber: '5501' };
    const matches = rankPeerMatches(
      tromso,
      [
        peer('bodo', { districtId: 'nord', municipalityNumber: '1804' }),
        peer('trondheim', { districtId: 'midt', municipalityNumber: '5001' }),
        peer('harstad', { districtId: 'nord', municipalityNumber: '5503' }),
        peer('tromso', { districtId: 'nord', municipalityNumber: '5501' }),
      ],
      TODAY,
    );
    expect(matches.map((m) => [m.peer.id, m.distance])).toEqual([
      ['tromso', 'SAME_MUNICIPALITY'],
      ['harstad', 'SAME_COUNTY'],
      ['bodo', 'SAME_DISTRICT'],
      ['trondheim', 'OTHER_DISTRICT'],
    ]);
    // No themes or languages asked for: no reasons about them.
    expect(matches[0]!.reasons.map((r) => r.code)).toEqual(['MATCH_SAME_MUNICIPALITY', 'MATCH_FREE_CAPACITY']);
  });

  it('takes bokmål and nynorsk as one language, and a later preference as weaker', () => {
    const matches = rankPeerMatches(
      { themeIds: [], languages: ['nn', 'en'], municipalityNumber: null },
      [
        peer('english', { languages: ['en'] }),
        peer('bokmal', { languages: ['nb'] }),
        peer('sami', { languages: ['se'] }),
      ],
      TODAY,
    );
    expect(matches.map((m) => [m.peer.id, m.sharedLanguage, m.distance])).toEqual([
      ['bokmal', 'nn', 'UNKNOWN'],
      ['english', 'en', 'UNKNOWN'],
      ['sami', null, 'UNKNOWN'],
    ]);
  });

  it('breaks ties by id, whatever order the candidates come in', () => {
    const twins = [peer('peer-b'), peer('peer-c'), peer('peer-a')];
    expect(ids(rankPeerMatches(needs, twins, TODAY))).toEqual(['peer-a', 'peer-b', 'peer-c']);
    expect(ids(rankPeerMatches(needs, [...twins].reverse(), TODAY))).toEqual(['peer-a', 'peer-b', 'peer-c']);
  });

  it('takes a logged inquiry as the needs', () => {
    const inquiry = makeInquiryInputSchema(new Date('2026-12-04T13:05:00Z')).parse({
      channel: 'PHONE',
      inquirerType: 'RELATIVE',
      themeIds: ['grief'],
      languages: ['ar'],
      municipalityNumber: '4621',
      minutesSpent: 15,
      actions: ['MATCHED_TO_PEER'],
    });
    const candidates = [peer('bergen', { languages: ['ar'] }), peer('voss', { municipalityNumber: '4621' })];
    expect(ids(rankPeerMatches(inquiry, candidates, TODAY))).toEqual(['bergen', 'voss']);
  });
});
