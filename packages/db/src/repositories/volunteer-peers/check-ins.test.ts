import { districtScope } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { countQueries } from '../../database.js';
import { createTestCase, createTestPeer, createTestStaffUser, testBackends } from '../../testing/index.js';

const vest = districtScope('vest');
const now = new Date('2026-12-04T10:00:00.000Z');

describe.each(testBackends())('Peer check-ins on $name', ({ open }) => {
  let db: Database;
  const peers = () => db.repositories.volunteerPeers;

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('registers check-ins, lists them newest first, and a next day set by hand wins', async () => {
    const staff = await createTestStaffUser(db);
    const peer = await createTestPeer(db);
    await createTestCase(db, { peerId: peer.id, peerMatchedOn: '2026-10-01' });
    const checkIn = (date: string, nextCheckInOn: string | null = null, note: string | null = null) =>
      peers().registerCheckIn(vest, { peerId: peer.id, date, note, nextCheckInOn, staffUserId: staff.id, now });

    expect((await peers().findById(vest, peer.id))?.nextCheckInDue).toBe('2026-10-29');
    expect(await checkIn('2026-11-01', null, 'Går fint')).toMatchObject({
      peerId: peer.id,
      districtId: 'vest',
      date: '2026-11-01',
      note: 'Går fint',
      staffUserId: staff.id,
    });
    expect(await peers().findById(vest, peer.id)).toMatchObject({
      lastCheckInOn: '2026-11-01',
      nextCheckInDue: '2026-11-29',
    });
    await checkIn('2026-11-20', '2026-12-24');
    expect((await peers().findById(vest, peer.id))?.nextCheckInDue).toBe('2026-12-24');
    // A check-in entered late for an earlier day does not move the next one.
    await checkIn('2026-11-10', '2026-11-15');
    expect(await peers().findById(vest, peer.id)).toMatchObject({
      lastCheckInOn: '2026-11-20',
      nextCheckInOverride: '2026-12-24',
    });

    const { result, count } = await countQueries(db, () => peers().checkInsFor(vest, [peer.id, 'x']));
    expect(count).toBe(1);
    expect(result.get(peer.id)?.map((entry) => entry.date)).toEqual(['2026-11-20', '2026-11-10', '2026-11-01']);
    expect(result.get('x')).toEqual([]);
    expect((await peers().checkInsFor(districtScope('nord'), [peer.id])).get(peer.id)).toEqual([]);
    expect(
      await peers().registerCheckIn(districtScope('nord'), {
        peerId: peer.id,
        date: '2026-11-01',
        note: null,
        nextCheckInOn: null,
        staffUserId: null,
        now,
      }),
    ).toBeNull();
  });

  it('lists the district’s due check-ins of peers who follow someone, soonest first', async () => {
    const scope = districtScope('sorvest');
    const overdue = await createTestPeer(db, { districtId: 'sorvest' });
    await createTestCase(db, { districtId: 'sorvest', peerId: overdue.id, peerMatchedOn: '2026-10-01' });
    const soon = await createTestPeer(db, { districtId: 'sorvest' });
    await createTestCase(db, { districtId: 'sorvest', peerId: soon.id, peerMatchedOn: '2026-11-10' });
    const later = await createTestPeer(db, { districtId: 'sorvest' });
    await createTestCase(db, { districtId: 'sorvest', peerId: later.id, peerMatchedOn: '2026-12-01' });
    const idle = await createTestPeer(db, { districtId: 'sorvest' });
    await createTestCase(db, { districtId: 'sorvest', peerId: idle.id, status: 'CLOSED' });

    const due = await peers().checkInsDue(scope, '2026-12-04');
    expect(due.map((entry) => [entry.peer.id, entry.dueOn, entry.overdue])).toEqual([
      [overdue.id, '2026-10-29', true],
      [soon.id, '2026-12-08', false],
    ]);
    expect(await peers().checkInsDue(districtScope('nord'), '2026-12-04')).toEqual([]);
  });
});
