import { randomUUID } from 'node:crypto';
import type { Database } from '@selvhjelp/db';
import { createTestStaffUser, testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/kernel/policy.js';
import type { RecordKind } from '../src/kernel/read-path.js';
import { ReadPath } from '../src/kernel/read-path.js';

// The read path writes the access log for the kinds of issue 12 (decision 0019): one entry per
// record shown, before the records are returned, in the caller's transaction when given; a read
// whose entries cannot be written fails; denied attempts are written on their own.
// (The kinds' record types join RecordKinds with their modules; here records are plain objects.)

const at = new Date('2026-12-04T10:00:00Z');

describe.each(testBackends())('the access log on the read path on $name', (backend) => {
  let db: Database;
  let viewer: Viewer;

  beforeAll(async () => {
    db = await backend.open();
    const user = await createTestStaffUser(db, { districtId: 'vest', role: 'DISTRICT_STAFF' });
    viewer = { user, sessionId: randomUUID() };
  });
  afterAll(async () => {
    await db?.close();
  });

  const path = (requestId: string) => new ReadPath(viewer, undefined, { db, requestId, now: () => at });
  const cases = (n: number) => Array.from({ length: n }, () => ({ id: randomUUID(), districtId: 'vest' }));
  const entriesFor = (recordId: string) =>
    db.repositories.accessLog.listForRecord({ kind: 'national' }, 'FOLLOW_UP_CASE', recordId, { first: 50 });

  it('writes one LIST entry per record of a list, inside the transaction, and returns the records', async () => {
    const shown = cases(20);
    const passed = await db.transaction((tx) =>
      path('req-list').pass('followUpCase' as RecordKind, shown as never[], 'list', 'followUpCases', {
        purpose: 'CASE_WORK',
        tx,
      }),
    );
    expect(passed).toHaveLength(20);
    for (const record of shown) {
      const page = await entriesFor(record.id);
      expect(page.nodes).toEqual([
        expect.objectContaining({
          staffUserId: viewer.user.id,
          role: 'DISTRICT_STAFF',
          actorDistrictId: 'vest',
          recordDistrictId: 'vest',
          recordType: 'FOLLOW_UP_CASE',
          action: 'LIST',
          outcome: 'ALLOWED',
          purpose: 'CASE_WORK',
          requestId: 'req-list',
        }),
      ]);
    }
  });

  it('keeps no entry when the transaction of the read fails', async () => {
    const shown = cases(3);
    await expect(
      db.transaction(async (tx) => {
        await path('req-rollback').pass('followUpCase' as RecordKind, shown as never[], 'list', 'followUpCases', {
          purpose: 'CASE_WORK',
          tx,
        });
        throw new Error('the read failed after logging');
      }),
    ).rejects.toThrow('the read failed after logging');
    for (const record of shown) expect((await entriesFor(record.id)).nodes).toEqual([]);
  });

  it('fails the read when the entries cannot be written, and refuses a read without a purpose', async () => {
    // An allowed entry for another district's record is out of the viewer's scope: the append throws.
    const foreign = [{ id: randomUUID(), districtId: 'nord' }];
    await expect(
      path('req-x').pass('inquiry', foreign as never[], 'byId', 'inquiry', { purpose: 'CASE_WORK' }),
    ).rejects.toThrow();
    await expect(path('req-y').pass('inquiry', cases(1) as never[], 'byId', 'inquiry')).rejects.toThrow(/purpose/);
  });

  it('logs notes as READ_NOTES of their case, once per case', async () => {
    const caseId = randomUUID();
    const notes = [1, 2, 3].map(() => ({ id: randomUUID(), caseId, districtId: 'vest' }));
    await path('req-notes').pass('caseNote' as RecordKind, notes as never[], 'nested', 'FollowUpCase.notes', {
      purpose: 'CASE_WORK',
    });
    const page = await entriesFor(caseId);
    expect(page.nodes.map((entry) => entry.action)).toEqual(['READ_NOTES']);
  });

  it('writes a denied attempt naming the record’s district', async () => {
    const recordId = randomUUID();
    await path('req-denied').denied('followUpCase' as RecordKind, recordId, 'nord', 'NOT_FOUND', {
      purpose: 'CASE_WORK',
      action: 'READ',
    });
    const page = await entriesFor(recordId);
    expect(page.nodes).toEqual([
      expect.objectContaining({
        outcome: 'NOT_FOUND',
        recordDistrictId: 'nord',
        actorDistrictId: 'vest',
        action: 'READ',
      }),
    ]);
  });
});
