import type { Database } from '@selvhjelp/db';
import { createTestCase, createTestPeer, testBackends } from '@selvhjelp/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { useTestGateway } from './suite.js';

const SUGGESTIONS = graphql(`
  query PeerSuggestions($caseId: ID!) {
    peerSuggestions(caseId: $caseId) {
      caseId
      caseVersion
      suggestions {
        peer {
          id
          name
        }
        sharedThemes {
          id
        }
        sharedLanguage
        distance
        freeCapacity
        reasons {
          code
          text
          params {
            name
            value
          }
        }
      }
    }
  }
`);
const CONFIRM = graphql(`
  mutation ConfirmPeerMatch($caseId: ID!, $peerId: ID!, $caseVersion: Int!) {
    confirmPeerMatch(caseId: $caseId, peerId: $peerId, caseVersion: $caseVersion) {
      caseId
      caseVersion
      peerMatchedOn
      peer {
        id
        load {
          activeFollowUps
          freeCapacity
          followingSince
          nextCheckInDue
        }
      }
    }
  }
`);
const LOAD = graphql(`
  query MatchedPeerLoad($id: ID!) {
    volunteerPeer(id: $id) {
      load {
        activeFollowUps
        freeCapacity
      }
    }
  }
`);

const ENGLISH = { 'accept-language': 'en' };

