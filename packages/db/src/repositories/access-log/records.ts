import type { DistrictId } from '@selvhjelp/domain';
import type { AccessLogEntryRecord } from './types.js';

/** A row as the list queries return it: jsonb, whose instants are ISO 8601 whatever the session. */
export interface AccessLogJson {
  id: string;
  occurred_at: string;
  staff_user_id: string | null;
  role: AccessLogEntryRecord['role'];
  actor_district_id: string | null;
  record_district_id: string | null;
  record_type: AccessLogEntryRecord['recordType'];
  record_id: string;
  action: AccessLogEntryRecord['action'];
  outcome: AccessLogEntryRecord['outcome'];
  purpose: AccessLogEntryRecord['purpose'];
  request_id: string | null;
}

export function accessLogRecordFromJson(row: AccessLogJson): AccessLogEntryRecord {
  return {
    id: row.id,
    occurredAt: new Date(row.occurred_at),
    staffUserId: row.staff_user_id,
    role: row.role,
    // Written only through AccessLogRepository.append, which accepts known district ids only.
    actorDistrictId: row.actor_district_id as DistrictId | null,
    recordDistrictId: row.record_district_id as DistrictId | null,
    recordType: row.record_type,
    recordId: row.record_id,
    action: row.action,
    outcome: row.outcome,
    purpose: row.purpose,
    requestId: row.request_id,
  };
}
