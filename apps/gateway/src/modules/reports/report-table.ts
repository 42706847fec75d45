import type { DistrictId, IsoDate, Locale } from '@selvhjelp/domain';

/**
 * The report files' own view of a figure: the same uniform table the overview screen shows
 * (decision 0027). Small numbers are already suppressed when a table gets here: a suppressed
 * cell has no value, only its display text ("<5"), so no file can carry the exact number.
 */
export interface ReportCell {
  /** Null when suppressed (or when the figure has no number for this cell). */
  value: number | null;
  /** What the screen shows: the formatted number, or "<5" when suppressed. */
  display: string;
  suppressed: boolean;
}

export interface ReportTable {
  /** Stable key of the figure (e.g. `groupsByStatus`), the same in every report and language. */
  key: string;
  title: string;
  /** The heading of the label column (e.g. "Distrikt"). */
  rowHeading: string;
  rowLabels: readonly string[];
  columnLabels: readonly string[];
  /** cells[row][column], one per row label and column label. */
  cells: readonly (readonly ReportCell[])[];
  /** One per row, when the figure has row totals. */
  rowTotals?: readonly ReportCell[] | null;
  /** One per column, when the figure has column totals. */
  columnTotals?: readonly ReportCell[] | null;
  total?: ReportCell | null;
}

/** Whose report: one district's, or the national office's over every district. */
export type ReportArea = { kind: 'national' } | { kind: 'district'; districtId: DistrictId };

export interface ReportDocument {
  area: ReportArea;
  period: { from: IsoDate; to: IsoDate };
  locale: Locale;
  generatedAt: Date;
  /** Counts below this show as "<threshold>" (the small-number setting, default 5). */
  threshold: number;
  tables: readonly ReportTable[];
}

/** Checks a table's shape before it is written, so a broken figure fails loudly, not as a skewed sheet. */
export function assertReportTable(table: ReportTable): void {
  const columns = table.columnLabels.length;
  const bad = (what: string) => new RangeError(`Report table ${table.key}: ${what}.`);
  if (table.cells.length !== table.rowLabels.length) throw bad('one row of cells per row label');
  if (table.cells.some((row) => row.length !== columns)) throw bad('one cell per column label in every row');
  if (table.rowTotals && table.rowTotals.length !== table.rowLabels.length) throw bad('one row total per row');
  if (table.columnTotals && table.columnTotals.length !== columns) throw bad('one column total per column');
}
