import { districtScope } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { openTestCase, testBackends } from '../../testing/index.js';

const vest = districtScope('vest');
const nord = districtScope('nord');
// Now, not a fixed instant: the fixtures open cases now, and history is in the order written.
const now = new Date();

describe.each(testBackends())('FollowUpCaseRepository: notes on $name', ({ open }) => {
  let db: Database;
  const cases = () => db.repositories.followUpCases;

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('adds notes (moving the next follow-up when given) and lists them per case, newest first', async () => {
    const [a, b] = [await openTestCase(db), await openTestCase(db)];
    const author = a.responsibleStaffUserId;
    const first = await cases().addNote(vest, a.id, {
      date: '2026-12-01',
      text: 'Første samtale.',
      nextFollowUpOn: null,
      authorId: author,
      now,
    });
    expect(first?.followUpCase.version).toBe(1);
    const second = await cases().addNote(vest, a.id, {
      date: '2026-12-03',
      text: 'Andre samtale.',
      nextFollowUpOn: '2026-12-17',
      authorId: author,
      now,
    });
    expect(second?.note).toMatchObject({
      caseId: a.id,
      districtId: 'vest',
      date: '2026-12-03',
      text: 'Andre samtale.',
      authorId: author,
    });
    expect(second?.followUpCase).toMatchObject({ nextFollowUpOn: '2026-12-17', version: 2 });
    expect(
      await cases().addNote(nord, a.id, { date: '2026-12-03', text: 'x', nextFollowUpOn: null, authorId: null, now }),
    ).toBeNull();
    const notes = await cases().notesOfCases(vest, [a.id, b.id, 'x']);
    expect(notes.get(a.id)!.map((n) => n.text)).toEqual(['Andre samtale.', 'Første samtale.']);
    expect(notes.get(b.id)).toEqual([]);
    expect((await cases().notesOfCases(nord, [a.id])).get(a.id)).toEqual([]);
  });
});
