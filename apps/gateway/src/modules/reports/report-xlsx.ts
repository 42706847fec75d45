import ExcelJS from 'exceljs';
import type { ReportCell, ReportDocument, ReportTable } from './report-table.js';
import { assertReportTable } from './report-table.js';
import { areaName, generatedAtText, periodText, reportLabels } from './report-labels.js';

/** Excel's limit on a sheet name. */
const MAX_SHEET_NAME = 31;

/** Characters Excel refuses in a sheet name. */
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;

/**
 * A sheet name from a title: Excel's forbidden characters out, at most 31 characters, and
 * unique among `taken` (Excel compares sheet names case-insensitively), with " (2)", " (3)" …
 * when two titles shorten to the same name.
 */
export function sheetName(title: string, taken: Set<string>, fallback: string): string {
  const cleaned =
    title
      .replace(FORBIDDEN_IN_SHEET_NAME, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      // A name may not start or end with an apostrophe.
      .replace(/^'+|'+$/g, '') || fallback;
  let name = cleaned.slice(0, MAX_SHEET_NAME).trimEnd();
  for (let n = 2; taken.has(name.toLocaleLowerCase('nb')); n++) {
    const suffix = ` (${n})`;
    name = `${cleaned.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
  }
  taken.add(name.toLocaleLowerCase('nb'));
  return name;
}

/** Numbers as numbers (so Excel can sum them); a suppressed or empty cell as its display text. */
function cellValue(cell: ReportCell | null | undefined): number | string | null {
  if (!cell) return null;
  if (!cell.suppressed && cell.value !== null) return cell.value;
  return cell.display;
}

function addTableSheet(workbook: ExcelJS.Workbook, name: string, table: ReportTable, totalLabel: string): void {
  const sheet = workbook.addWorksheet(name, {
    // The header row and the label column stay in view while scrolling.
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  });
  const hasRowTotals = Boolean(table.rowTotals);
  sheet.addRow([table.rowHeading, ...table.columnLabels, ...(hasRowTotals ? [totalLabel] : [])]);
  table.rowLabels.forEach((label, r) => {
    sheet.addRow([
      label,
      ...(table.cells[r] ?? []).map(cellValue),
      ...(hasRowTotals ? [cellValue(table.rowTotals?.[r])] : []),
    ]);
  });
  if (table.columnTotals) {
    const totals = sheet.addRow([
      totalLabel,
      ...table.columnTotals.map(cellValue),
      ...(hasRowTotals ? [cellValue(table.total)] : []),
    ]);
    totals.font = { bold: true };
  }
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(1).width = Math.min(40, Math.max(12, ...table.rowLabels.map((label) => label.length + 2)));
  const headers = [...table.columnLabels, ...(hasRowTotals ? [totalLabel] : [])];
  headers.forEach((header, i) => {
    const column = sheet.getColumn(i + 2);
    column.width = Math.min(30, Math.max(8, header.length + 2));
    // "<5" is text in a numeric column: align it with the numbers.
    column.alignment = { horizontal: 'right' };
  });
}

/**
 * The report as an XLSX workbook: a cover sheet (period, whose report, when it was made, the
 * small-number rule and the list of tables with their sheets), then one sheet per table.
 */
export async function writeReportXlsx(report: ReportDocument): Promise<Buffer> {
  report.tables.forEach(assertReportTable);
  const labels = reportLabels(report.locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Selvhjelp Norge';
  workbook.created = report.generatedAt;
  workbook.modified = report.generatedAt;

  const taken = new Set<string>();
  const cover = workbook.addWorksheet(sheetName(labels.cover, taken, labels.cover));
  const names = report.tables.map((table, i) => sheetName(table.title, taken, `${labels.table} ${i + 1}`));

  cover.addRow([`${labels.title}: ${areaName(report.area, report.locale)}`]).font = { bold: true, size: 14 };
  cover.addRow([]);
  cover.addRow([labels.area, areaName(report.area, report.locale)]);
  cover.addRow([labels.period, periodText(report.period, report.locale)]);
  cover.addRow([labels.generatedAt, generatedAtText(report.generatedAt, report.locale)]);
  cover.addRow([labels.smallNumbers, labels.smallNumberRule(report.threshold)]);
  cover.addRow([]);
  cover.addRow([labels.table, labels.sheet]).font = { bold: true };
  report.tables.forEach((table, i) => cover.addRow([table.title, names[i]]));
  cover.getColumn(1).width = 40;
  cover.getColumn(2).width = 60;
  cover.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  report.tables.forEach((table, i) => addTableSheet(workbook, names[i]!, table, labels.total));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
