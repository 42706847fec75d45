// The access log's records, inputs and limits. The concept's other files import its types from
// here, never from the repository file, so imports point one way.
import type {
  AccessLogAction,
  AccessLogEntryData,
  AccessLogRecordType,
  AccessOutcome,
  AccessPurpose,
  DistrictId,
  Role,
} from '@selvhjelp/domain';
import type { Page } from '../../sql/lists.js';

/**
 * One entry to append: the domain's entry (`accessLogEntries`) and what only the gateway knows
 * at the time of the access.
 */
export interface NewAccessLogEntry extends AccessLogEntryData {
  /** The actor's district at the time; null for national roles and SYSTEM. */
  actorDistrictId: DistrictId | null;
  /**
   * The record's district. Null only for a denied attempt on a record that does not exist: an
   * allowed access always names it.
   */
  recordDistrictId: DistrictId | null;
  /** The gateway request, to find it in the gateway's logs. */
  requestId: string | null;
}

export interface AccessLogEntryRecord {
  id: string;
  occurredAt: Date;
  staffUserId: string | null;
  role: Role | 'SYSTEM';
  actorDistrictId: DistrictId | null;
  recordDistrictId: DistrictId | null;
  recordType: AccessLogRecordType;
  recordId: string;
  action: AccessLogAction;
  outcome: AccessOutcome;
  purpose: AccessPurpose;
  requestId: string | null;
}

export interface AccessLogPageOptions {
  first: number;
  /** endCursor of the previous page. */
  after?: string | null;
}

/** Entries in [from, until), for an export of what one staff member did (GDPR art. 15). */
export interface AccessLogRange extends AccessLogPageOptions {
  from: Date;
  until: Date;
}

export type AccessLogPage = Page<AccessLogEntryRecord>;

export const MAX_ACCESS_LOG_PAGE_SIZE = 200;
