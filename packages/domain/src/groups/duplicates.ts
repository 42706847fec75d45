import type { GroupData } from './types.js';

type Comparable = Pick<GroupData, 'name' | 'municipalityNumber'> & {
  schedule: Pick<GroupData['schedule'], 'kind' | 'weekday' | 'nth' | 'dates' | 'startTime'>;
};

/**
 * What makes two groups the same group for an import: the name (case and spacing aside), the
 * municipality and when it meets (rhythm, day, time). The period is left out on purpose: a file
 * checked again with another start date typed still describes the group that is already there.
 */
export function groupDuplicateKey(group: Comparable): string {
  const { kind, weekday, nth, dates, startTime } = group.schedule;
  const name = group.name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
  return JSON.stringify([name, group.municipalityNumber, kind, weekday, nth, [...dates].sort(), startTime]);
}

/**
 * For each candidate, whether it repeats an existing group or an earlier candidate: the first
 * of several identical new rows is kept, the rest are duplicates.
 */
export function markDuplicates(existing: readonly Comparable[], candidates: readonly Comparable[]): boolean[] {
  const seen = new Set(existing.map(groupDuplicateKey));
  return candidates.map((candidate) => {
    const key = groupDuplicateKey(candidate);
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}
