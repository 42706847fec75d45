// The retention concept's records, inputs and limits. The concept's other files (and other
// concepts) import its types from here, never from a repository file, so imports point one way.
import type { DistrictId, RetentionSettings } from '@selvhjelp/domain';

/** A district's retention months; `stored` is false while the district runs on the defaults. */
export interface RetentionSettingsRecord extends RetentionSettings {
  districtId: DistrictId;
  stored: boolean;
}

export type RetentionTrigger = 'SCHEDULED' | 'ON_DEMAND';

export interface RetentionCounts {
  cases: number;
  inquiries: number;
  peers: number;
}

export interface RetentionRunRecord {
  id: string;
  trigger: RetentionTrigger;
  /** The moment the run judged "now" by (moved in tests and by `--as-of`). */
  asOf: Date;
  startedAt: Date;
  finishedAt: Date | null;
  casesAnonymised: number;
  inquiriesAnonymised: number;
  peersAnonymised: number;
  /** Every district, with zeros where nothing was due. */
  perDistrict: Partial<Record<DistrictId, RetentionCounts>>;
  /** The rows the run deleted (decision 0038); zeros for runs recorded before it did. */
  deleted: RetentionDeletions;
}

/** What one run deleted: rows past use and review, and superseded change-feed entries. */
export interface RetentionDeletions {
  sessions: number;
  loginAttempts: number;
  passwordResetTokens: number;
  calendarFeedTokens: number;
  apiUsageEntries: number;
  groupFeedEntries: number;
}

export interface RetentionRunOptions {
  /** The moment to judge by: what is due at `now` is anonymised. */
  now: Date;
  trigger: RetentionTrigger;
  /** The wall clock for anonymisedAt, the access log and the run's times; default new Date(). */
  clock?: () => Date;
  /**
   * For the schedule: skip when a run (of any trigger) started less than this many milliseconds
   * ago by the wall clock, so that several gateway processes on one timer each run the job once
   * per interval between them, not once each.
   */
  skipIfRunWithinMs?: number;
}

/**
 * `completed`: this run held the lock and did the work (possibly nothing). `skipped`: nothing was
 * changed or recorded, because another process was running the job at that moment (`BUSY`) or
 * had run it within `skipIfRunWithinMs` (`RECENT`).
 */
export type RetentionRunResult =
  { status: 'completed'; run: RetentionRunRecord } | { status: 'skipped'; reason: 'BUSY' | 'RECENT' };

export const MAX_RETENTION_RUN_PAGE_SIZE = 100;
