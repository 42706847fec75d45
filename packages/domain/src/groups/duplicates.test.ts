import { describe, expect, it } from 'vitest';
import { groupDuplicateKey, markDuplicates } from './duplicates.js';

const weekly = {
  name: 'Sorggruppe Bergen',
  municipalityNumber: '4601',
  schedule: { kind: 'WEEKLY' as const, weekday: 'TUESDAY' as const, nth: null, dates: [], startTime: '18:00' },
};

describe('groupDuplicateKey', () => {
  it('takes name (case and spacing aside), municipality and meeting time', () => {
    expect(groupDuplicateKey({ ...weekly, name: '  sorggruppe   BERGEN ' })).toBe(groupDuplicateKey(weekly));
    expect(groupDuplicateKey({ ...weekly, municipalityNumber: '4621' })).not.toBe(groupDuplicateKey(weekly));
    expect(groupDuplicateKey({ ...weekly, schedule: { ...weekly.schedule, startTime: '19:00' } })).not.toBe(
      groupDuplicateKey(weekly),
    );
    expect(groupDuplicateKey({ ...weekly, schedule: { ...weekly.schedule, weekday: 'MONDAY' } })).not.toBe(
      groupDuplicateKey(weekly),
    );
  });
});

describe('markDuplicates', () => {
  it('flags rows that repeat an existing group, and a repeat of an earlier row but not its first', () => {
    const other = { ...weekly, name: 'Angstgruppe Voss', municipalityNumber: '4621' };
    expect(markDuplicates([weekly], [weekly, other, other])).toEqual([true, false, true]);
    expect(markDuplicates([], [other])).toEqual([false]);
  });
});
