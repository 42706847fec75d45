import type { OverviewCount } from '@selvhjelp/db';
import type { Locale, ProtectedCount, ProtectedTable, StatTableKey } from '@selvhjelp/domain';
import { STAT_AXIS_LABELS, STAT_TABLES, displayCount, protectTable } from '@selvhjelp/domain';
import type { StatAxisItemModel, StatCountModel, StatTableModel } from './models.js';

/*
 * From grouped counts to a published table: counts laid out over the full axes, then protected
 * (small-number suppression, decision 0024) when the table counts people's contacts with the
 * office. Only what leaves here reaches a client, so a suppressed value never does.
 */

export interface TableLayout {
  key: StatTableKey;
  rows: StatAxisItemModel[];
  columns: StatAxisItemModel[];
  locale: Locale;
}

/** counts[r][c] over the axes; codes are `prefix + column key`; what matches no axis item is left out. */
export function countMatrix(layout: TableLayout, counts: readonly OverviewCount[], prefix = ''): number[][] {
  const rowIndex = new Map(layout.rows.map((row, index) => [row.key, index]));
  const columnIndex = new Map(layout.columns.map((column, index) => [`${prefix}${column.key}`, index]));
  const matrix = layout.rows.map(() => layout.columns.map(() => 0));
  for (const count of counts) {
    const r = rowIndex.get(count.row);
    const c = columnIndex.get(count.column);
    if (r !== undefined && c !== undefined) matrix[r]![c]! += Number(count.value);
  }
  return matrix;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Totals and every cell published as counted (registry tables). */
function unprotected(matrix: number[][], columnCount: number): ProtectedTable {
  const open = (value: number): ProtectedCount => ({ value, suppressed: false });
  return {
    rows: [],
    columns: [],
    cells: matrix.map((row) => row.map(open)),
    rowTotals: matrix.map((row) => open(sum(row))),
    columnTotals: Array.from({ length: columnCount }, (_, c) => open(sum(matrix.map((row) => row[c]!)))),
    total: open(sum(matrix.map(sum))),
  };
}

export function protectMatrix(layout: TableLayout, matrix: number[][], threshold: number): ProtectedTable {
  if (!STAT_TABLES[layout.key].protected) return unprotected(matrix, layout.columns.length);
  return protectTable(
    { rows: layout.rows.map((row) => row.key), columns: layout.columns.map((column) => column.key), cells: matrix },
    { threshold },
  );
}

/**
 * A sum (minutes) published where its count is: each cell and total of `sums` is hidden exactly
 * where the same cell or total of the protected `counts` is, so the sum cannot reveal a hidden
 * count, and the hidden sums are as underivable as the counts (same pattern over the same totals).
 */
export function maskLike(counts: ProtectedTable, sums: number[][]): ProtectedTable {
  const like = (count: ProtectedCount, value: number): ProtectedCount =>
    count.suppressed ? count : { value, suppressed: false };
  return {
    rows: counts.rows,
    columns: counts.columns,
    cells: counts.cells.map((row, r) => row.map((count, c) => like(count, sums[r]![c]!))),
    rowTotals: counts.rowTotals.map((count, r) => like(count, sum(sums[r]!))),
    columnTotals: counts.columnTotals.map((count, c) => like(count, sum(sums.map((row) => row[c]!)))),
    total: like(counts.total, sum(sums.map(sum))),
  };
}

function published(count: ProtectedCount, threshold: number): StatCountModel {
  return count.suppressed
    ? { value: null, display: displayCount(count, threshold), suppressed: true }
    : { value: count.value, display: String(count.value), suppressed: false };
}

export function statTable(layout: TableLayout, table: ProtectedTable, threshold: number): StatTableModel {
  const definition = STAT_TABLES[layout.key];
  const show = (count: ProtectedCount) => published(count, threshold);
  const cells = table.cells.map((row) => row.map(show));
  const rowTotals = table.rowTotals.map(show);
  const columnTotals = table.columnTotals.map(show);
  const total = show(table.total);
  return {
    key: layout.key,
    title: definition.title[layout.locale],
    rowLabel: STAT_AXIS_LABELS[definition.rows][layout.locale],
    columnLabel: definition.columnLabel[layout.locale],
    protected: definition.protected,
    rows: layout.rows,
    columns: layout.columns,
    cells,
    rowTotals,
    columnTotals,
    total,
    suppressed: [...cells.flat(), ...rowTotals, ...columnTotals, total].some((count) => count.suppressed),
  };
}
