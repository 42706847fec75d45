import type { ReportFileFormat } from './report-labels.js';
import { reportFileName } from './report-labels.js';
import type { ReportRequest, ReportSource } from './report-source.js';
import { writeReportCsv } from './report-csv.js';
import { writeReportXlsx } from './report-xlsx.js';

export interface ReportFile {
  format: ReportFileFormat;
  fileName: string;
  content: Buffer;
}

/** One report in the formats asked for, from one read of its tables (so both files agree). */
export async function buildReportFiles(
  source: ReportSource,
  request: ReportRequest,
  generatedAt: Date,
  formats: readonly ReportFileFormat[] = ['XLSX', 'CSV'],
): Promise<ReportFile[]> {
  const { tables, threshold } = await source.contents(request);
  const report = { ...request, tables, threshold, generatedAt };
  return Promise.all(
    formats.map(async (format) => ({
      format,
      fileName: reportFileName(request.area, request.period, format),
      content: format === 'XLSX' ? await writeReportXlsx(report) : writeReportCsv(report),
    })),
  );
}
