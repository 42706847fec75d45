import type { Labels } from '../groups/labels.js';
import type { Role } from '../roles.js';

/*
 * The access log (innsynslogg): every read of an inquiry, case or peer (a list: one entry per
 * record shown), every export and every change, allowed or not, with who, when, role, which
 * record, what and why. The gateway's read hook writes the entries before data is returned.
 */

export const ACCESS_LOG_RECORD_TYPES = ['INQUIRY', 'FOLLOW_UP_CASE', 'VOLUNTEER_PEER'] as const;
export type AccessLogRecordType = (typeof ACCESS_LOG_RECORD_TYPES)[number];

export const ACCESS_LOG_ACTIONS = ['READ', 'LIST', 'READ_NOTES', 'EXPORT', 'CREATE', 'UPDATE', 'ANONYMISE'] as const;
export type AccessLogAction = (typeof ACCESS_LOG_ACTIONS)[number];

/** Whether the access was allowed; denied attempts are logged with the refusal the viewer got. */
export const ACCESS_OUTCOMES = ['ALLOWED', 'FORBIDDEN', 'NOT_FOUND'] as const;
export type AccessOutcome = (typeof ACCESS_OUTCOMES)[number];

/** Why the record was accessed. */
export const ACCESS_PURPOSES = [
  'CASE_WORK',
  'MATCHING',
  'PEER_FOLLOW_UP',
  'SUBJECT_ACCESS_REQUEST',
  'RETENTION',
  'ACCESS_REVIEW',
] as const;
export type AccessPurpose = (typeof ACCESS_PURPOSES)[number];

export interface AccessLogEntryData {
  occurredAt: Date;
  /** Null for the retention job, which acts for no one. */
  staffUserId: string | null;
  role: Role | 'SYSTEM';
  recordType: AccessLogRecordType;
  recordId: string;
  action: AccessLogAction;
  outcome: AccessOutcome;
  purpose: AccessPurpose;
}

export interface AccessActor {
  staffUserId: string | null;
  role: Role | 'SYSTEM';
}

/**
 * The entries one access writes: one per record, in the order shown (a list of 20 cases writes
 * 20), all with the same instant, action, outcome and purpose.
 */
export function accessLogEntries(
  actor: AccessActor,
  access: { recordType: AccessLogRecordType; action: AccessLogAction; outcome: AccessOutcome; purpose: AccessPurpose },
  recordIds: readonly string[],
  now: Date,
): AccessLogEntryData[] {
  return recordIds.map((recordId) => ({
    occurredAt: now,
    staffUserId: actor.staffUserId,
    role: actor.role,
    recordType: access.recordType,
    recordId,
    action: access.action,
    outcome: access.outcome,
    purpose: access.purpose,
  }));
}

export const ACCESS_LOG_ACTION_LABELS: Readonly<Record<AccessLogAction, Labels>> = {
  READ: { nb: 'Leste', en: 'Read' },
  LIST: { nb: 'Så i liste', en: 'Seen in a list' },
  READ_NOTES: { nb: 'Leste notater', en: 'Read notes' },
  EXPORT: { nb: 'Eksporterte', en: 'Exported' },
  CREATE: { nb: 'Opprettet', en: 'Created' },
  UPDATE: { nb: 'Endret', en: 'Changed' },
  ANONYMISE: { nb: 'Anonymiserte', en: 'Anonymised' },
};

export const ACCESS_OUTCOME_LABELS: Readonly<Record<AccessOutcome, Labels>> = {
  ALLOWED: { nb: 'Tillatt', en: 'Allowed' },
  FORBIDDEN: { nb: 'Avvist: ingen tilgang', en: 'Denied: no access' },
  NOT_FOUND: { nb: 'Avvist: finnes ikke for brukeren', en: 'Denied: not found for the user' },
};

export const ACCESS_PURPOSE_LABELS: Readonly<Record<AccessPurpose, Labels>> = {
  CASE_WORK: { nb: 'Saksbehandling', en: 'Case work' },
  MATCHING: { nb: 'Kobling med likeperson', en: 'Matching with a volunteer peer' },
  PEER_FOLLOW_UP: { nb: 'Oppfølging av likeperson', en: 'Following up a volunteer peer' },
  SUBJECT_ACCESS_REQUEST: { nb: 'Innsynsbegjæring (GDPR art. 15)', en: 'Right of access (GDPR art. 15)' },
  RETENTION: { nb: 'Sletting etter oppbevaringstid', en: 'Retention' },
  ACCESS_REVIEW: { nb: 'Kontroll av innsynsloggen', en: 'Access-log review' },
};
