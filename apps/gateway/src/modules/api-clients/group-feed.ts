import type { GroupFeedPage, GroupRecord } from '@selvhjelp/db';

export interface GroupFeedEntryModel {
  groupId: string;
  kind: 'CHANGED' | 'REMOVED';
  changedAt: Date;
  group: GroupRecord | null;
}

export interface GroupFeedPageModel {
  edges: { cursor: string; node: GroupFeedEntryModel }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * A page of the feed as partners get it: one entry per group, at the place of its last change in
 * the page (a copy only needs the latest), with the group as it is now when the district still
 * holds it and a removal otherwise. `endCursor` is the last entry's, or `after` on an empty page,
 * so a partner can always keep it.
 */
export function groupFeedPage(
  page: GroupFeedPage,
  groups: readonly GroupRecord[],
  after: string | null,
): GroupFeedPageModel {
  const byId = new Map(groups.map((group) => [group.id, group]));
  const last = new Map(page.entries.map((entry, index) => [entry.groupId, index]));
  const edges = page.entries
    .filter((entry, index) => last.get(entry.groupId) === index)
    .map((entry) => {
      const group = entry.removed ? null : (byId.get(entry.groupId) ?? null);
      return {
        cursor: entry.cursor,
        node: {
          groupId: entry.groupId,
          kind: group ? 'CHANGED' : 'REMOVED',
          changedAt: entry.changedAt,
          group,
        } as const,
      };
    });
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.entries.at(-1)?.cursor ?? after } };
}
