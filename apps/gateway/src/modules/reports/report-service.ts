import DataLoader from 'dataloader';
import type { Database, ReportFileInfo, ReportJobRecord } from '@selvhjelp/db';
import type { Locale } from '@selvhjelp/domain';
import { isDistrictId } from '@selvhjelp/domain';
import { badUserInput } from '../../kernel/errors.js';
import { pageSize } from '../../kernel/pagination.js';
import type { Viewer } from '../../kernel/policy.js';
import { assertMayDownloadReport, reportJobsScope } from '../../kernel/policy.js';
import type { ReportFileFormat } from './report-labels.js';
import { REPORT_CONTENT_TYPES } from './report-labels.js';
import { buildReportFiles } from './report-files.js';
import { parseReportPeriod } from './report-period.js';
import type { ReportSource } from './report-source.js';

export interface ReportDownload {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

/**
 * The yearly report (issue 13, decision 0027): the background job for every district and the
 * national report (national roles), its files, and one report made on request. Jobs and files
 * hold aggregates only, small numbers hidden, so they do not pass the read path's hook.
 */
export class ReportService {
  private readonly filesOfJob = new DataLoader<string, ReportFileInfo[]>(async (jobIds) => {
    const files = await this.db.repositories.reportJobs.filesOf(reportJobsScope(this.viewer), jobIds);
    return jobIds.map((id) => files.filter((file) => file.jobId === id));
  });

  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly source: ReportSource,
    private readonly locale: Locale,
    private readonly now: () => Date,
  ) {}

  /** Queues the job; the files are written in the reader's language. */
  start(period: { from: string; to: string }): Promise<ReportJobRecord> {
    const scope = reportJobsScope(this.viewer);
    const { from, to } = parseReportPeriod(period);
    return this.db.repositories.reportJobs.create(scope, {
      periodFrom: from,
      periodTo: to,
      locale: this.locale,
      requestedById: this.viewer.user.id,
    });
  }

  jobs(first: number | null | undefined): Promise<ReportJobRecord[]> {
    return this.db.repositories.reportJobs.latest(reportJobsScope(this.viewer), pageSize(first));
  }

  job(id: string): Promise<ReportJobRecord | null> {
    return this.db.repositories.reportJobs.find(reportJobsScope(this.viewer), id);
  }

  files(job: ReportJobRecord): Promise<ReportFileInfo[]> {
    return this.filesOfJob.load(job.id);
  }

  async file(id: string): Promise<ReportDownload | null> {
    const file = await this.db.repositories.reportJobs.file(reportJobsScope(this.viewer), id);
    if (!file) return null;
    return {
      fileName: file.fileName,
      contentType: REPORT_CONTENT_TYPES[file.format],
      contentBase64: file.content.toString('base64'),
    };
  }

  /** One report, made now: a district's (null = the national one) in one format. */
  async download(
    period: { from: string; to: string },
    district: string | null | undefined,
    format: ReportFileFormat,
  ): Promise<ReportDownload> {
    const districtId = district ?? null;
    if (districtId !== null && !isDistrictId(districtId)) throw badUserInput('district', 'UNKNOWN_DISTRICT');
    assertMayDownloadReport(this.viewer, districtId);
    const parsed = parseReportPeriod(period);
    const area = districtId === null ? ({ kind: 'national' } as const) : ({ kind: 'district', districtId } as const);
    const [file] = await buildReportFiles(this.source, { area, period: parsed, locale: this.locale }, this.now(), [
      format,
    ]);
    return {
      fileName: file!.fileName,
      contentType: REPORT_CONTENT_TYPES[format],
      contentBase64: file!.content.toString('base64'),
    };
  }
}
