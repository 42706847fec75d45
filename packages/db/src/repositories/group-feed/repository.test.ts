import { NATIONAL_SCOPE, districtScope } from '@selvhjelp/domain';
import type { DistrictId } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { databaseInternals } from '../../database.js';
import { InvalidCursorError } from '../../errors.js';
import { createTestGroup, testBackends, testGroupData } from '../../testing/index.js';
import { decodeGroupFeedCursor, encodeGroupFeedCursor } from './repository.js';

// Decision 0036: the groups change feed that triggers write, read per district in the order of
// (writing transaction, sequence) and never past a transaction that may still commit.

describe.each(testBackends())('GroupFeedRepository on $name', ({ name, open }) => {
  let db: Database;
  const feed = () => db.repositories.groupFeed;

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  /** Every entry after `cursor`, page by page, and the cursor to resume from. */
  async function readAll(districtId: DistrictId, cursor: string | null, first = 100) {
    const entries: { groupId: string; removed: boolean }[] = [];
    let after = cursor;
    for (;;) {
      const page = await feed().page(districtScope(districtId), { first, after });
      entries.push(...page.entries.map(({ groupId, removed }) => ({ groupId, removed })));
      after = page.entries.at(-1)?.cursor ?? after;
      if (!page.hasNextPage) return { entries, cursor: after };
    }
  }

  async function update(groupId: string, version: number, districtId: DistrictId, name: string) {
    const updated = await db.repositories.groups.update(NATIONAL_SCOPE, groupId, version, {
      data: testGroupData({ districtId, name }),
      fields: [{ field: 'name', oldValue: null, newValue: name }],
      actorId: null,
      now: new Date(),
    });
    if (!updated) throw new Error('group not found');
    return updated;
  }

  it('records create, update, move and delete in order, per district; a cursor resumes exactly', async () => {
    const sorStart = (await readAll('sor', null)).cursor;
    const innlandetStart = (await readAll('innlandet', null)).cursor;
    const vestStart = (await readAll('vest', null)).cursor;

    const group = await createTestGroup(db, { data: testGroupData({ districtId: 'sor', name: 'Feed' }) });
    const other = await createTestGroup(db, { data: testGroupData({ districtId: 'sor', name: 'Other' }) });
    const renamed = await update(group.id, group.version, 'sor', 'Feed 2');
    await update(group.id, renamed.version, 'innlandet', 'Feed 3');
    await databaseInternals(db).prisma.$executeRawUnsafe(`DELETE FROM self_help_group WHERE id = '${group.id}'`);

    const sor = await readAll('sor', sorStart);
    expect(sor.entries).toEqual([
      { groupId: group.id, removed: false },
      { groupId: other.id, removed: false },
      { groupId: group.id, removed: false },
      { groupId: group.id, removed: true },
    ]);
    expect((await readAll('innlandet', innlandetStart)).entries).toEqual([
      { groupId: group.id, removed: false },
      { groupId: group.id, removed: true },
    ]);
    // Another district's changes are not in its feed.
    expect((await readAll('vest', vestStart)).entries).toEqual([]);

    // One entry per page gives the same entries, and the end cursor has nothing after it.
    expect((await readAll('sor', sorStart, 1)).entries).toEqual(sor.entries);
    const rest = await feed().page(districtScope('sor'), { first: 10, after: sor.cursor });
    expect(rest).toEqual({ entries: [], hasNextPage: false });
    const [, second] = (await feed().page(districtScope('sor'), { first: 2, after: sorStart })).entries;
    expect((await readAll('sor', second!.cursor)).entries).toEqual(sor.entries.slice(2));
  });

  it('writes nothing for an update that changes nothing', async () => {
    const group = await createTestGroup(db, { data: testGroupData({ districtId: 'nord' }) });
    const { cursor } = await readAll('nord', null);
    await databaseInternals(db).prisma.$executeRawUnsafe(
      `UPDATE self_help_group SET name = name WHERE id = '${group.id}'`,
    );
    expect((await readAll('nord', cursor)).entries).toEqual([]);
  });

  it('refuses a cursor it did not make', async () => {
    const scope = districtScope('vest');
    for (const after of ['nonsense', encodeGroupFeedCursor({ xid: '1', seq: 'x' }), 'WyJnIiwiMSIsIjEiXQ'])
      await expect(feed().page(scope, { first: 5, after })).rejects.toBeInstanceOf(InvalidCursorError);
    expect(decodeGroupFeedCursor(encodeGroupFeedCursor({ xid: '12', seq: '34' }))).toEqual({ xid: '12', seq: '34' });
  });

  it.skipIf(name === 'pglite')(
    'never skips a change whose transaction commits after a later one was read (PostgreSQL: two connections)',
    async () => {
      const early = await createTestGroup(db, { data: testGroupData({ districtId: 'midt', name: 'Early' }) });
      const late = await createTestGroup(db, { data: testGroupData({ districtId: 'midt', name: 'Late' }) });
      const { cursor: start } = await readAll('midt', null);
      const prisma = databaseInternals(db).prisma;

      let wrote!: () => void;
      let release!: () => void;
      const written = new Promise<void>((resolve) => (wrote = resolve));
      const gate = new Promise<void>((resolve) => (release = resolve));
      // The slow transaction writes first (the lower sequence) and commits last.
      const slow = prisma.$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe(`UPDATE self_help_group SET name = 'Early 2' WHERE id = '${early.id}'`);
          wrote();
          await gate;
        },
        { timeout: 30_000, maxWait: 30_000 },
      );
      await written;
      await prisma.$executeRawUnsafe(`UPDATE self_help_group SET name = 'Late 2' WHERE id = '${late.id}'`);

      // While the slow one runs, the fast one's change (a higher sequence) is not handed out yet.
      const during = await readAll('midt', start);
      release();
      await slow;
      const after = await readAll('midt', during.cursor);
      expect([...during.entries, ...after.entries]).toEqual([
        { groupId: early.id, removed: false },
        { groupId: late.id, removed: false },
      ]);
      expect(during.entries).toEqual([]);
    },
  );
});
