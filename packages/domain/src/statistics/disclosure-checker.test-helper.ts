/**
 * An attacker for the suppression tests, written apart from the implementation (row space of the
 * relations over exact fractions, and peeling with bounds), so a test does not grade the code
 * with its own algorithm.
 */
import type { CountTable, ProtectedCount, ProtectedTable } from './suppression.js';

/** Every value of a table with its totals, as the reader sees it (null: hidden). */
export interface Published {
  /** true values, same layout as `seen` */
  values: number[];
  seen: ProtectedCount[];
  /** each relation: coefficients by position, sum = 0 */
  relations: Map<number, number>[];
}

export function publishedOf(table: CountTable, result: ProtectedTable): Published {
  const R = table.rows.length;
  const C = table.columns.length;
  const values: number[] = [];
  const seen: ProtectedCount[] = [];
  const cell = (r: number, c: number) => r * C + c;
  const rowTotal = (r: number) => R * C + r;
  const columnTotal = (c: number) => R * C + R + c;
  const grand = R * C + R + C;
  table.cells.forEach((row, r) =>
    row.forEach((v, c) => ((values[cell(r, c)] = v), (seen[cell(r, c)] = result.cells[r]![c]!))),
  );
  table.rows.forEach((_, r) => {
    values[rowTotal(r)] = table.cells[r]!.reduce((a, b) => a + b, 0);
    seen[rowTotal(r)] = result.rowTotals[r]!;
  });
  table.columns.forEach((_, c) => {
    values[columnTotal(c)] = table.cells.reduce((a, row) => a + row[c]!, 0);
    seen[columnTotal(c)] = result.columnTotals[c]!;
  });
  values[grand] = table.cells.flat().reduce((a, b) => a + b, 0);
  seen[grand] = result.total;
  const relations: Map<number, number>[] = [];
  for (let r = 0; r < R; r++) {
    relations.push(new Map([...table.columns.map((_, c) => [cell(r, c), 1] as const), [rowTotal(r), -1]]));
  }
  for (let c = 0; c < C; c++) {
    relations.push(new Map([...table.rows.map((_, r) => [cell(r, c), 1] as const), [columnTotal(c), -1]]));
  }
  relations.push(new Map([...table.rows.map((_, r) => [rowTotal(r), 1] as const), [grand, -1]]));
  relations.push(new Map([...table.columns.map((_, c) => [columnTotal(c), 1] as const), [grand, -1]]));
  return { values, seen, relations };
}

/** Hidden positions whose value follows from the published ones by linear algebra (exact). */
export function linearlyDerivable(p: Published): Set<number> {
  const hidden = p.seen.flatMap((s, i) => (s.suppressed ? [i] : []));
  // Rows of the relation matrix restricted to hidden columns; fraction-free elimination in BigInt.
  const rows = p.relations.map((rel) => hidden.map((h) => BigInt(rel.get(h) ?? 0)));
  let rank = 0;
  const pivotColumns: number[] = [];
  for (let col = 0; col < hidden.length && rank < rows.length; col++) {
    const pr = rows.findIndex((row, i) => i >= rank && row[col] !== 0n);
    if (pr < 0) continue;
    [rows[rank], rows[pr]] = [rows[pr]!, rows[rank]!];
    const pivot = rows[rank]!;
    rows.forEach((row, i) => {
      if (i === rank || row[col] === 0n) return;
      const a = row[col]!;
      const b = pivot[col]!;
      rows[i] = row.map((v, j) => v * b - pivot[j]! * a);
    });
    pivotColumns.push(col);
    rank++;
  }
  // In reduced row echelon form, a hidden value is fixed iff some row names it alone.
  const out = new Set<number>();
  rows.slice(0, rank).forEach((row) => {
    const nonZero = row.flatMap((v, j) => (v !== 0n ? [j] : []));
    if (nonZero.length === 1) out.add(hidden[nonZero[0]!]!);
  });
  return out;
}

/**
 * Every subtraction: repeatedly take a relation (or the difference of two relations) with one
 * unknown left and solve it; with `threshold`, also use what the reader knows of hidden values
 * ("<5": 1..threshold-1, ":" at least `secondaryLow`, by default the threshold) to pin a value at
 * an end of its range.
 */
export function bySubtraction(
  p: Published,
  threshold?: number,
  secondaryLow: number | ((index: number) => number) = threshold!,
): Map<number, number> {
  const lowOfSecondary = typeof secondaryLow === 'number' ? () => secondaryLow : secondaryLow;
  const solved = new Map<number, number>();
  const known = (i: number) => !p.seen[i]!.suppressed || solved.has(i);
  const valueOf = (i: number) => (p.seen[i]!.suppressed ? solved.get(i)! : p.seen[i]!.value);
  const difference = (a: Map<number, number>, b: Map<number, number>) => {
    const out = new Map(a);
    for (const [i, v] of b) out.set(i, (out.get(i) ?? 0) - v);
    return out;
  };
  const all = [...p.relations];
  for (let i = 0; i < p.relations.length; i++) {
    for (let j = i + 1; j < p.relations.length; j++) all.push(difference(p.relations[i]!, p.relations[j]!));
  }
  const bounds = (i: number): [number, number] =>
    p.seen[i]!.suppressed && p.seen[i]!.reason === 'PRIMARY' ? [1, threshold! - 1] : [lowOfSecondary(i), Infinity];
  let changed = true;
  while (changed) {
    changed = false;
    for (const rel of all) {
      const unknown = [...rel].filter(([i, v]) => v !== 0 && !known(i));
      if (unknown.length === 0) continue;
      const rest = [...rel].filter(([i, v]) => v !== 0 && known(i)).reduce((s, [i, v]) => s + v * valueOf(i), 0);
      if (unknown.length === 1) {
        const [i, v] = unknown[0]!;
        solved.set(i, -rest / v);
        changed = true;
        continue;
      }
      if (threshold === undefined) continue;
      for (const [i, v] of unknown) {
        // v * x_i = -rest - sum of the others; range of the others' sum from their bounds.
        let lo = 0;
        let hi = 0;
        for (const [j, w] of unknown) {
          if (j === i) continue;
          const [a, b] = bounds(j);
          lo += w > 0 ? w * a : w * b;
          hi += w > 0 ? w * b : w * a;
        }
        const [a, b] = bounds(i);
        const ends = [(-rest - hi) / v, (-rest - lo) / v].filter((x) => !Number.isNaN(x));
        const low = Math.max(a, Math.min(...ends));
        const high = Math.min(b, Math.max(...ends));
        if (ends.length === 2 && low === high) {
          solved.set(i, low);
          changed = true;
          break;
        }
      }
    }
  }
  return solved;
}

/** A seeded PRNG (mulberry32), so a failing table can be reproduced from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
