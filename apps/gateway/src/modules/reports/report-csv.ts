import type { ReportCell, ReportDocument } from './report-table.js';
import { assertReportTable } from './report-table.js';
import { reportLabels } from './report-labels.js';

/**
 * Semicolon, not comma: Excel with Norwegian settings splits a double-clicked CSV on its list
 * separator, which is ";" where the decimal mark is ",". Other tools take the separator as an
 * option. No "sep=;" line: Excel then ignores the byte-order mark and misreads æøå.
 */
export const CSV_SEPARATOR = ';';

/** UTF-8 byte-order mark: without it Excel reads the file as Windows-1252. */
const BOM = '\uFEFF';

/**
 * A text field as CSV (RFC 4180): quoted when it holds the separator, a quote or a line break,
 * quotes doubled. A text starting with = + - @ or a tab gets a leading apostrophe, so a
 * spreadsheet shows it instead of running it as a formula (CSV injection).
 */
export function csvText(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[;"\r\n,]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvValue(cell: ReportCell | null | undefined): string {
  if (!cell) return '';
  if (!cell.suppressed && cell.value !== null) return String(cell.value);
  return csvText(cell.display);
}

/**
 * The report in tidy long form, one line per cell: table, row, column, value (totals included,
 * under the "I alt"/"Total" label, as on screen). A suppressed cell carries its display text
 * ("<5"), never a number. UTF-8 with BOM, CRLF line ends.
 */
export function writeReportCsv(report: ReportDocument): Buffer {
  const labels = reportLabels(report.locale);
  const lines: string[] = [labels.csvHeader.join(CSV_SEPARATOR)];
  const line = (table: string, row: string, column: string, cell: ReportCell | null | undefined) =>
    lines.push([csvText(table), csvText(row), csvText(column), csvValue(cell)].join(CSV_SEPARATOR));

  for (const table of report.tables) {
    assertReportTable(table);
    table.rowLabels.forEach((row, r) => {
      table.columnLabels.forEach((column, c) => line(table.title, row, column, table.cells[r]?.[c]));
      if (table.rowTotals) line(table.title, row, labels.total, table.rowTotals[r]);
    });
    if (table.columnTotals) {
      table.columnLabels.forEach((column, c) => line(table.title, labels.total, column, table.columnTotals?.[c]));
      if (table.rowTotals && table.total) line(table.title, labels.total, labels.total, table.total);
    }
  }
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}
