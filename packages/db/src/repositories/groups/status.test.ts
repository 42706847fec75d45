import { districtScope } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { countQueries } from '../../database.js';
import { StaleVersionError } from '../../errors.js';
import type { StaffUserRecord } from '../staff/types.js';
import {
  createTestGroup,
  createTestStaffUser,
  groupTableCounts,
  testBackends,
  testNewGroup,
} from '../../testing/index.js';

// A group's status changes and follow-ups, and the history they leave.

const vest = districtScope('vest');
const T0 = new Date('2026-05-04T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe.each(testBackends())('GroupRepository status and follow-ups on $name', ({ open }) => {
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

  it('changes status with history, audit fields and optimistic concurrency', async () => {
    const group = await createTestGroup(db, { status: 'IDEA', nextFollowUpDue: '2026-06-01', now: T0 });
    const change = {
      to: 'STARTING' as const,
      reason: 'Igangsetter på plass',
      effectiveDate: '2026-05-03',
      nextFollowUpDue: '2026-07-01',
      actorId: actor.id,
      now: at(5),
    };
    const changed = await groups().changeStatus(vest, group.id, 1, change);
    expect(changed).toMatchObject({
      status: 'STARTING',
      statusChangedAt: at(5),
      nextFollowUpDue: '2026-07-01',
      version: 2,
      updatedAt: at(5),
      updatedById: actor.id,
    });
    expect(changed!.venue).toEqual(group.venue);

    const before = await tableCounts();
    await expect(groups().changeStatus(vest, group.id, 1, { ...change, to: 'RUNNING' })).rejects.toThrow(
      StaleVersionError,
    );
    expect(await tableCounts()).toEqual(before);
    // Without nextFollowUpDue the due date stays, and only the status is audited.
    const running = await groups().changeStatus(vest, group.id, 2, {
      to: 'RUNNING',
      reason: 'Selvgående',
      effectiveDate: '2026-05-04',
      actorId: null,
      now: at(6),
    });
    expect(running).toMatchObject({ status: 'RUNNING', nextFollowUpDue: '2026-07-01', version: 3 });

    expect(
      (await groups().statusHistoryFor(vest, [group.id]))
        .get(group.id)!
        .map((row) => [row.fromStatus, row.toStatus, row.effectiveDate, row.reason]),
    ).toEqual([
      [null, 'IDEA', '2026-05-04', 'Registrert'],
      ['IDEA', 'STARTING', '2026-05-03', 'Igangsetter på plass'],
      ['STARTING', 'RUNNING', '2026-05-04', 'Selvgående'],
    ]);
    const [latest, previous] = (await groups().changesFor(vest, [group.id])).get(group.id)!;
    expect(latest).toMatchObject({
      kind: 'STATUS_CHANGED',
      fields: [{ field: 'status', oldValue: 'STARTING', newValue: 'RUNNING' }],
    });
    expect(previous).toMatchObject({
      kind: 'STATUS_CHANGED',
      changedById: actor.id,
      fields: [
        { field: 'status', oldValue: 'IDEA', newValue: 'STARTING' },
        { field: 'nextFollowUpDue', oldValue: '2026-06-01', newValue: '2026-07-01' },
      ],
    });
  });

  it('keeps recording order for history written at the same instant', async () => {
    const group = await createTestGroup(db, { status: 'IDEA', now: T0 });
    const step = (version: number, to: 'STARTING' | 'RUNNING' | 'PAUSED') =>
      groups().changeStatus(vest, group.id, version, {
        to,
        reason: to,
        effectiveDate: '2026-05-04',
        actorId: null,
        now: T0,
      });
    await step(1, 'STARTING');
    await step(2, 'RUNNING');
    await step(3, 'PAUSED');
    await groups().registerFollowUp(vest, group.id, {
      date: '2026-05-04',
      note: 'første',
      nextFollowUpDue: null,
      actorId: null,
      now: T0,
    });
    await groups().registerFollowUp(vest, group.id, {
      date: '2026-05-04',
      note: 'andre',
      nextFollowUpDue: null,
      actorId: null,
      now: T0,
    });
    const history = (await groups().statusHistoryFor(vest, [group.id])).get(group.id)!;
    expect(history.map((row) => row.toStatus)).toEqual(['IDEA', 'STARTING', 'RUNNING', 'PAUSED']);
    expect((await groups().followUpsFor(vest, [group.id])).get(group.id)!.map((row) => row.note)).toEqual([
      'andre',
      'første',
    ]);
    expect((await groups().changesFor(vest, [group.id])).get(group.id)!.map((row) => row.kind)).toEqual([
      'FOLLOW_UP',
      'FOLLOW_UP',
      'STATUS_CHANGED',
      'STATUS_CHANGED',
      'STATUS_CHANGED',
      'CREATED',
    ]);
  });

  it('registers follow-ups: a row, the next due date, an audit entry and a new version', async () => {
    const group = await createTestGroup(db, { nextFollowUpDue: '2026-05-01', now: T0 });
    const first = await groups().registerFollowUp(vest, group.id, {
      date: '2026-05-02',
      note: 'Ringte kontaktpersonen.',
      nextFollowUpDue: '2026-08-01',
      actorId: actor.id,
      now: at(1),
    });
    expect(first).toMatchObject({ nextFollowUpDue: '2026-08-01', version: 2, updatedAt: at(1), updatedById: actor.id });
    await groups().registerFollowUp(vest, group.id, {
      date: '2026-05-20',
      note: 'Besøk på møtet.',
      nextFollowUpDue: '2026-08-01',
      actorId: null,
      now: at(2),
    });
    const followUps = (await groups().followUpsFor(vest, [group.id])).get(group.id)!;
    expect(followUps.map((row) => [row.date, row.note])).toEqual([
      ['2026-05-20', 'Besøk på møtet.'],
      ['2026-05-02', 'Ringte kontaktpersonen.'],
    ]);
    expect(followUps[1]).toMatchObject({ registeredById: actor.id, createdAt: at(1) });
    const changes = (await groups().changesFor(vest, [group.id])).get(group.id)!;
    expect(changes.map((change) => change.fields)).toEqual([
      [{ field: 'followUpDate', oldValue: null, newValue: '2026-05-20' }],
      [
        { field: 'followUpDate', oldValue: null, newValue: '2026-05-02' },
        { field: 'nextFollowUpDue', oldValue: '2026-05-01', newValue: '2026-08-01' },
      ],
      expect.any(Array),
    ]);
    expect((await groups().findById(vest, group.id))!.version).toBe(3);
  });

  it('batches history per group, and takes part in a caller transaction that rolls back', async () => {
    const [a, b] = [await createTestGroup(db, { now: T0 }), await createTestGroup(db, { now: T0 })];
    await groups().registerFollowUp(vest, a.id, {
      date: '2026-05-05',
      note: 'A',
      nextFollowUpDue: null,
      actorId: null,
      now: at(1),
    });
    const { result, count } = await countQueries(db, () => groups().followUpsFor(vest, [a.id, b.id, a.id]));
    expect(count).toBe(1);
    expect(result.get(a.id)!.map((row) => row.note)).toEqual(['A']);
    expect(result.get(b.id)).toEqual([]);
    expect([...(await groups().changesFor(vest, [a.id, b.id])).values()].map((rows) => rows.length)).toEqual([2, 1]);

    const before = await tableCounts();
    await expect(
      db.transaction(async (repos) => {
        await repos.groups.changeStatus(vest, b.id, 1, {
          to: 'PAUSED',
          reason: 'Sommer',
          effectiveDate: '2026-05-04',
          actorId: null,
          now: at(2),
        });
        await repos.groups.create(vest, testNewGroup());
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await tableCounts()).toEqual(before);
    expect(await groups().findById(vest, b.id)).toEqual(b);
  });
});
