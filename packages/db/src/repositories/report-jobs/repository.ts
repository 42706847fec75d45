import { randomUUID } from 'node:crypto';
import type { Locale, Scope } from '@selvhjelp/domain';
import { DISTRICT_IDS, isDistrictId } from '@selvhjelp/domain';
import { OutOfScopeError, UniqueViolationError } from '../../errors.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { DbClient } from '../../sql/client.js';
import { atomically, isUuid, timestampSql } from '../../sql/client.js';
import { dateFromIso, isoFromDate } from '../../sql/dates.js';
import { assertPageSize } from '../../sql/lists.js';
import type {
  ClaimedReportJob,
  NewReportJob,
  ReportClaimOptions,
  ReportFileContent,
  ReportFileInfo,
  ReportJobRecord,
  ReportStep,
  ReportStepFiles,
  ReportStepResult,
} from './types.js';
import { MAX_REPORT_JOB_PAGE_SIZE } from './types.js';

/** Every job's steps, in order: the districts in the reference order, then the national report. */
export const REPORT_STEPS: readonly ReportStep[] = [...DISTRICT_IDS, null];

type JobRow = Prisma.ReportJobGetPayload<object>;

function jobRecord(row: JobRow): ReportJobRecord {
  return {
    id: row.id,
    periodFrom: isoFromDate(row.periodFrom),
    periodTo: isoFromDate(row.periodTo),
    locale: row.locale as Locale,
    status: row.status,
    progressDone: row.progressDone,
    progressTotal: row.progressTotal,
    error: row.error,
    requestedById: row.requestedById,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    heartbeatAt: row.heartbeatAt,
    finishedAt: row.finishedAt,
  };
}

/** Report jobs are the national office's: a district scope sees none of them. */
function assertNational(scope: Scope): void {
  if (scope.kind !== 'national') throw new OutOfScopeError();
}

/**
 * The yearly report's background jobs and their files (issue 13, decision 0027). Reads and
 * creation take the viewer's scope (national only); claim, writeStep and fail are the worker's
 * (the SYSTEM actor, like the retention job). Every step is written under a lock on the job's
 * row and the claim token, so no step is ever written twice, whatever the number of workers.
 */
export class ReportJobRepository {
  constructor(
    private readonly client: DbClient,
    private readonly inTransaction = false,
  ) {}

  async create(scope: Scope, input: NewReportJob): Promise<ReportJobRecord> {
    assertNational(scope);
    const row = await this.client.reportJob.create({
      data: {
        periodFrom: dateFromIso(input.periodFrom),
        periodTo: dateFromIso(input.periodTo),
        locale: input.locale,
        requestedById: input.requestedById,
        progressTotal: REPORT_STEPS.length,
      },
    });
    return jobRecord(row);
  }

