/**
 * Secondary suppression by Gaussian elimination, after Statistics Norway's GaussSuppression
 * (SSBtools): candidates are taken one by one in order of preference to publish; a candidate is
 * published unless publishing it (with everything published before it) would let a primary
 * suppressed value be computed from the published ones, or would pin a hidden value by the bounds
 * a reader can see ("<5" means 1..threshold-1, a secondary mark means at least the threshold).
 *
 * The table is a vector of values x with linear relations A x = 0 (each total = sum of its
 * parts). What a reader cannot tell apart are the solutions that differ by a vector d with
 * A d = 0 and d = 0 on every published coordinate. We keep a basis of that space; publishing a
 * coordinate is one elimination step on it. A hidden coordinate is derivable exactly when every
 * basis vector is 0 there. Arithmetic is on integers (row reduced by its gcd), so it is exact.
 */

/** One linear relation: sum of coef * x[index] = 0. */
export type Relation = readonly { readonly index: number; readonly coef: number }[];

export interface EliminationProblem {
  values: readonly number[];
  primary: readonly boolean[];
  /** A basis of { d : A d = 0 } (each vector as long as values). */
  nullBasis: readonly (readonly number[])[];
  relations: readonly Relation[];
  /** Indices that may be published, most wanted first; primaries and zeros are not in it. */
  candidates: readonly number[];
  threshold: number;
  /** Totals: where a small value must be shown without its bound, a total is chosen first. */
  totals?: ReadonlySet<number>;
}

/** What to hide beyond the primaries, and the primaries to show without their "<5" bound. */
export interface SecondarySuppression {
  secondary: Set<number>;
  /** Small values shown as ":" (hidden, no upper bound), because "<5" would pin them or others. */
  masked: Set<number>;
}

const gcd = (a: number, b: number): number => {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
};

/** A dense integer vector over all coordinates (tables are small; no maps, little garbage). */
type Vector = Float64Array;

/** b*k - a*p with a = k[at], b = p[at]: the coordinate `at` becomes 0; divided by the gcd. */
function eliminate(k: Vector, p: Vector, at: number): Vector {
  const a = k[at]!;
  const b = p[at]!;
  const out = new Float64Array(k.length);
  let g = 0;
  for (let i = 0; i < k.length; i++) {
    const v = b * k[i]! - a * p[i]!;
    if (v === 0) continue;
    if (!Number.isSafeInteger(v)) throw new RangeError('suppression: elimination overflow');
    out[i] = v;
    g = gcd(g, v);
  }
  if (g > 1) for (let i = 0; i < out.length; i++) out[i] = out[i]! / g;
  return out;
}

interface Plan {
  pivot: number;
  replaced: [number, Vector][];
  /** the support after the step */
  support: Int32Array;
  /** Coordinates the reader could compute once the planned one is published. */
  newlyFixed: number[];
}

class Ambiguity {
  private basis: (Vector | null)[];
  /** per coordinate, how many basis vectors are non-zero there (0: derivable) */
  private support: Int32Array;

  constructor(basis: readonly (readonly number[])[], n: number) {
    this.basis = basis.map((d) => Float64Array.from(d));
    this.support = new Int32Array(n);
    for (const k of this.basis) k!.forEach((v, i) => (this.support[i]! += v === 0 ? 0 : 1));
  }

  /** Non-zeros of basis vector i, cached: the pivot choice asks for it on every step. */
  private sizes = new Map<Vector, number>();

  private size(i: number): number {
    const k = this.basis[i]!;
    let n = this.sizes.get(k);
    if (n === undefined) {
      n = 0;
      for (const v of k) if (v !== 0) n++;
      this.sizes.set(k, n);
    }
    return n;
  }

  isFixed(index: number): boolean {
    return this.support[index] === 0;
  }

  private pivotFor(index: number): number {
    // Prefer a pivot of ±1 and the sparsest vector, so numbers stay small; ties by position.
    let best = -1;
    let bestScore = Infinity;
    this.basis.forEach((k, i) => {
      const a = k?.[index] ?? 0;
      if (a === 0) return;
      const score = (Math.abs(a) === 1 ? 0 : 1e9) + this.size(i);
      if (score < bestScore) [best, bestScore] = [i, score];
    });
    return best;
  }