describe.each(testBackends())('matching follow-up cases with peers through the API on $name', (backend) => {
  const suite = useTestGateway(backend, {
    at: '2026-12-04T10:00:00Z',
    users: {
      vest: { districtId: 'vest' },
      nord: { districtId: 'nord' },
      national: { role: 'NATIONAL', districtId: null },
    },
  });
  let db: Database;
  let gateway: TestGateway;
  let tokens: typeof suite.tokens;
  beforeAll(() => {
    ({ db, gateway, tokens } = suite);
  });

  const log = (type: 'FOLLOW_UP_CASE' | 'VOLUNTEER_PEER', id: string) =>
    db.repositories.accessLog
      .listForRecord({ kind: 'national' }, type, id, { first: 100 })
      .then((page) => page.nodes.map((entry) => `${entry.action} ${entry.outcome} ${entry.purpose}`).sort());

  it('suggests peers ranked by fit with reasons, hides those at capacity or without a declaration; a confirmed match shows in the load', async () => {
    // Acceptance 1, the matching part: a relative's inquiry about grief in Bergen, Arabic preferred.
    const theCase = await createTestCase(db, {
      themeIds: ['grief', 'loneliness'],
      languages: ['ar', 'nb'],
      municipalityNumber: '4601',
    });
    const best = await createTestPeer(db, {
      name: 'Amal Bergen',
      themeIds: ['grief', 'loneliness'],
      languages: ['ar', 'nb'],
    });
    const nearby = await createTestPeer(db, {
      name: 'Nina Voss',
      themeIds: ['grief'],
      languages: ['nb'],
      municipalityNumber: '4621',
    });
    const full = await createTestPeer(db, { name: 'Full Kapasitet', themeIds: ['grief'], capacity: 1 });
    await createTestCase(db, { peerId: full.id });
    const undeclared = await createTestPeer(db, { name: 'Uten Erklæring', confidentialityDeclaredOn: null });

    const answer = await gateway.run(SUGGESTIONS, { caseId: theCase.id }, tokens.vest, ENGLISH);
    expect(answer.errors).toBeUndefined();
    const { suggestions, caseVersion } = answer.data!.peerSuggestions;
    expect(caseVersion).toBe(1);
    const ids = suggestions.map((suggestion) => suggestion.peer.id);
    // The district's demo peers are offered too; among this test's peers the order is by fit.
    expect(ids[0]).toBe(best.id);
    expect(ids.filter((id) => id === best.id || id === nearby.id)).toEqual([best.id, nearby.id]);
    expect(ids).not.toContain(full.id);
    expect(ids).not.toContain(undeclared.id);
    expect(suggestions[0]).toMatchObject({
      sharedThemes: [{ id: 'grief' }, { id: 'loneliness' }],
      sharedLanguage: 'ar',
      distance: 'SAME_MUNICIPALITY',
      freeCapacity: 2,
    });
    expect(suggestions[0]!.reasons.map((reason) => reason.code)).toEqual([
      'MATCH_ALL_THEMES',
      'MATCH_LANGUAGE',
      'MATCH_SAME_MUNICIPALITY',
      'MATCH_FREE_CAPACITY',
    ]);
    expect(suggestions[0]!.reasons.map((reason) => reason.text)).toEqual([
      'Speaks from experience of grief, loneliness.',
      'Speaks Arabic.',
      'Lives in the same municipality (Bergen).',
      'Has room for 2 more (of 2).',
    ]);
    expect(suggestions[1]!.reasons[0]).toMatchObject({
      code: 'MATCH_SOME_THEMES',
      params: expect.arrayContaining([{ name: 'matched', value: '1' }]),
    });
    const inBokmal = await gateway.run(SUGGESTIONS, { caseId: theCase.id }, tokens.vest);
    expect(inBokmal.data?.peerSuggestions.suggestions[0]?.reasons[1]?.text).toBe('Snakker arabisk.');

    const confirmed = await gateway.run(CONFIRM, { caseId: theCase.id, peerId: best.id, caseVersion: 1 }, tokens.vest);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.confirmPeerMatch).toEqual({
      caseId: theCase.id,
      caseVersion: 2,
      peerMatchedOn: '2026-12-04',
      peer: {
        id: best.id,
        load: { activeFollowUps: 1, freeCapacity: 1, followingSince: '2026-12-04', nextCheckInDue: '2027-01-01' },
      },
    });
    expect((await gateway.run(LOAD, { id: best.id }, tokens.vest)).data?.volunteerPeer.load).toEqual({
      activeFollowUps: 1,
      freeCapacity: 1,
    });

    // Two suggestion reads (READ of the case each) and the confirmed match (UPDATE).
    expect(await log('FOLLOW_UP_CASE', theCase.id)).toEqual(
      ['READ ALLOWED MATCHING', 'READ ALLOWED MATCHING', 'UPDATE ALLOWED MATCHING'].sort(),
    );
    expect(await log('VOLUNTEER_PEER', best.id)).toEqual(
      [
        'LIST ALLOWED MATCHING',
        'LIST ALLOWED MATCHING',
        'UPDATE ALLOWED MATCHING',
        'READ ALLOWED PEER_FOLLOW_UP',
      ].sort(),
    );
    expect(await log('VOLUNTEER_PEER', full.id)).toEqual([]);
  });

  it('refuses a stale case version, a peer who cannot be matched, and answers other districts NOT_FOUND', async () => {
    const theCase = await createTestCase(db);
    const peer = await createTestPeer(db, { capacity: 1 });
    const undeclared = await createTestPeer(db, { confidentialityDeclaredOn: null });
    const confirm = (peerId: string, caseVersion: number, token = tokens.vest) =>
      gateway.run(CONFIRM, { caseId: theCase.id, peerId, caseVersion }, token);

    expect((await confirm(peer.id, 7)).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'PEER_MATCH_CASE_STALE',
      field: 'caseVersion',
    });
    expect((await confirm(undeclared.id, 1)).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'PEER_NO_CONFIDENTIALITY_DECLARATION',
      field: 'peerId',
    });
    const nordPeer = await createTestPeer(db, { districtId: 'nord' });
    expect((await confirm(nordPeer.id, 1)).errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'PEER_NOT_FOUND',
    });
    expect((await confirm(peer.id, 1, tokens.nord)).errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'PEER_MATCH_CASE_NOT_FOUND',
    });
    const nordRead = await gateway.run(SUGGESTIONS, { caseId: theCase.id }, tokens.nord);
    expect(nordRead.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const nationalRead = await gateway.run(SUGGESTIONS, { caseId: theCase.id }, tokens.national);
    expect(nationalRead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    expect(await log('FOLLOW_UP_CASE', theCase.id)).toEqual(
      ['UPDATE NOT_FOUND MATCHING', 'READ NOT_FOUND MATCHING', 'READ FORBIDDEN MATCHING'].sort(),
    );
    expect(await log('VOLUNTEER_PEER', nordPeer.id)).toEqual(['UPDATE NOT_FOUND MATCHING']);

    // The case did not move: the refused attempts wrote nothing.
    expect((await confirm(peer.id, 1)).data?.confirmPeerMatch.caseVersion).toBe(2);
  });

  it('gives the last free place to one of two staff members confirming at the same moment', async () => {
    const peer = await createTestPeer(db, { capacity: 2 });
    await createTestCase(db, { peerId: peer.id });
    const [a, b] = [await createTestCase(db), await createTestCase(db)];
    const answers = await Promise.all(
      [a, b].map((theCase) =>
        gateway.run(CONFIRM, { caseId: theCase.id, peerId: peer.id, caseVersion: 1 }, tokens.vest),
      ),
    );
    expect(answers.filter((answer) => answer.data?.confirmPeerMatch)).toHaveLength(1);
    expect(answers.flatMap((answer) => answer.errors ?? []).map((error) => error.extensions?.reason)).toEqual([
      'PEER_AT_CAPACITY',
    ]);
    expect((await gateway.run(LOAD, { id: peer.id }, tokens.vest)).data?.volunteerPeer.load).toEqual({
      activeFollowUps: 2,
      freeCapacity: 0,
    });
  });
});
