// The groups change feed's records (decision 0036). Other files import its types from here.

/** One change of a group in a district, as a trigger recorded it. */
export interface GroupFeedEntryRecord {
  /** Opaque: where a reader resumes after this entry. */
  cursor: string;
  groupId: string;
  /** Deleted, or moved to another district: gone from this district's copy. */
  removed: boolean;
  changedAt: Date;
}

export interface GroupFeedPage {
  entries: GroupFeedEntryRecord[];
  hasNextPage: boolean;
}

/** Entries per page at most, as for the lists. */
export const MAX_GROUP_FEED_PAGE_SIZE = 100;
