import { ACTIVE_CASE_STATUSES } from '../follow-up-cases/lifecycle.js';
import type { CaseStatus } from '../follow-up-cases/types.js';

/** How many people each peer follows now: their open and paused cases (what the peer's page shows as load). */
export function peerLoads(cases: readonly { peerId: string | null; status: CaseStatus }[]): Map<string, number> {
  const loads = new Map<string, number>();
  for (const { peerId, status } of cases)
    if (peerId !== null && ACTIVE_CASE_STATUSES.includes(status)) loads.set(peerId, (loads.get(peerId) ?? 0) + 1);
  return loads;
}
