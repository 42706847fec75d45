import { describe, expect, it } from 'vitest';
import { openTestCase, testBackends } from '../../testing/index.js';
import { nord, useCaseDatabase, vest } from './case-test-support.js';

// Now, not a fixed instant: the fixtures open cases now, and history is in the order written.
const now = new Date();

describe.each(testBackends())('FollowUpCaseRepository: notes on $name', ({ open }) => {
  const s = useCaseDatabase(open);
  const cases = () => s.db.repositories.followUpCases;

  it('adds notes (moving the next follow-up when given) and lists them per case, newest first', async () => {
    const [a, b] = [await openTestCase(s.db), await openTestCase(s.db)];
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
