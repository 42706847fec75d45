import type { DistrictId } from '@selvhjelp/domain';
import { districtScope, rankPeerMatches } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { countQueries, databaseInternals } from '../../database.js';
import { StaleVersionError } from '../../errors.js';
import {
  createTestCase,
  createTestPeer,
  peersAsTheGatewayDoes,
  refusalOf,
  RefusedInTest,
  testBackends,
} from '../../testing/index.js';

const today = '2026-12-04';

describe.each(testBackends())('Peer matching on $name', ({ open, name }) => {
  let db: Database;
  const peers = () => db.repositories.volunteerPeers;
  const matching = () => peersAsTheGatewayDoes(db);

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  // Each test in a district of its own, so candidates do not mix.
  it('reads the needs from the case’s inquiry, in the scope only', async () => {
    const theCase = await createTestCase(db, {
      districtId: 'vest',
      themeIds: ['grief', 'anxiety'],
      languages: ['ar', 'nb'],
      municipalityNumber: '4601',
    });
    expect(await peers().matchNeeds(districtScope('vest'), theCase.id)).toEqual({
      caseId: theCase.id,
      districtId: 'vest',
      status: 'OPEN',
      version: 1,
      peerId: null,
      themeIds: ['grief', 'anxiety'],
      languages: ['ar', 'nb'],
      municipalityNumber: '4601',
    });
    expect(await peers().matchNeeds(districtScope('nord'), theCase.id)).toBeNull();
    expect(await peers().matchNeeds(districtScope('vest'), 'nope')).toBeNull();
  });

  it('offers candidates with their load in one statement; a peer at capacity or without a declaration is not offered', async () => {
    const district: DistrictId = 'midt';
    const scope = districtScope(district);
    const fits = await createTestPeer(db, { districtId: district, name: 'Passer', themeIds: ['grief'] });
    const full = await createTestPeer(db, { districtId: district, name: 'Full', capacity: 1 });
    await createTestCase(db, { districtId: district, peerId: full.id });
    const undeclared = await createTestPeer(db, { districtId: district, confidentialityDeclaredOn: null });
    const resting = await createTestPeer(db, { districtId: district, availability: 'RESTING' });
    const partly = await createTestPeer(db, { districtId: district, themeIds: ['anxiety'] });
    const stopped = await createTestPeer(db, { districtId: district });
    await peers().stop(scope, stopped.id, 1, '2026-11-01', new Date());
    await createTestPeer(db, { districtId: 'nord' });

    const theCase = await createTestCase(db, { districtId: district, themeIds: ['grief'] });
    const needs = (await peers().matchNeeds(scope, theCase.id))!;
    const { result: candidates, count } = await countQueries(db, () =>
      peers().matchCandidates(scope, needs.districtId, today),
    );
    expect(count).toBe(1);
    expect(candidates.map((peer) => peer.id).sort()).toEqual(
      [fits.id, full.id, undeclared.id, resting.id, partly.id].sort(),
    );
    expect(candidates.find((peer) => peer.id === full.id)?.activeFollowUps).toBe(1);
    const ranked = rankPeerMatches(needs, candidates, today);
    expect(ranked.map((match) => match.peer.id)).toEqual([fits.id, partly.id]);
    expect(await refusalOf(matching().confirmMatch(scope, theCase.id, full.id, 1, today))).toBe('PEER_AT_CAPACITY');
    expect(await refusalOf(matching().confirmMatch(scope, theCase.id, undeclared.id, 1, today))).toBe(
      'PEER_NO_CONFIDENTIALITY_DECLARATION',
    );
  });

  it('confirms a match at the case’s version: the case gets the peer and the day, the peer’s load shows it', async () => {
    const scope = districtScope('innlandet');
    const peer = await createTestPeer(db, { districtId: 'innlandet' });
    const theCase = await createTestCase(db, { districtId: 'innlandet' });
    await expect(matching().confirmMatch(scope, theCase.id, peer.id, 2, today)).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    expect(await matching().confirmMatch(districtScope('nord'), theCase.id, peer.id, 1, today)).toBeNull();
    const other = await createTestPeer(db, { districtId: 'nord' });
    expect(await matching().confirmMatch(scope, theCase.id, other.id, 1, today)).toBeNull();

    const confirmed = await matching().confirmMatch(scope, theCase.id, peer.id, 1, today);
    expect(confirmed).toMatchObject({
      caseId: theCase.id,
      caseVersion: 2,
      peerMatchedOn: today,
      peer: { id: peer.id, activeFollowUps: 1, followingSince: today, nextCheckInDue: '2027-01-01' },
    });
    const row = await databaseInternals(db).prisma.followUpCase.findUniqueOrThrow({ where: { id: theCase.id } });
    expect(row).toMatchObject({ peerId: peer.id, version: 2 });
    // The same peer again keeps the day and does not count the case twice.
    const again = await matching().confirmMatch(scope, theCase.id, peer.id, 2, '2026-12-05');
    expect(again).toMatchObject({ caseVersion: 3, peerMatchedOn: today, peer: { activeFollowUps: 1 } });

    const closed = await createTestCase(db, { districtId: 'innlandet', status: 'CLOSED' });
    expect(await refusalOf(matching().confirmMatch(scope, closed.id, peer.id, 1, today))).toBe(
      'PEER_MATCH_CASE_CLOSED',
    );
  });

  it('gives the last free place to one of two confirms at the same moment', async () => {
    const scope = districtScope('ost');
    const peer = await createTestPeer(db, { districtId: 'ost', capacity: 2 });
    await createTestCase(db, { districtId: 'ost', peerId: peer.id });
    const [a, b] = [await createTestCase(db, { districtId: 'ost' }), await createTestCase(db, { districtId: 'ost' })];
    const results = await Promise.allSettled([
      matching().confirmMatch(scope, a.id, peer.id, 1, today),
      matching().confirmMatch(scope, b.id, peer.id, 1, today),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(lost?.reason).toBeInstanceOf(RefusedInTest);
    expect(lost?.reason).toMatchObject({ code: 'PEER_AT_CAPACITY' });
    expect((await peers().findById(scope, peer.id))?.activeFollowUps).toBe(2);
    if (name === 'postgresql') expect(db.kind).toBe('postgresql');
  });
});
