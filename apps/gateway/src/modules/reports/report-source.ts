import type { IsoDate, Locale } from '@selvhjelp/domain';
import type { ReportArea, ReportTable } from './report-table.js';

export interface ReportRequest {
  area: ReportArea;
  period: { from: IsoDate; to: IsoDate };
  locale: Locale;
}

/** The tables of one report, small numbers already hidden, and the threshold they were hidden by. */
export interface ReportContents {
  tables: ReportTable[];
  threshold: number;
}

/**
 * Where a report's tables come from: the overview's figures, the same the screen shows. The
 * job and the download ask through this, so the files are tested with hand-made tables and run
 * on the real ones.
 */
export interface ReportSource {
  contents(request: ReportRequest): Promise<ReportContents>;
}
