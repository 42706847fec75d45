import { addDays, compareIsoDates } from '../groups/dates.js';
import type { IsoDate } from '../groups/types.js';
import { CASE_FOLLOW_UP_SOON_DAYS } from './lifecycle.js';
import type { CaseStatus } from './types.js';

export interface CaseFollowUpDue<T> {
  followUpCase: T;
  dueOn: IsoDate;
  overdue: boolean;
}

/**
 * The due list of cases: open cases whose next follow-up is overdue or within `soonDays`,
 * soonest first (ties by id). Paused cases wait until they are opened again.
 */
export function caseFollowUpsDue<T extends { id: string; status: CaseStatus; nextFollowUpOn: IsoDate | null }>(
  cases: readonly T[],
  today: IsoDate,
  soonDays: number = CASE_FOLLOW_UP_SOON_DAYS,
): CaseFollowUpDue<T>[] {
  const cutoff = addDays(today, soonDays);
  const due: CaseFollowUpDue<T>[] = [];
  for (const followUpCase of cases) {
    const dueOn = followUpCase.nextFollowUpOn;
    if (followUpCase.status !== 'OPEN' || dueOn === null || compareIsoDates(dueOn, cutoff) > 0) continue;
    due.push({ followUpCase, dueOn, overdue: compareIsoDates(dueOn, today) < 0 });
  }
  const byId = (a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return due.sort((a, b) => compareIsoDates(a.dueOn, b.dueOn) || byId(a.followUpCase, b.followUpCase));
}