  /** The elimination step publishing `index` would be; null when it is derivable already. */
  plan(index: number): Plan | null {
    if (this.isFixed(index)) return null;
    const p = this.pivotFor(index);
    const pivot = this.basis[p]!;
    const support = this.support.slice();
    const bump = (v: Vector, by: number) => v.forEach((x, i) => (support[i]! += x === 0 ? 0 : by));
    bump(pivot, -1);
    const replaced: [number, Vector][] = [];
    this.basis.forEach((k, i) => {
      if (i === p || !k || k[index] === 0) return;
      const e = eliminate(k, pivot, index);
      replaced.push([i, e]);
      bump(k, -1);
      bump(e, 1);
    });
    const newlyFixed: number[] = [];
    support.forEach((count, i) => {
      if (count === 0 && this.support[i]! > 0 && i !== index) newlyFixed.push(i);
    });
    return { pivot: p, replaced, support, newlyFixed };
  }

  commit(plan: Plan): void {
    this.sizes.delete(this.basis[plan.pivot]!);
    this.basis[plan.pivot] = null;
    for (const [i, v] of plan.replaced) {
      this.sizes.delete(this.basis[i]!);
      this.basis[i] = v;
    }
    this.support = plan.support;
  }
}

/**
 * Hidden coordinates of one relation whose value the reader can pin from the relation and the
 * bounds alone (e.g. "<5" + "<5" = 2 means 1 and 1).
 */
function pinned(
  relation: Relation,
  isKnown: (i: number) => boolean,
  problem: EliminationProblem,
  masked: ReadonlySet<number>,
  out: Set<number>,
): void {
  const { values, primary, threshold } = problem;
  // What the reader knows of a hidden x: "<5" is 1..threshold-1, ":" at least the threshold,
  // a masked small value (":" too) only that it is not zero.
  const low = (index: number) => (primary[index] ? 1 : threshold);
  const high = (index: number) => (primary[index] && !masked.has(index) ? threshold - 1 : Infinity);
  // Bounds of coef * x.
  const lowOf = (index: number, coef: number) => (coef > 0 ? coef * low(index) : coef * high(index));
  const highOf = (index: number, coef: number) => (coef > 0 ? coef * high(index) : coef * low(index));
  // sum of hidden terms = target; each term's range from the others' bounds, infinities apart.
  let target = 0;
  let hidden = 0;
  let lowInf = 0;
  let highInf = 0;
  let sumLo = 0;
  let sumHi = 0;
  for (const { index, coef } of relation) {
    if (isKnown(index)) {
      target -= coef * values[index]!;
      continue;
    }
    hidden++;
    const lo = lowOf(index, coef);
    const hi = highOf(index, coef);
    if (lo === -Infinity) lowInf++;
    else sumLo += lo;
    if (hi === Infinity) highInf++;
    else sumHi += hi;
  }
  if (hidden === 0 || (lowInf > 1 && highInf > 1)) return;
  for (const { index, coef } of relation) {
    if (isKnown(index)) continue;
    const own = { lo: lowOf(index, coef), hi: highOf(index, coef) };
    const ownLowInf = own.lo === -Infinity;
    const ownHighInf = own.hi === Infinity;
    const othersLo = lowInf - (ownLowInf ? 1 : 0) > 0 ? -Infinity : sumLo - (ownLowInf ? 0 : own.lo);
    const othersHi = highInf - (ownHighInf ? 1 : 0) > 0 ? Infinity : sumHi - (ownHighInf ? 0 : own.hi);
    if (Math.max(own.lo, target - othersHi) === Math.min(own.hi, target - othersLo)) out.add(index);
  }
}

/**
 * The relations, and for two relations that share a value the one without it (a row minus a
 * column through their common cell): bounds read along such a difference can pin a value that
 * neither relation pins alone. Longer chains are not followed (see decision 0023).
 */
