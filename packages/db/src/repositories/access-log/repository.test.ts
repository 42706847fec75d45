import { randomUUID } from 'node:crypto';
import type { DistrictId } from '@selvhjelp/domain';
import { accessLogEntries, districtScope, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { countQueries, databaseInternals } from '../../database.js';
import { InvalidCursorError, OutOfScopeError } from '../../errors.js';
import type { StaffUserRecord } from '../staff/types.js';
import { createTestStaffUser, testBackends } from '../../testing/index.js';
import { AccessLogRepository } from './repository.js';
import type { NewAccessLogEntry } from './types.js';

const NOW = new Date('2026-12-04T12:00:00.000Z');

describe.each(testBackends())('AccessLogRepository on $name', ({ open }) => {
  let db: Database;
  let vest: StaffUserRecord;
  let nord: StaffUserRecord;
  beforeAll(async () => {
    db = await open();
    vest = await createTestStaffUser(db, { districtId: 'vest', role: 'DISTRICT_STAFF' });
    nord = await createTestStaffUser(db, { districtId: 'nord', role: 'DISTRICT_STAFF' });
  });
  afterAll(() => db?.close());

  const raw = (sql: string) => databaseInternals(db).prisma.$executeRawUnsafe(sql);

  function entries(
    user: StaffUserRecord,
    recordIds: string[],
    options: Partial<Pick<NewAccessLogEntry, 'outcome' | 'recordDistrictId' | 'action'>> & { at?: Date } = {},
  ): NewAccessLogEntry[] {
    return accessLogEntries(
      { staffUserId: user.id, role: user.role },
      {
        recordType: 'FOLLOW_UP_CASE',
        action: options.action ?? 'LIST',
        outcome: options.outcome ?? 'ALLOWED',
        purpose: 'CASE_WORK',
      },
      recordIds,
      options.at ?? NOW,
    ).map((entry) => ({
      ...entry,
      actorDistrictId: user.districtId,
      recordDistrictId: options.recordDistrictId !== undefined ? options.recordDistrictId : user.districtId,
      requestId: 'req-1',
    }));
  }

  it('appends a list view of 20 cases in one statement, inside the caller’s transaction', async () => {
    const ids = Array.from({ length: 20 }, () => randomUUID());
    const { result, count, statements } = await countQueries(db, () =>
      db.repositories.accessLog.append(districtScope('vest'), entries(vest, ids)),
    );
    expect(result).toBe(20);
    expect(count).toBe(1);
    expect(statements[0]).toMatch(/^\s*INSERT INTO access_log/);

    const page = await db.repositories.accessLog.listForRecord(districtScope('vest'), 'FOLLOW_UP_CASE', ids[7]!, {
      first: 10,
    });
    expect(page.nodes).toEqual([
      {
        id: expect.any(String) as string,
        occurredAt: NOW,
        staffUserId: vest.id,
        role: 'DISTRICT_STAFF',
        actorDistrictId: 'vest',
        recordDistrictId: 'vest',
        recordType: 'FOLLOW_UP_CASE',
        recordId: ids[7],
        action: 'LIST',
        outcome: 'ALLOWED',
        purpose: 'CASE_WORK',
        requestId: 'req-1',
      },
    ]);

    // In a transaction that fails later, the entries go with it: the log and the read are one.
    const rolledBack = randomUUID();
    await expect(
      db.transaction(async (repos) => {
        await repos.accessLog.append(districtScope('vest'), entries(vest, [rolledBack]));
        throw new Error('the read failed');
      }),
    ).rejects.toThrow('the read failed');
    const after = await db.repositories.accessLog.listForRecord(NATIONAL_SCOPE, 'FOLLOW_UP_CASE', rolledBack, {
      first: 10,
    });
    expect(after.totalCount).toBe(0);
    expect((await countQueries(db, () => db.repositories.accessLog.append(NATIONAL_SCOPE, []))).count).toBe(0);
  });

  it('refuses entries outside the scope, writing none of them', async () => {
    const id = randomUUID();
    const log = db.repositories.accessLog;
    // An allowed read of another district's record, or by another district's actor.
    await expect(
      log.append(districtScope('vest'), [
        ...entries(vest, [id]),
        ...entries(vest, [randomUUID()], { recordDistrictId: 'nord' }),
      ]),
    ).rejects.toThrow(OutOfScopeError);
    await expect(log.append(districtScope('vest'), entries(nord, [id]))).rejects.toThrow(OutOfScopeError);
    await expect(
      log.append(NATIONAL_SCOPE, entries(vest, [id], { recordDistrictId: 'atlantis' as DistrictId })),
    ).rejects.toThrow(OutOfScopeError);
    expect((await log.listForRecord(NATIONAL_SCOPE, 'FOLLOW_UP_CASE', id, { first: 5 })).totalCount).toBe(0);

    // Programming mistakes.
    await expect(log.append(NATIONAL_SCOPE, entries(vest, ['not-a-uuid']))).rejects.toThrow(RangeError);
    await expect(log.append(NATIONAL_SCOPE, entries(vest, [id], { recordDistrictId: null }))).rejects.toThrow(
      RangeError,
    );
    await expect(log.append(NATIONAL_SCOPE, [{ ...entries(vest, [id])[0]!, role: 'SYSTEM' }])).rejects.toThrow(
      RangeError,
    );
  });

  it('logs a denied attempt on another district’s record where that district sees it', async () => {
    const vestCase = randomUUID();
    const log = db.repositories.accessLog;
    await log.append(districtScope('vest'), entries(vest, [vestCase], { action: 'READ' }));
    // A nord user asking for a vest case got NOT_FOUND; a missing record has no district.
    await log.append(
      districtScope('nord'),
      entries(nord, [vestCase], {
        action: 'READ',
        outcome: 'NOT_FOUND',
        recordDistrictId: 'vest',
        at: new Date(NOW.getTime() + 1000),
      }),
    );
    await log.append(
      districtScope('nord'),
      entries(nord, [randomUUID()], { action: 'READ', outcome: 'NOT_FOUND', recordDistrictId: null }),
    );

    const seenByVest = await log.listForRecord(districtScope('vest'), 'FOLLOW_UP_CASE', vestCase, { first: 10 });
    expect(seenByVest.nodes.map((entry) => [entry.staffUserId, entry.outcome])).toEqual([
      [nord.id, 'NOT_FOUND'],
      [vest.id, 'ALLOWED'],
    ]);
    // Another district's record, another record type, or an id that is not one: nothing.
    expect((await log.listForRecord(districtScope('nord'), 'FOLLOW_UP_CASE', vestCase, { first: 10 })).nodes).toEqual(
      [],
    );
    expect((await log.listForRecord(districtScope('vest'), 'INQUIRY', vestCase, { first: 10 })).totalCount).toBe(0);
    expect((await log.listForRecord(districtScope('vest'), 'FOLLOW_UP_CASE', 'x', { first: 10 })).totalCount).toBe(0);
  });

  it('pages newest first with a keyset cursor, in one statement per page', async () => {
    const record = randomUUID();
    const log = db.repositories.accessLog;
    // Seven reads, two of them at the same instant (the id breaks the tie).
    const instants = [0, 1, 2, 3, 3, 4, 5].map((minute) => new Date(NOW.getTime() + minute * 60_000));
    await log.append(
      districtScope('vest'),
      instants.flatMap((at) => entries(vest, [record], { at, action: 'READ' })),
    );
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { result, count } = await countQueries(db, () =>
        log.listForRecord(districtScope('vest'), 'FOLLOW_UP_CASE', record, { first: 3, after }),
      );
      expect(count).toBe(1);
      expect(result.totalCount).toBe(7);
      seen.push(...result.nodes.map((entry) => `${entry.occurredAt.toISOString()} ${entry.id}`));
      after = result.hasNextPage ? result.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen).toEqual([...seen].sort().reverse());

    await expect(
      log.listForRecord(NATIONAL_SCOPE, 'FOLLOW_UP_CASE', record, { first: 3, after: 'bm9wZQ' }),
    ).rejects.toThrow(InvalidCursorError);
    await expect(log.listForRecord(NATIONAL_SCOPE, 'FOLLOW_UP_CASE', record, { first: 1000 })).rejects.toThrow(
      RangeError,
    );
  });

  it('lists what one staff member did in a period, for the member’s district', async () => {
    const user = await createTestStaffUser(db, { districtId: 'midt' });
    const log = db.repositories.accessLog;
    const early = new Date('2026-01-10T09:00:00.000Z');
    await log.append(districtScope('midt'), entries(user, [randomUUID(), randomUUID()], { at: early }));
    await log.append(districtScope('midt'), entries(user, [randomUUID()], { at: NOW }));
    const range = {
      from: new Date('2026-01-01T00:00:00.000Z'),
      until: new Date('2026-02-01T00:00:00.000Z'),
      first: 10,
    };
    const page = await log.listForActor(districtScope('midt'), user.id, range);
    expect(page.totalCount).toBe(2);
    expect(page.nodes.every((entry) => entry.occurredAt.getTime() === early.getTime())).toBe(true);
    expect((await log.listForActor(districtScope('vest'), user.id, range)).totalCount).toBe(0);
    expect((await log.listForActor(NATIONAL_SCOPE, user.id, { ...range, until: NOW })).totalCount).toBe(2);
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE from the application', async () => {
    const id = randomUUID();
    await db.repositories.accessLog.append(districtScope('vest'), entries(vest, [id]));
    await expect(raw(`UPDATE access_log SET purpose = 'MATCHING' WHERE record_id = '${id}'`)).rejects.toThrow(
      /append-only: UPDATE refused/,
    );
    await expect(raw(`DELETE FROM access_log WHERE record_id = '${id}'`)).rejects.toThrow(
      /append-only: DELETE refused/,
    );
    // Even a statement that would touch no row.
    await expect(raw('DELETE FROM access_log WHERE false')).rejects.toThrow(/append-only: DELETE refused/);
    await expect(raw('TRUNCATE access_log')).rejects.toThrow(/append-only: TRUNCATE refused/);
    // A user with entries cannot be deleted (users are deactivated instead).
    await expect(raw(`DELETE FROM staff_user WHERE id = '${vest.id}'`)).rejects.toThrow();
    expect(
      (await db.repositories.accessLog.listForRecord(NATIONAL_SCOPE, 'FOLLOW_UP_CASE', id, { first: 5 })).totalCount,
    ).toBe(1);
  });

  it('lets the retention path delete entries older than the cutoff, never the last year', async () => {
    const log = db.repositories.accessLog;
    const old = randomUUID();
    const recent = randomUUID();
    const sixYearsAgo = new Date(Date.now() - 6 * 365 * 86_400_000);
    await log.append(NATIONAL_SCOPE, [
      ...entries(vest, [old], { at: sixYearsAgo }),
      ...entries(vest, [recent], { at: new Date() }),
    ]);
    const fiveYearsAgo = new Date(Date.now() - 5 * 365 * 86_400_000);

    await expect(log.deleteOlderThan(districtScope('vest'), fiveYearsAgo)).rejects.toThrow(OutOfScopeError);
    const deleted = await log.deleteOlderThan(NATIONAL_SCOPE, fiveYearsAgo);
    expect(deleted).toBe(1);
    expect((await log.listForRecord(NATIONAL_SCOPE, 'FOLLOW_UP_CASE', old, { first: 5 })).totalCount).toBe(0);
    expect((await log.listForRecord(NATIONAL_SCOPE, 'FOLLOW_UP_CASE', recent, { first: 5 })).totalCount).toBe(1);

    // A cutoff of today would take the last year too: refused, and nothing is deleted.
    await expect(log.deleteOlderThan(NATIONAL_SCOPE, new Date(Date.now() + 60_000))).rejects.toThrow(
      /at least one year/,
    );
    expect((await log.listForRecord(NATIONAL_SCOPE, 'FOLLOW_UP_CASE', recent, { first: 5 })).totalCount).toBe(1);

    // Inside a caller's transaction the exception ends with the retention statement.
    const setting = await databaseInternals(db).prisma.$transaction(async (tx) => {
      expect(await new AccessLogRepository(tx, true).deleteOlderThan(NATIONAL_SCOPE, fiveYearsAgo)).toBe(0);
      return tx.$queryRaw<{ value: string }[]>`SELECT current_setting('selvhjelp.access_log_retention', true) AS value`;
    });
    expect(setting).toEqual([{ value: 'off' }]);
  });
});
