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

/**
 * An entry that a later entry of the same group in the same district supersedes is deleted by
 * the retention job once both are this many days old (decision 0038): a reader resuming from
 * any cursor still gets every group's latest state, as a page folds several changes into one.
 */
export const GROUP_FEED_SUPERSEDED_DAYS = 30;
