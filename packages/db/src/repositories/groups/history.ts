import type { Scope } from '@selvhjelp/domain';
import type { DbClient } from '../../sql/client.js';
import { isUuid } from '../../sql/client.js';
import type { GroupChangeRecord, GroupFollowUpRecord, GroupStatusChangeRecord } from './types.js';
import { toChangeRecord, toFollowUpRecord, toStatusChangeRecord } from './records.js';
import { groupScopeWhere } from './queries.js';

/*
 * A group's history, batched for DataLoaders: one query for any number of groups. The scope is
 * applied through the group (a join), so rows of groups outside it never load. Every requested
 * id gets an entry, empty when the group has no rows or is not visible. Rows of the same instant
 * (a fixed clock, or two writes within a millisecond) keep the order they were recorded in (seq).
 */

function byGroup<T extends { groupId: string }>(ids: readonly string[], rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) map.get(row.groupId)?.push(row);
  return map;
}

function wanted(ids: readonly string[]): string[] {
  return [...new Set(ids.filter(isUuid))];
}

/** Oldest first: the lifecycle as it happened. */
export async function statusHistoryFor(
  client: DbClient,
  scope: Scope,
  groupIds: readonly string[],
): Promise<Map<string, GroupStatusChangeRecord[]>> {
  const ids = wanted(groupIds);
  const rows = ids.length
    ? await client.groupStatusChange.findMany({
        where: { groupId: { in: ids }, group: groupScopeWhere(scope) },
        orderBy: [{ changedAt: 'asc' }, { seq: 'asc' }],
      })
    : [];
  return byGroup(groupIds, rows.map(toStatusChangeRecord));
}

/** Newest first. */
export async function followUpsFor(
  client: DbClient,
  scope: Scope,
  groupIds: readonly string[],
): Promise<Map<string, GroupFollowUpRecord[]>> {
  const ids = wanted(groupIds);
  const rows = ids.length
    ? await client.groupFollowUp.findMany({
        where: { groupId: { in: ids }, group: groupScopeWhere(scope) },
        orderBy: [{ date: 'desc' }, { createdAt: 'desc' }, { seq: 'desc' }],
      })
    : [];
  return byGroup(groupIds, rows.map(toFollowUpRecord));
}

/** Newest first. */
export async function changesFor(
  client: DbClient,
  scope: Scope,
  groupIds: readonly string[],
): Promise<Map<string, GroupChangeRecord[]>> {
  const ids = wanted(groupIds);
  const rows = ids.length
    ? await client.groupChange.findMany({
        where: { groupId: { in: ids }, group: groupScopeWhere(scope) },
        orderBy: [{ changedAt: 'desc' }, { seq: 'desc' }],
      })
    : [];
  return byGroup(groupIds, rows.map(toChangeRecord));
}
