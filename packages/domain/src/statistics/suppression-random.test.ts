import { describe, expect, it } from 'vitest';
import { bySubtraction, linearlyDerivable, prng, publishedOf } from './disclosure-checker.test-helper.js';
import { type CountTable, protectCounts, protectTable } from './suppression.js';

/** Tables up to 8×6 where most counts are small, many zeros, some large. */
function randomTable(seed: number): CountTable {
  const random = prng(seed);
  const R = 1 + Math.floor(random() * 8);
  const C = 1 + Math.floor(random() * 6);
  const count = () => {
    const x = random();
    if (x < 0.2) return 0;
    if (x < 0.6) return 1 + Math.floor(random() * 4);
    if (x < 0.8) return 5 + Math.floor(random() * 10);
    return Math.floor(random() * 200);
  };
  return {
    rows: Array.from({ length: R }, (_, r) => `r${r}`),
    columns: Array.from({ length: C }, (_, c) => `c${c}`),
    cells: Array.from({ length: R }, () => Array.from({ length: C }, count)),
  };
}

/**
 * Hidden values an attacker finds. The attacker is told more than any reader: for every ":" whether
 * it is a small value shown without its bound (at least 1) or a larger one (at least the threshold),
 * so every true bound is used.
 */
function leaks(p: ReturnType<typeof publishedOf>, threshold: number): number[] {
  const trueLow = (i: number) => (p.values[i]! < threshold ? 1 : threshold);
  return [...linearlyDerivable(p), ...bySubtraction(p, threshold, trueLow).keys()];
}

describe('protectTable on 500 random tables', () => {
  const seeds = Array.from({ length: 500 }, (_, i) => 1000 + i);

  it.each([5, 3])(
    'threshold %i: small hidden, nothing derivable, published exact',
    { timeout: 60_000 },
    (threshold) => {
      for (const seed of seeds) {
        const t = randomTable(seed);
        const result = protectTable(t, { threshold });
        const p = publishedOf(t, result);
        p.seen.forEach((s, i) => {
          const v = p.values[i]!;
          const small = v > 0 && v < threshold;
          // every small count hidden ("<5", or ":" where its bound would pin it), every other
          // hidden one as secondary
          if (small) expect(s.suppressed, `seed ${seed} #${i}`).toBe(true);
          else if (s.suppressed) expect(s.reason, `seed ${seed} #${i}`).toBe('SECONDARY');
          // published values are the true ones (so the totals add up)
          if (!s.suppressed) expect(s.value, `seed ${seed} #${i}`).toBe(v);
          if (v === 0) expect(s, `seed ${seed} #${i}`).toEqual({ value: 0, suppressed: false });
        });
        // Nothing hidden follows, by linear algebra or by subtraction with the bounds.
        expect(leaks(p, threshold), `seed ${seed}`).toEqual([]);
      }
    },
  );

  it('totals of the published table add up where all their parts are published', () => {
    for (const seed of seeds.slice(0, 100)) {
      const t = randomTable(seed);
      const r = protectTable(t);
      r.rowTotals.forEach((total, i) => {
        if (total.suppressed || r.cells[i]!.some((c) => c.suppressed)) return;
        expect(r.cells[i]!.reduce((s, c) => s + c.value!, 0)).toBe(total.value);
      });
    }
  });
});

describe('protectCounts on random lists', () => {
  it('leaves no hidden item derivable from the total and the other items', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = prng(seed);
      const counts = Array.from({ length: 1 + Math.floor(random() * 8) }, (_, i) => ({
        key: `k${i}`,
        count: random() < 0.5 ? Math.floor(random() * 5) : Math.floor(random() * 60),
      }));
      const { items, total } = protectCounts(counts);
      const sum = counts.reduce((s, c) => s + c.count, 0);
      items.forEach(({ count }, i) => {
        const v = counts[i]!.count;
        expect(count.suppressed, `seed ${seed}`).toBe(count.suppressed ? true : false);
        if (v > 0 && v < 5) expect(count).toMatchObject({ suppressed: true, reason: 'PRIMARY' });
        if (!count.suppressed) expect(count.value).toBe(v);
      });
      const hidden = items.filter((i) => i.count.suppressed).length + (total.suppressed ? 1 : 0);
      // one relation: one hidden value alone would follow from it
      expect(hidden === 1, `seed ${seed}`).toBe(false);
      if (!total.suppressed) expect(total.value).toBe(sum);
    }
  });
});