  /** Newest first. */
  async latest(scope: Scope, first: number): Promise<ReportJobRecord[]> {
    assertNational(scope);
    assertPageSize(first, MAX_REPORT_JOB_PAGE_SIZE);
    const rows = await this.client.reportJob.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: first,
    });
    return rows.map(jobRecord);
  }

  async find(scope: Scope, id: string): Promise<ReportJobRecord | null> {
    assertNational(scope);
    if (!isUuid(id)) return null;
    const row = await this.client.reportJob.findUnique({ where: { id } });
    return row ? jobRecord(row) : null;
  }

  /** The files of these jobs, without their bytes, in one query (for a page of jobs). */
  async filesOf(scope: Scope, jobIds: readonly string[]): Promise<ReportFileInfo[]> {
    assertNational(scope);
    const ids = jobIds.filter(isUuid);
    if (ids.length === 0) return [];
    const rows = await this.client.$queryRaw<
      {
        id: string;
        job_id: string;
        district_id: string | null;
        format: ReportFileInfo['format'];
        file_name: string;
        byte_size: number;
        created_at: Date;
      }[]
    >`
      SELECT id, job_id, district_id, format::text AS format, file_name,
             octet_length(content)::int AS byte_size, created_at
      FROM report_file
      WHERE job_id IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})`;
    const order = (step: string | null) => REPORT_STEPS.indexOf(step !== null && isDistrictId(step) ? step : null);
    return rows
      .map((row) => ({
        id: row.id,
        jobId: row.job_id,
        districtId: row.district_id !== null && isDistrictId(row.district_id) ? row.district_id : null,
        format: row.format,
        fileName: row.file_name,
        byteSize: Number(row.byte_size),
        createdAt: row.created_at,
      }))
      .sort(
        (a, b) =>
          order(a.districtId) - order(b.districtId) ||
          a.format.localeCompare(b.format) ||
          a.jobId.localeCompare(b.jobId),
      );
  }

  async file(scope: Scope, id: string): Promise<ReportFileContent | null> {
    assertNational(scope);
    if (!isUuid(id)) return null;
    const row = await this.client.reportFile.findUnique({
      where: { id },
      select: { id: true, fileName: true, format: true, content: true },
    });
    return row ? { ...row, content: Buffer.from(row.content) } : null;
  }

  /**
   * Takes the oldest job that is QUEUED, or RUNNING with a heartbeat older than the lease (its
   * worker crashed or hangs), for this worker: a new claim token, RUNNING, heartbeat now. SKIP
   * LOCKED lets workers that ask at once each take a different job (or none) without waiting.
   * Null when there is nothing to do.
   */
  async claim(options: ReportClaimOptions): Promise<ClaimedReportJob | null> {
    const { now, leaseMs } = options;
    const staleBefore = new Date(now.getTime() - leaseMs);
    return atomically(this.client, this.inTransaction, async (tx) => {
      const [candidate] = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM report_job
        WHERE status = 'QUEUED'
           OR (status = 'RUNNING' AND (heartbeat_at IS NULL OR heartbeat_at < ${timestampSql(staleBefore)}))
        ORDER BY created_at, id
        LIMIT 1
        FOR UPDATE SKIP LOCKED`;
      if (!candidate) return null;
      const claimToken = randomUUID();
      await tx.$executeRaw`
        UPDATE report_job
        SET status = 'RUNNING', claim_token = ${claimToken}::uuid, heartbeat_at = ${timestampSql(now)},
            started_at = COALESCE(started_at, ${timestampSql(now)})
        WHERE id = ${candidate.id}::uuid`;
      const row = await tx.reportJob.findUniqueOrThrow({ where: { id: candidate.id } });
      const job = jobRecord(row);
      const done = await tx.reportFile.findMany({
        where: { jobId: row.id, format: 'XLSX' },
        select: { districtId: true },
      });
      const doneSteps = new Set(done.map((file) => file.districtId));
      return { job, claimToken, remainingSteps: REPORT_STEPS.filter((step) => !doneSteps.has(step)) };
    });
  }

  /**
   * Stores one step's files and counts the step, in one transaction under the job's row lock:
   * only while `claimToken` still holds the job and the step has no files yet. After the last
   * step the job is DONE.
   */
  async writeStep(input: ReportStepFiles): Promise<ReportStepResult> {
    return atomically(this.client, this.inTransaction, async (tx) => {
      const [held] = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM report_job
        WHERE id = ${input.jobId}::uuid AND status = 'RUNNING' AND claim_token = ${input.claimToken}::uuid
        FOR UPDATE`;
      if (!held) return { status: 'lost' } as const;
      const existing = await tx.reportFile.count({ where: { jobId: input.jobId, districtId: input.step } });
      // Cannot happen while claims are honoured; refuse rather than count a step twice.
      if (existing > 0) throw new UniqueViolationError('report step');
      await tx.reportFile.createMany({
        data: input.files.map((file) => ({
          jobId: input.jobId,
          districtId: input.step,
          format: file.format,
          fileName: file.fileName,
          content: new Uint8Array(file.content),
        })),
      });
      await tx.$executeRaw`
        UPDATE report_job
        SET progress_done = progress_done + 1,
            heartbeat_at = ${timestampSql(input.now)},
            status = CASE WHEN progress_done + 1 = progress_total THEN 'DONE'::"ReportJobStatus" ELSE status END,
            finished_at = CASE WHEN progress_done + 1 = progress_total THEN ${timestampSql(input.now)} ELSE NULL END
        WHERE id = ${input.jobId}::uuid`;
      const job = await tx.reportJob.findUniqueOrThrow({ where: { id: input.jobId } });
      return { status: 'written', job: jobRecord(job) } as const;
    });
  }

  /** Marks the job FAILED with the error, if this claim still holds it; false otherwise. */
  async fail(input: { jobId: string; claimToken: string; error: string; now: Date }): Promise<boolean> {
    const changed = await this.client.reportJob.updateMany({
      where: { id: input.jobId, status: 'RUNNING', claimToken: input.claimToken },
      data: { status: 'FAILED', error: input.error.slice(0, 2000), finishedAt: input.now, heartbeatAt: input.now },
    });
    return changed.count === 1;
  }
}
