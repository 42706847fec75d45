import { districtScope, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { countQueries, databaseInternals } from '../../database.js';
import { OutOfScopeError, StaleVersionError, UniqueViolationError } from '../../errors.js';
import {
  createTestCase,
  createTestFacilitator,
  createTestPeer,
  testBackends,
  testNewPeer,
  testPeerData,
} from '../../testing/index.js';

const vest = districtScope('vest');
const nord = districtScope('nord');
const now = new Date('2026-12-01T10:00:00.000Z');
const today = '2026-12-04';

describe.each(testBackends())('VolunteerPeerRepository on $name', ({ open }) => {
  let db: Database;
  const peers = () => db.repositories.volunteerPeers;

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('creates a peer with their own name and contact, and edits it at its version', async () => {
    const created = await peers().create(vest, testNewPeer({ name: 'Kari Likeperson', phone: '+4791234567' }));
    expect(created).toMatchObject({
      districtId: 'vest',
      facilitatorId: null,
      name: 'Kari Likeperson',
      phone: '+4791234567',
      capacity: 2,
      activeFollowUps: 0,
      followingSince: null,
      lastCheckInOn: null,
      nextCheckInDue: null,
      startedOn: '2026-01-10',
      stoppedOn: null,
      version: 1,
    });
    const data = testPeerData({ name: 'Kari L.', capacity: 3, languages: ['nb', 'ar'] });
    const updated = await peers().update(vest, created.id, 1, { data, now });
    expect(updated).toMatchObject({ name: 'Kari L.', capacity: 3, languages: ['nb', 'ar'], version: 2 });
    await expect(peers().update(vest, created.id, 1, { data, now })).rejects.toBeInstanceOf(StaleVersionError);
    await expect(peers().update(nord, created.id, 2, { data, now })).rejects.toBeInstanceOf(OutOfScopeError);
    expect(await peers().update(nord, created.id, 2, { data: testPeerData({ districtId: 'nord' }), now })).toBeNull();
    expect(await peers().update(vest, 'not-a-uuid', 2, { data, now })).toBeNull();
    await expect(peers().create(nord, testNewPeer())).rejects.toBeInstanceOf(OutOfScopeError);
  });

  it('makes a facilitator a peer without copying their name or contact (one person, two roles)', async () => {
    const facilitator = await createTestFacilitator(db, { name: 'Ola Igangsetter', phone: '+4790000001' });
    const peer = await peers().create(vest, testNewPeer({ name: 'ignored', email: 'ignored@x.no' }, facilitator.id));
    expect(peer).toMatchObject({
      facilitatorId: facilitator.id,
      name: 'Ola Igangsetter',
      email: facilitator.email,
      phone: '+4790000001',
    });
    const row = await databaseInternals(db).prisma.volunteerPeer.findUniqueOrThrow({ where: { id: peer.id } });
    expect(row).toMatchObject({ name: null, email: null, phone: null });
    // An edit keeps the peer row without them; the facilitator's edits show through.
    await peers().update(vest, peer.id, 1, { data: testPeerData({ name: 'Also ignored' }), now });
    await db.repositories.facilitators.update(vest, facilitator.id, facilitator.version, {
      data: { ...facilitator, name: 'Ola Nordmann', email: facilitator.email, themeConsent: false, themeIds: [] },
      now,
    });
    expect((await peers().findById(vest, peer.id))?.name).toBe('Ola Nordmann');
    expect(
      await databaseInternals(db).prisma.volunteerPeer.findUniqueOrThrow({ where: { id: peer.id } }),
    ).toMatchObject({ name: null, email: null, phone: null, version: 2 });

    await expect(peers().create(vest, testNewPeer({}, facilitator.id))).rejects.toBeInstanceOf(UniqueViolationError);
    const fromNord = await createTestFacilitator(db, { districtId: 'nord' });
    await expect(peers().create(vest, testNewPeer({}, fromNord.id))).rejects.toBeInstanceOf(OutOfScopeError);
    await expect(peers().create(vest, testNewPeer({}, 'not-a-uuid'))).rejects.toBeInstanceOf(OutOfScopeError);
  });

  it('stops a peer at its version', async () => {
    const peer = await createTestPeer(db);
    await expect(peers().stop(vest, peer.id, 2, '2026-12-01', now)).rejects.toBeInstanceOf(StaleVersionError);
    expect(await peers().stop(nord, peer.id, 1, '2026-12-01', now)).toBeNull();
    expect(await peers().stop(vest, peer.id, 1, '2026-12-01', now)).toMatchObject({
      stoppedOn: '2026-12-01',
      version: 2,
    });
  });

  it('finds by ids in the scope only, and tells any peer’s district in the national scope', async () => {
    const [a, b] = [await createTestPeer(db), await createTestPeer(db, { districtId: 'nord' })];
    expect((await peers().findByIds(vest, [b.id, a.id, 'x'])).map((peer) => peer?.id ?? null)).toEqual([
      null,
      a.id,
      null,
    ]);
    expect(await peers().districtOf(NATIONAL_SCOPE, b.id)).toBe('nord');
    expect(await peers().districtOf(vest, b.id)).toBeNull();
    expect(await peers().districtOf(NATIONAL_SCOPE, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await peers().districtOf(NATIONAL_SCOPE, 'nope')).toBeNull();
  });

  it('carries the load: open and paused cases with the peer, since the earliest match, in one statement', async () => {
    const peer = await createTestPeer(db, { districtId: 'midt', capacity: 3 });
    await createTestCase(db, { districtId: 'midt', peerId: peer.id, peerMatchedOn: '2026-11-10' });
    await createTestCase(db, { districtId: 'midt', peerId: peer.id, peerMatchedOn: '2026-11-02', status: 'PAUSED' });
    await createTestCase(db, { districtId: 'midt', peerId: peer.id, peerMatchedOn: '2026-10-01', status: 'CLOSED' });
    const others = await Promise.all([
      createTestPeer(db, { districtId: 'midt' }),
      createTestPeer(db, { districtId: 'midt' }),
    ]);
    const { result, count } = await countQueries(db, () =>
      peers().findByIds(districtScope('midt'), [peer.id, ...others.map((other) => other.id)]),
    );
    expect(count).toBe(1);
    expect(result[0]).toMatchObject({
      activeFollowUps: 2,
      followingSince: '2026-11-02',
      nextCheckInDue: '2026-11-30',
    });
    expect(result[1]).toMatchObject({ activeFollowUps: 0, nextCheckInDue: null });
  });

  it('lists by name with filters, search including the facilitator’s name, and pages', async () => {
    const sor = districtScope('sor');
    const facilitator = await createTestFacilitator(db, { districtId: 'sor', name: 'Berit Igangsetter' });
    const linked = await peers().create(sor, testNewPeer({ districtId: 'sor', themeIds: ['anxiety'] }, facilitator.id));
    const anna = await createTestPeer(db, { districtId: 'sor', name: 'Anna Sorg', themeIds: ['grief'] });
    const cato = await createTestPeer(db, {
      districtId: 'sor',
      name: 'Cato Hvile',
      availability: 'RESTING',
      municipalityNumber: '4203',
      themeIds: ['grief', 'anxiety'],
    });
    const dag = await createTestPeer(db, { districtId: 'sor', name: 'Dag Sluttet' });
    await peers().stop(sor, dag.id, 1, '2026-11-01', now);
    await createTestPeer(db, { districtId: 'nord', name: 'Anna Nord' });

    const names = async (filter: object, first = 10) =>
      (await peers().list(sor, { filter, first, today })).nodes.map((peer) => peer.name);
    expect(await names({})).toEqual(['Anna Sorg', 'Berit Igangsetter', 'Cato Hvile', 'Dag Sluttet']);
    expect(await names({ themeIds: ['anxiety'] })).toEqual(['Berit Igangsetter', 'Cato Hvile']);
    expect(await names({ availabilities: ['RESTING'] })).toEqual(['Cato Hvile']);
    expect(await names({ municipalityNumbers: ['4203'] })).toEqual(['Cato Hvile']);
    expect(await names({ stopped: true })).toEqual(['Dag Sluttet']);
    expect(await names({ stopped: false })).toHaveLength(3);
    expect(await names({ search: 'igangs' })).toEqual(['Berit Igangsetter']);
    expect(await names({ search: '%' })).toEqual([]);

    const first = await peers().list(sor, { first: 2, today });
    expect(first).toMatchObject({ totalCount: 4, hasNextPage: true });
    expect(first.nodes.map((peer) => peer.id)).toEqual([anna.id, linked.id]);
    const second = await peers().list(sor, { first: 2, after: first.endCursor, today });
    expect(second.nodes.map((peer) => peer.id)).toEqual([cato.id, dag.id]);
    expect(second.hasNextPage).toBe(false);
    expect((await peers().list(sor, { first: 0, today })).totalCount).toBe(4);
  });
});
