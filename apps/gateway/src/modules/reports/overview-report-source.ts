import type { Database } from '@selvhjelp/db';
import { DISTRICT_IDS, NATIONAL_SCOPE, districtScope } from '@selvhjelp/domain';
import type { StatTableModel } from '../overview/models.js';
import { OverviewTables } from '../overview/overview-tables.js';
import type { ReportSource } from './report-source.js';
import type { ReportTable } from './report-table.js';

/** An overview table as the report files take it: labels only, cells as published (suppressed). */
export function reportTableOf(table: StatTableModel): ReportTable {
  return {
    key: table.key,
    title: table.title,
    rowHeading: table.rowLabel,
    rowLabels: table.rows.map((row) => row.label),
    columnLabels: table.columns.map((column) => column.label),
    cells: table.cells,
    rowTotals: table.rowTotals,
    columnTotals: table.columnTotals,
    total: table.total,
  };
}

/**
 * The report's tables are the overview's, built by the same code as the screen's and protected
 * by the same threshold: a district's report has its one row, the national one every district.
 * Who may have which report is decided before this (the policy, or the national job).
 */
export function overviewReportSource(db: Database, threshold: number): ReportSource {
  return {
    async contents({ area, period, locale }) {
      const figures = new OverviewTables(db, threshold, locale);
      const model =
        area.kind === 'national'
          ? figures.model(NATIONAL_SCOPE, DISTRICT_IDS, period)
          : figures.model(districtScope(area.districtId), [area.districtId], period);
      const tables = await figures.tables(model, null);
      return { tables: tables.map(reportTableOf), threshold };
    },
  };
}