function withPairs(relations: readonly Relation[]): Relation[] {
  const out: Relation[] = [...relations];
  const asMap = relations.map((r) => new Map(r.map(({ index, coef }) => [index, coef])));
  const byIndex = new Map<number, number[]>();
  relations.forEach((r, i) => r.forEach(({ index }) => byIndex.set(index, [...(byIndex.get(index) ?? []), i])));
  const seen = new Set<number>();
  for (const [shared, holders] of byIndex) {
    for (const i of holders) {
      for (const j of holders) {
        if (j <= i || seen.has(i * relations.length + j)) continue;
        seen.add(i * relations.length + j);
        const a = asMap[i]!.get(shared)!;
        const b = asMap[j]!.get(shared)!;
        const combined = new Map<number, number>();
        for (const [k, v] of asMap[i]!) combined.set(k, b * v);
        for (const [k, v] of asMap[j]!) combined.set(k, (combined.get(k) ?? 0) - a * v);
        out.push([...combined].filter(([, v]) => v !== 0).map(([index, coef]) => ({ index, coef })));
      }
    }
  }
  return out;
}

/** Secondary suppressions (indices) for a problem; primaries stay hidden, zeros are published. */
export function secondarySuppressions(problem: EliminationProblem): SecondarySuppression {
  const { values, primary, candidates } = problem;
  const relations = withPairs(problem.relations);
  const n = values.length;
  // Known to the reader: published, or computable from what is published.
  const known = new Array<boolean>(n).fill(false);
  const ambiguity = new Ambiguity(problem.nullBasis, n);
  const relationsOf: number[][] = Array.from({ length: n }, () => []);
  relations.forEach((relation, r) => relation.forEach(({ index }) => relationsOf[index]!.push(r)));
  const isKnown = (i: number) => known[i]!;
  const masked = new Set<number>();
  const pinnedIn = (relationIndices: Iterable<number>) => {
    const out = new Set<number>();
    for (const r of relationIndices) pinned(relations[r]!, isKnown, problem, masked, out);
    return out;
  };
  const anyPinned = (relationIndices: Iterable<number>) => {
    const out = new Set<number>();
    for (const r of relationIndices) {
      pinned(relations[r]!, isKnown, problem, masked, out);
      if (out.size > 0) return true;
    }
    return false;
  };

  const publish = (c: number, plan: Plan | null) => {
    known[c] = true;
    if (!plan) return;
    ambiguity.commit(plan);
    for (const i of plan.newlyFixed) known[i] = true;
  };
  for (let i = 0; i < n; i++) if (values[i] === 0 && !primary[i]) publish(i, ambiguity.plan(i));
  // What the bounds give away before any candidate is published (four "<5" cells whose total
  // is "<5" too are all 1) cannot be helped by hiding more cells, only by showing less of what
  // is hidden: one of the pinned small values, a total first, is shown as ":" without its upper
  // bound, until nothing is pinned. Only if no small value is left to unbound do the pinned
  // values count as known (and then only new pins count against a candidate).
  const byPreference = (a: number, b: number) =>
    Number(problem.totals?.has(b) ?? false) - Number(problem.totals?.has(a) ?? false) ||
    values[b]! - values[a]! ||
    a - b;
  for (let found = pinnedIn(relations.keys()); found.size > 0; found = pinnedIn(relations.keys())) {
    const unbound = [...found].filter((i) => primary[i] && !masked.has(i)).sort(byPreference)[0];
    if (unbound !== undefined) {
      masked.add(unbound);
      continue;
    }
    for (const i of found) if (!known[i]) publish(i, ambiguity.plan(i));
  }

  const tryPublish = (c: number): boolean => {
    const plan = ambiguity.plan(c);
    if (!plan) {
      known[c] = true; // the reader can compute it anyway
      return true;
    }
    if (plan.newlyFixed.some((i) => primary[i])) return false;
    // No hidden value is pinned now (the unavoidable ones count as known, and every step keeps
    // it so), so any pin in a relation the step touches is a new one.
    const touched = new Set([c, ...plan.newlyFixed].flatMap((i) => relationsOf[i]!));
    const revealed = [c, ...plan.newlyFixed];
    for (const i of revealed) known[i] = true;
    const safe = !anyPinned(touched);
    for (const i of revealed) known[i] = false;
    if (!safe) return false;
    publish(c, plan);
    return true;
  };

  const secondary = new Set<number>();
  for (const c of candidates) if (!tryPublish(c)) secondary.add(c);
  // Second look, as GaussSuppression's final step: a secondary that can now be published
  // without harm (or that the reader can compute anyway) is published.
  for (const c of candidates) if (secondary.has(c) && tryPublish(c)) secondary.delete(c);
  return { secondary, masked };
}
