import type { Database, GroupChangeRecord, GroupFollowUpRecord, GroupStatusChangeRecord, StaffUserRecord } from '@selvhjelp/db';
import type { Scope } from '@selvhjelp/domain';
import DataLoader from 'dataloader';

/**
 * Per-request batch loaders: a list of 100 groups asking for their history costs one query
 * per kind of history, not one per group. Created with the viewer's scope, so a loader can
 * never hand out rows the viewer may not see.
 */
export interface Loaders {
  staffUser: DataLoader<string, StaffUserRecord | null>;
  groupStatusHistory: DataLoader<string, GroupStatusChangeRecord[]>;
  groupFollowUps: DataLoader<string, GroupFollowUpRecord[]>;
  groupChanges: DataLoader<string, GroupChangeRecord[]>;
}

export function createLoaders(db: Database, scope: Scope): Loaders {
  const repos = db.repositories;
  const grouped = <T>(load: (ids: string[]) => Promise<Map<string, T[]>>) =>
    new DataLoader<string, T[]>(async (ids) => {
      const byGroup = await load([...ids]);
      return ids.map((id) => byGroup.get(id) ?? []);
    });
  return {
    // Names of staff who changed a group are shown to anyone who may read the group, whatever
    // district the staff member belongs to (a national admin may have made the change).
    staffUser: new DataLoader(async (ids) => repos.staffUsers.findByIds({ kind: 'national' }, [...ids])),
    groupStatusHistory: grouped((ids) => repos.groups.statusHistoryFor(scope, ids)),
    groupFollowUps: grouped((ids) => repos.groups.followUpsFor(scope, ids)),
    groupChanges: grouped((ids) => repos.groups.changesFor(scope, ids)),
  };
}
