import type { AccessLogRecordType, Scope } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { OutOfScopeError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { atomically, districtScopeSql, isUuid, scopeAllowsDistrict, timestampSql } from '../../sql/client.js';
import { assertPageSize } from '../../sql/lists.js';
import { listAccessLog, rangeSql } from './queries.js';
import type { AccessLogJson } from './records.js';
import type { AccessLogPage, AccessLogPageOptions, AccessLogRange, NewAccessLogEntry } from './types.js';
import { MAX_ACCESS_LOG_PAGE_SIZE } from './types.js';

/**
 * The access log (innsynslogg): appended by the gateway's read hook before data is returned,
 * read by the district lead ("who has read case X") and by the art. 15 export. The database
 * refuses UPDATE, DELETE and TRUNCATE on it (decision 0019); `deleteOlderThan` is the one way
 * entries leave.
 */
export class AccessLogRepository {
  constructor(
    private readonly client: DbClient,
    private readonly inTransaction = false,
  ) {}

  /**
   * Appends the entries in one INSERT statement however many there are (inside the caller's
   * transaction on a transaction's repositories), or none. Returns how many were written.
   *
   * Scope: in a district scope the actor is of that district, and an allowed access is to a
   * record of that district. A denied attempt (FORBIDDEN, NOT_FOUND) may name another district's
   * record, or none: that is what was denied, and the record's own district must see it in "who
   * has read case X". OutOfScopeError otherwise, and nothing is written.
   */
  async append(scope: Scope, entries: readonly NewAccessLogEntry[]): Promise<number> {
    for (const entry of entries) {
      if (!isUuid(entry.recordId)) throw new RangeError('recordId is not a uuid.');
      if (entry.staffUserId !== null && !isUuid(entry.staffUserId)) throw new RangeError('staffUserId is not a uuid.');
      if ((entry.role === 'SYSTEM') !== (entry.staffUserId === null))
        throw new RangeError('A staff member acts with a staffUserId; only the SYSTEM role acts for no one.');
      if (entry.outcome === 'ALLOWED' && entry.recordDistrictId === null)
        throw new RangeError('An allowed access names the record’s district.');
      if (Number.isNaN(entry.occurredAt.getTime())) throw new RangeError('occurredAt is not a valid date.');
      const actorInScope =
        scope.kind === 'national'
          ? scopeAllowsDistrict(scope, entry.actorDistrictId)
          : entry.actorDistrictId === scope.districtId;
      const recordInScope =
        entry.outcome === 'ALLOWED'
          ? scopeAllowsDistrict(scope, entry.recordDistrictId)
          : scopeAllowsDistrict({ kind: 'national' }, entry.recordDistrictId);
      if (!actorInScope || !recordInScope) throw new OutOfScopeError();
    }
    if (entries.length === 0) return 0;
    const rows: Omit<AccessLogJson, 'id'>[] = entries.map((entry) => ({
      occurred_at: entry.occurredAt.toISOString(),
      staff_user_id: entry.staffUserId,
      role: entry.role,
      actor_district_id: entry.actorDistrictId,
      record_district_id: entry.recordDistrictId,
      record_type: entry.recordType,
      record_id: entry.recordId,
      action: entry.action,
      outcome: entry.outcome,
      purpose: entry.purpose,
      request_id: entry.requestId,
    }));
    // One jsonb parameter rather than 11 per row: one statement and one plan for any number of
    // entries, no parameter limit, and text both adapters pass alike.
    return this.client.$executeRaw`
      INSERT INTO access_log (occurred_at, staff_user_id, role, actor_district_id, record_district_id,
                              record_type, record_id, action, outcome, purpose, request_id)
      SELECT e.occurred_at, e.staff_user_id, e.role, e.actor_district_id, e.record_district_id,
             e.record_type, e.record_id, e.action, e.outcome, e.purpose, e.request_id
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS e(
        occurred_at timestamptz, staff_user_id uuid, role "AccessActorRole", actor_district_id text,
        record_district_id text, record_type "AccessLogRecordType", record_id uuid,
        action "AccessLogAction", outcome "AccessOutcome", purpose "AccessPurpose", request_id text)`;
  }

  /**
   * Who has read (listed, exported, changed, or tried to) one record, newest first. A district
   * scope sees the entries of its own district's records only: another district's record, or
   * an id that is not a uuid, gives an empty page, as a record not found would.
   */
  async listForRecord(
    scope: Scope,
    recordType: AccessLogRecordType,
    recordId: string,
    page: AccessLogPageOptions,
  ): Promise<AccessLogPage> {
    assertPageSize(page.first, MAX_ACCESS_LOG_PAGE_SIZE);
    if (!isUuid(recordId)) return emptyPage();
    const where = Prisma.sql`a.record_type = ${recordType}::"AccessLogRecordType" AND a.record_id = ${recordId}::uuid
      AND ${districtScopeSql(scope, 'a.record_district_id')}`;
    return listAccessLog(this.client, where, page.first, page.after);
  }

  /**
   * What one staff member did in [from, until), newest first (their right of access, GDPR art.
   * 15). A district scope sees what the member did while in its district.
   */
  async listForActor(scope: Scope, staffUserId: string, range: AccessLogRange): Promise<AccessLogPage> {
    assertPageSize(range.first, MAX_ACCESS_LOG_PAGE_SIZE);
    if (!isUuid(staffUserId)) return emptyPage();
    const where = Prisma.sql`a.staff_user_id = ${staffUserId}::uuid AND ${rangeSql(range.from, range.until)}
      AND ${districtScopeSql(scope, 'a.actor_district_id')}`;
    return listAccessLog(this.client, where, range.first, range.after);
  }

  /**
   * Retention: deletes every entry older than `cutoff` and returns how many. National scope only
   * (the log's retention is one rule for all districts). The only DELETE the database lets
   * through, by a transaction-local setting the trigger checks; the database still refuses to
   * delete entries younger than one year, whatever the cutoff.
   */
  async deleteOlderThan(scope: Scope, cutoff: Date): Promise<number> {
    if (scope.kind !== 'national') throw new OutOfScopeError();
    if (Number.isNaN(cutoff.getTime())) throw new RangeError('cutoff is not a valid date.');
    return atomically(this.client, this.inTransaction, async (tx) => {
      await tx.$executeRaw`SELECT set_config('selvhjelp.access_log_retention', 'on', true)`;
      const deleted = await tx.$executeRaw`DELETE FROM access_log WHERE occurred_at < ${timestampSql(cutoff)}`;
      // Off again at once: inside a caller's transaction the setting would otherwise last to its end.
      await tx.$executeRaw`SELECT set_config('selvhjelp.access_log_retention', 'off', true)`;
      return deleted;
    });
  }
}

function emptyPage(): AccessLogPage {
  return { nodes: [], cursors: [], totalCount: 0, hasNextPage: false, endCursor: null };
}
