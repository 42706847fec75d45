import { randomUUID } from 'node:crypto';
import type { DistrictId, RetentionSettings, Scope } from '@selvhjelp/domain';
import { accessLogEntries, DISTRICT_IDS, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { OutOfScopeError } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { DbClient } from '../../sql/client.js';
import { atomically, scopeAllowsDistrict } from '../../sql/client.js';
import { assertPageSize } from '../../sql/lists.js';
import { AccessLogRepository } from '../access-log/repository.js';
import type { NewAccessLogEntry } from '../access-log/types.js';
import { districtsOfScope } from '../districts/settings.js';
import type { Changed } from './anonymise.js';
import { anonymiseCases, anonymiseInquiries, anonymisePeers, countsPerDistrict } from './anonymise.js';
import { deleteExpiredRows } from './housekeeping.js';
import { assertRetentionSettings, retentionSettingsOf, storeRetentionSettings } from './settings.js';
import type {
  RetentionCounts,
  RetentionDeletions,
  RetentionRunOptions,
  RetentionRunRecord,
  RetentionRunResult,
  RetentionSettingsRecord,
} from './types.js';
import { MAX_RETENTION_RUN_PAGE_SIZE } from './types.js';

/**
 * The key of the transaction-level advisory lock that makes the job run once across gateway
 * processes and `pnpm retention:run` (an arbitrary constant: "selvret" in ASCII).
 */
export const RETENTION_LOCK_KEY = 0x73656c76726574n;

/** A run on a large backlog may take a while; the lock and the changes live as long. */
const RUN_TIMEOUT_MS = 5 * 60_000;

type RunRow = Prisma.RetentionRunGetPayload<object>;

function runRecord(row: RunRow): RetentionRunRecord {
  return {
    id: row.id,
    trigger: row.trigger,
    asOf: row.asOf,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    casesAnonymised: row.casesAnonymised,
    inquiriesAnonymised: row.inquiriesAnonymised,
    peersAnonymised: row.peersAnonymised,
    perDistrict: inDistrictOrder((row.details ?? {}) as Partial<Record<DistrictId, RetentionCounts>>),
    deleted: { ...NO_DELETIONS, ...((row.deleted ?? {}) as Partial<RetentionDeletions>) },
  };
}

const NO_DELETIONS: RetentionDeletions = {
  sessions: 0,
  loginAttempts: 0,
  passwordResetTokens: 0,
  calendarFeedTokens: 0,
  apiUsageEntries: 0,
  groupFeedEntries: 0,
};

// jsonb keeps keys in its own order (shortest first): back to the reference order.
function inDistrictOrder(counts: Partial<Record<DistrictId, RetentionCounts>>) {
  return Object.fromEntries(DISTRICT_IDS.flatMap((id) => (counts[id] ? [[id, counts[id]] as const] : []))) as Partial<
    Record<DistrictId, RetentionCounts>
  >;
}

/**
 * Retention (issue 12, decision 0020): the districts' retention months and the job that
 * anonymises what has been kept long enough. The job is the SYSTEM actor: it works across every
 * district, writes one access-log entry per record it anonymises and records each run.
 */
export class RetentionRepository {
  constructor(
    private readonly client: DbClient,
    private readonly inTransaction = false,
  ) {}

  /** Every district in the scope, in the reference order, defaults filled in. */
  async settings(scope: Scope): Promise<RetentionSettingsRecord[]> {
    return retentionSettingsOf(this.client, districtsOfScope(scope));
  }

  /** Null when the district is not in the scope (or unknown). */
  async settingsOf(scope: Scope, districtId: string): Promise<RetentionSettingsRecord | null> {
    if (districtId === null || !scopeAllowsDistrict(scope, districtId)) return null;
    const [found] = await retentionSettingsOf(this.client, [districtId]);
    return found ?? null;
  }

  /** OutOfScopeError outside the scope; RangeError for months outside the domain's range. */
  async updateSettings(
    scope: Scope,
    districtId: string,
    settings: RetentionSettings,
  ): Promise<RetentionSettingsRecord> {
    if (!scopeAllowsDistrict(scope, districtId) || districtId === null) throw new OutOfScopeError();
    assertRetentionSettings(settings);
    return storeRetentionSettings(this.client, districtId, settings);
  }

  /**
   * One run of the job, judged at `now`, in one transaction under a transaction-level advisory
   * lock: a second process that tries meanwhile gets `skipped` and touches nothing. Idempotent:
   * what is anonymised is never due again, so a second run records a run with zeros.
   */
  async run(options: RetentionRunOptions): Promise<RetentionRunResult> {
    const { now, trigger } = options;
    if (Number.isNaN(now.getTime())) throw new RangeError('now is not a valid date.');
    const clock = options.clock ?? (() => new Date());
    return atomically(
      this.client,
      this.inTransaction,
      async (tx) => {
        const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
          SELECT pg_try_advisory_xact_lock(${RETENTION_LOCK_KEY.toString()}::bigint) AS locked`;
        if (!lock?.locked) return { status: 'skipped', reason: 'BUSY' } as const;

        const startedAt = clock();
        if (options.skipIfRunWithinMs !== undefined) {
          const since = new Date(startedAt.getTime() - options.skipIfRunWithinMs);
          if ((await tx.retentionRun.count({ where: { startedAt: { gt: since } } })) > 0)
            return { status: 'skipped', reason: 'RECENT' } as const;
        }
        const settings = await retentionSettingsOf(tx, districtsOfScope(NATIONAL_SCOPE));
        // Cases first: an inquiry with a case goes with it, in this same run.
        const cases = await anonymiseCases(tx, settings, now, startedAt);
        const inquiries = await anonymiseInquiries(tx, settings, now, startedAt);
        const peers = await anonymisePeers(tx, settings, now, startedAt);
        // Rows past use and review, the usage log past 13 months, superseded feed entries.
        const deleted = await deleteExpiredRows(tx, now);

        const runId = randomUUID();
        await new AccessLogRepository(tx, true).append(NATIONAL_SCOPE, [
          ...logEntries('FOLLOW_UP_CASE', cases, startedAt, runId),
          ...logEntries('INQUIRY', inquiries, startedAt, runId),
          ...logEntries('VOLUNTEER_PEER', peers, startedAt, runId),
        ]);
        const row = await tx.retentionRun.create({
          data: {
            id: runId,
            trigger,
            asOf: now,
            startedAt,
            finishedAt: clock(),
            casesAnonymised: cases.length,
            inquiriesAnonymised: inquiries.length,
            peersAnonymised: peers.length,
            details: countsPerDistrict({ cases, inquiries, peers }),
            deleted: { ...deleted },
          },
        });
        return { status: 'completed', run: runRecord(row) } as const;
      },
      { timeout: RUN_TIMEOUT_MS, maxWait: 10_000 },
    );
  }

  /** The latest runs, newest first. National scope only (administrators read them). */
  async latestRuns(scope: Scope, first: number): Promise<RetentionRunRecord[]> {
    if (scope.kind !== 'national') throw new OutOfScopeError();
    assertPageSize(first, MAX_RETENTION_RUN_PAGE_SIZE);
    const rows = await this.client.retentionRun.findMany({
      orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
      take: first,
    });
    return rows.map(runRecord);
  }
}

function logEntries(
  recordType: 'FOLLOW_UP_CASE' | 'INQUIRY' | 'VOLUNTEER_PEER',
  changed: readonly Changed[],
  at: Date,
  runId: string,
): NewAccessLogEntry[] {
  const entries = accessLogEntries(
    { staffUserId: null, role: 'SYSTEM' },
    { recordType, action: 'ANONYMISE', outcome: 'ALLOWED', purpose: 'RETENTION' },
    changed.map((row) => row.id),
    at,
  );
  return entries.map((entry, index) => ({
    ...entry,
    actorDistrictId: null,
    recordDistrictId: changed[index]!.district_id,
    // Not a gateway request: the run, so that an entry leads to its retention_run row.
    requestId: `retention-run:${runId}`,
  }));
}
