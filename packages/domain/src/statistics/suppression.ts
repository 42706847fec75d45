import { secondarySuppressions, type EliminationProblem, type Relation } from './gauss-elimination.js';

/** Counts 1..threshold-1 are never shown (issue 13; a setting, this is its default). */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** A two-way table of counts (people/records), without totals: the function adds them. */
export interface CountTable {
  rows: readonly string[];
  columns: readonly string[];
  /** cells[r][c], non-negative integers */
  cells: readonly (readonly number[])[];
}

export type SuppressionReason = 'PRIMARY' | 'SECONDARY';
export type ProtectedCount =
  { value: number; suppressed: false } | { value: null; suppressed: true; reason: SuppressionReason };

export interface ProtectedTable {
  rows: readonly string[];
  columns: readonly string[];
  cells: ProtectedCount[][];
  /** sum over columns, per row */
  rowTotals: ProtectedCount[];
  /** sum over rows, per column */
  columnTotals: ProtectedCount[];
  total: ProtectedCount;
}

export interface SuppressionOptions {
  threshold?: number;
}

function thresholdOf(options: SuppressionOptions | undefined): number {
  const threshold = options?.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`suppression: threshold must be a positive integer, got ${threshold}`);
  }
  return threshold;
}

function assertCount(value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`suppression: counts are non-negative integers, got ${value}`);
  }
}

const isSmall = (value: number, threshold: number) => value > 0 && value < threshold;

/**
 * Candidates in order of preference to publish: totals first (largest first), then cells from
 * the largest down, so the extra cells hidden are the smallest ones (ties: first in the table).
 */
function candidateOrder(values: readonly number[], primary: readonly boolean[], totals: ReadonlySet<number>): number[] {
  return [...values.keys()]
    .filter((i) => !primary[i] && values[i] !== 0)
    .sort((a, b) => {
      const byKind = Number(totals.has(b)) - Number(totals.has(a));
      return byKind !== 0 ? byKind : values[b]! - values[a]! || a - b;
    });
}

function protect(problem: Omit<EliminationProblem, 'candidates' | 'primary'>, totals: ReadonlySet<number>) {
  const primary = problem.values.map((v) => isSmall(v, problem.threshold));
  const candidates = candidateOrder(problem.values, primary, totals);
  const { secondary, masked } = secondarySuppressions({ ...problem, primary, candidates, totals });
  return (i: number): ProtectedCount =>
    primary[i] && !masked.has(i)
      ? { value: null, suppressed: true, reason: 'PRIMARY' }
      : secondary.has(i) || masked.has(i)
        ? { value: null, suppressed: true, reason: 'SECONDARY' }
        : { value: problem.values[i]!, suppressed: false };
}

/** Primary suppression of small counts (cells AND totals), then the fewest extra cells
 *  (secondary) so that no suppressed value can be derived from the published cells and totals. */
export function protectTable(table: CountTable, options?: SuppressionOptions): ProtectedTable {
  const threshold = thresholdOf(options);
  const R = table.rows.length;
  const C = table.columns.length;
  if (table.cells.length !== R || table.cells.some((row) => row.length !== C)) {
    throw new RangeError('suppression: cells must be rows × columns');
  }
  table.cells.forEach((row) => row.forEach(assertCount));
  // Coordinates: cells row-major, then row totals, column totals, the grand total.
  const cell = (r: number, c: number) => r * C + c;
  const rowTotal = (r: number) => R * C + r;
  const columnTotal = (c: number) => R * C + R + c;
  const grand = R * C + R + C;
  const n = grand + 1;
  const values = new Array<number>(n).fill(0);
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const v = table.cells[r]![c]!;
      values[cell(r, c)] = v;
      values[rowTotal(r)]! += v;
      values[columnTotal(c)]! += v;
      values[grand]! += v;
    }
  }
  const relations: Relation[] = [];
  for (let r = 0; r < R; r++) {
    relations.push([
      ...table.columns.map((_, c) => ({ index: cell(r, c), coef: 1 })),
      { index: rowTotal(r), coef: -1 },
    ]);
  }
  for (let c = 0; c < C; c++) {
    relations.push([
      ...table.rows.map((_, r) => ({ index: cell(r, c), coef: 1 })),
      { index: columnTotal(c), coef: -1 },
    ]);
  }
  relations.push([...table.rows.map((_, r) => ({ index: rowTotal(r), coef: 1 })), { index: grand, coef: -1 }]);
  relations.push([...table.columns.map((_, c) => ({ index: columnTotal(c), coef: 1 })), { index: grand, coef: -1 }]);
  // Each cell can change freely if its row total, column total and the grand total change with it.
  const nullBasis: number[][] = [];
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const d = new Array<number>(n).fill(0);
      d[cell(r, c)] = d[rowTotal(r)] = d[columnTotal(c)] = d[grand] = 1;
      nullBasis.push(d);
    }
  }
  const totals = new Set([...Array(n).keys()].filter((i) => i >= R * C));
  const shown = protect({ values, nullBasis, relations, threshold }, totals);
  return {
    rows: table.rows,
    columns: table.columns,
    cells: table.rows.map((_, r) => table.columns.map((_, c) => shown(cell(r, c)))),
    rowTotals: table.rows.map((_, r) => shown(rowTotal(r))),
    columnTotals: table.columns.map((_, c) => shown(columnTotal(c))),
    total: shown(grand),
  };
}

/** A one-way list (one column) with its total, same protection. */
export function protectCounts(
  counts: readonly { key: string; count: number }[],
  options?: SuppressionOptions,
): { items: { key: string; count: ProtectedCount }[]; total: ProtectedCount } {
  const threshold = thresholdOf(options);
  counts.forEach(({ count }) => assertCount(count));
  const k = counts.length;
  const values = [...counts.map(({ count }) => count), counts.reduce((s, { count }) => s + count, 0)];
  const relations: Relation[] = [[...counts.map((_, i) => ({ index: i, coef: 1 })), { index: k, coef: -1 }]];
  const nullBasis = counts.map((_, i) => values.map((__, j) => (j === i || j === k ? 1 : 0)));
  const shown = protect({ values, nullBasis, relations, threshold }, new Set([k]));
  return { items: counts.map(({ key }, i) => ({ key, count: shown(i) })), total: shown(k) };
}

/**
 * What a reader sees: the number, "<5" (with the threshold) for a small count, and ":" for a
 * count hidden only so that a small one cannot be computed; it is not small, so "<5" would be
 * false (":" is Statistics Norway's sign for "not shown for confidentiality").
 */
export function displayCount(count: ProtectedCount, threshold: number = DEFAULT_SUPPRESSION_THRESHOLD): string {
  if (!count.suppressed) return String(count.value);
  return count.reason === 'PRIMARY' ? `<${threshold}` : ':';
}
