import type { ClaimedReportJob, Database, ReportStep } from '@selvhjelp/db';
import type { Logger } from '../../logger.js';
import { buildReportFiles } from './report-files.js';
import type { ReportSource } from './report-source.js';

/**
 * How long a RUNNING job may go without a heartbeat before another process takes it over. A
 * step (one district's tables, two files) takes well under a second on the large seed; a
 * worker that has not finished one in this time has crashed or hangs.
 */
export const DEFAULT_REPORT_LEASE_MS = 5 * 60_000;

/**
 * Runs report jobs (decision 0027): claims a job, builds each remaining step's files (one
 * district, or the national report) outside any transaction, and writes each step in its own
 * transaction that also counts it and renews the heartbeat. A step is written only under this
 * worker's claim; when another process has taken the job over, this one stops. A failure marks
 * the job FAILED with the error and is logged; the worker goes on with the next job.
 */
export class ReportWorker {
  constructor(
    private readonly db: Database,
    private readonly source: ReportSource,
    private readonly logger: Logger,
    private readonly leaseMs: number = DEFAULT_REPORT_LEASE_MS,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Works through every job it can claim; returns the number of steps it wrote. */
  async drain(): Promise<number> {
    let written = 0;
    for (;;) {
      const claimed = await this.db.repositories.reportJobs.claim({ now: this.now(), leaseMs: this.leaseMs });
      if (!claimed) return written;
      written += await this.run(claimed);
    }
  }

  private async run(claimed: ClaimedReportJob): Promise<number> {
    const { job, claimToken } = claimed;
    this.logger.info('report job claimed', { jobId: job.id, remainingSteps: claimed.remainingSteps.length });
    let written = 0;
    try {
      for (const step of claimed.remainingSteps) {
        const files = await buildReportFiles(
          this.source,
          { area: areaOf(step), period: { from: job.periodFrom, to: job.periodTo }, locale: job.locale },
          this.now(),
        );
        const result = await this.db.repositories.reportJobs.writeStep({
          jobId: job.id,
          claimToken,
          step,
          files,
          now: this.now(),
        });
        if (result.status === 'lost') {
          this.logger.warn('report job taken over by another process; stopping here', { jobId: job.id });
          return written;
        }
        written++;
        if (result.job.status === 'DONE') this.logger.info('report job done', { jobId: job.id });
      }
    } catch (error) {
      this.logger.error('report job failed', { jobId: job.id, error });
      const message = error instanceof Error ? error.message : String(error);
      await this.db.repositories.reportJobs.fail({ jobId: job.id, claimToken, error: message, now: this.now() });
    }
    return written;
  }
}

function areaOf(step: ReportStep) {
  return step === null ? ({ kind: 'national' } as const) : ({ kind: 'district', districtId: step } as const);
}
