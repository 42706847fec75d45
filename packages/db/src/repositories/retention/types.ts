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
}

export interface RetentionRunOptions {
  /** The moment to judge by: what is due at `now` is anonymised. */
  now: Date;
  trigger: RetentionTrigger;
  /** The wall clock for anonymisedAt, the access log and the run's times; default new Date(). */
  clock?: () => Date;
}

/**
 * `completed`: this run held the lock and did the work (possibly nothing). `skipped`: another
 * process was running the job at the same moment; nothing was read, changed or recorded.
 */
export type RetentionRunResult = { status: 'completed'; run: RetentionRunRecord } | { status: 'skipped' };

export const MAX_RETENTION_RUN_PAGE_SIZE = 100;
