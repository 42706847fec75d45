import { districtScope } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { databaseInternals } from '../../database.js';
import { OutOfScopeError, StaleVersionError } from '../../errors.js';
import type { StaffUserRecord } from '../staff/types.js';
import {
  createTestGroup,
  createTestStaffUser,
  groupTableCounts,
  testBackends,
  testGroupData,
} from '../../testing/index.js';

// Editing groups: optimistic concurrency, the audit of the given fields, the venue when the
// format changes, and district scope on every write.

const vest = districtScope('vest');
const T0 = new Date('2026-05-04T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const nord = districtScope('nord');

describe.each(testBackends())('GroupRepository update on $name', ({ open }) => {
  let db: Database;
  let actor: StaffUserRecord;
  const groups = () => db.repositories.groups;
  /** Rows in every group table, to prove that a refused write left nothing behind. */
  const tableCounts = () => groupTableCounts(db);

  beforeAll(async () => {
    db = await open();
    actor = await createTestStaffUser(db, { districtId: 'vest' });
  });
  afterAll(() => db?.close());

  it('updates with optimistic concurrency, audits the given fields, and writes nothing when stale', async () => {
    const group = await createTestGroup(db, { now: T0 });
    const data = testGroupData({ name: 'Nytt navn', venue: { name: 'Biblioteket', postalCode: '5017' } });
    const fields = [{ field: 'name', oldValue: group.name, newValue: 'Nytt navn' }];
    const updated = await groups().update(vest, group.id, 1, { data, fields, actorId: actor.id, now: at(1) });
    expect(updated).toMatchObject({
      name: 'Nytt navn',
      version: 2,
      updatedAt: at(1),
      updatedById: actor.id,
      createdAt: T0,
    });
    // The venue is edited in place.
    expect(updated!.venue).toEqual({ ...data.venue, id: group.venue!.id, districtId: 'vest', partnerId: null });
    expect(await groups().findById(vest, group.id)).toEqual(updated);
    // The name search reads the kept lower(name) (name_folded): it follows the rename.
    const found = async (search: string) =>
      (await groups().list(vest, { first: 100, filter: { search } })).nodes.map((node) => node.id);
    expect(await found('NYTT NAVN')).toEqual([group.id]);
    expect(await found(group.name)).not.toContain(group.id);

    const before = await tableCounts();
    const stale = groups().update(vest, group.id, 1, {
      data: testGroupData({ name: 'Tapt' }),
      fields,
      actorId: actor.id,
      now: at(2),
    });
    await expect(stale).rejects.toThrow(StaleVersionError);
    expect(await groups().findById(vest, group.id)).toEqual(updated);
    expect(await tableCounts()).toEqual(before);
    // Nothing changed: nothing written, no new version; a stale version is still refused.
    expect(await groups().update(vest, group.id, 2, { data, fields: [], actorId: actor.id, now: at(3) })).toEqual(
      updated,
    );
    await expect(
      groups().update(vest, group.id, 1, { data, fields: [], actorId: actor.id, now: at(3) }),
    ).rejects.toThrow(StaleVersionError);
    expect(await tableCounts()).toEqual(before);

    const changes = (await groups().changesFor(vest, [group.id])).get(group.id)!;
    expect(changes.map((change) => change.kind)).toEqual(['UPDATED', 'CREATED']);
    expect(changes[0]).toMatchObject({ fields, changedById: actor.id, changedAt: at(1) });
  });

  it('drops the venue when a group goes online and makes a new one when it meets in person again', async () => {
    const group = await createTestGroup(db);
    const { prisma } = databaseInternals(db);
    const online = testGroupData({ format: 'ONLINE', venue: null, meetingUrl: 'https://mote.demo.selvhjelp.no/rom' });
    const field = [{ field: 'format', oldValue: 'IN_PERSON', newValue: 'ONLINE' }];
    const moved = await groups().update(vest, group.id, 1, { data: online, fields: field, actorId: null, now: at(1) });
    expect(moved).toMatchObject({
      format: 'ONLINE',
      venue: null,
      meetingUrl: 'https://mote.demo.selvhjelp.no/rom',
      version: 2,
    });
    expect(await prisma.venue.count({ where: { id: group.venue!.id } })).toBe(0);
    const back = await groups().update(vest, group.id, 2, {
      data: testGroupData(),
      fields: field,
      actorId: null,
      now: at(2),
    });
    expect(back!.venue).toMatchObject({ name: 'Frivilligsentralen' });
    expect(back!.venue!.id).not.toBe(group.venue!.id);
    expect(await groups().findById(vest, group.id)).toEqual(back);
  });

  it('treats a group of another district as missing on every write, and leaves it alone', async () => {
    const other = await createTestGroup(db, { data: { districtId: 'nord' } });
    const before = await tableCounts();
    const data = testGroupData({ districtId: 'vest', name: 'Kapret' });
    expect(
      await groups().update(vest, other.id, 1, {
        data,
        fields: [{ field: 'name', oldValue: null, newValue: 'Kapret' }],
        actorId: null,
        now: at(1),
      }),
    ).toBeNull();
    expect(await groups().update(vest, other.id, 1, { data, fields: [], actorId: null, now: at(1) })).toBeNull();
    expect(
      await groups().changeStatus(vest, other.id, 1, {
        to: 'CLOSED',
        reason: 'x',
        effectiveDate: '2026-05-04',
        actorId: null,
        now: at(1),
      }),
    ).toBeNull();
    expect(
      await groups().registerFollowUp(vest, other.id, {
        date: '2026-05-04',
        note: 'x',
        nextFollowUpDue: null,
        actorId: null,
        now: at(1),
      }),
    ).toBeNull();
    expect(await groups().update(vest, 'not-a-uuid', 1, { data, fields: [], actorId: null, now: at(1) })).toBeNull();
    // Moving one's own group into another district is refused too.
    const own = await createTestGroup(db);
    const before2 = await tableCounts();
    await expect(
      groups().update(vest, own.id, 1, {
        data: testGroupData({ districtId: 'nord' }),
        fields: [{ field: 'municipality', oldValue: 'Bergen', newValue: 'Tromsø' }],
        actorId: null,
        now: at(1),
      }),
    ).rejects.toThrow(OutOfScopeError);
    expect(await tableCounts()).toEqual(before2);
    expect(before2[0]).toBe(before[0] + 1);
    expect(await groups().findById(nord, other.id)).toEqual(other);
  });
});
