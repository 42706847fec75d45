import { describe, expect, it } from 'vitest';
import { barChartGeometry, niceStep } from './bar-chart';

const data = [
  { key: 'MUNICIPALITY', label: 'Kommune', value: 3 },
  { key: 'NAV_OFFICE', label: 'NAV-kontor', value: 0 },
  { key: 'LIBRARY', label: 'Bibliotek', value: 7 },
];

describe('bar chart geometry', () => {
  it('picks whole, round steps', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(3)).toBe(1);
    expect(niceStep(7)).toBe(2);
    expect(niceStep(40)).toBe(10);
    expect(niceStep(230)).toBe(50);
  });

  it('scales bars to a round maximum, zeros drawn with no width', () => {
    const chart = barChartGeometry(data, { width: 600, padding: 10, valueWidth: 40 });
    expect(chart.max).toBe(8);
    expect(chart.plot).toMatchObject({ x: 10, width: 540 });
    expect(chart.bars.map(({ width }) => width)).toEqual([202.5, 0, 472.5]);
    expect(chart.bars.every(({ x }) => x === 10)).toBe(true);
    expect(chart.ticks.map(({ value }) => value)).toEqual([0, 2, 4, 6, 8]);
    expect(chart.ticks.at(-1)?.x).toBe(550);
  });

  it('stacks rows top to bottom, label above its bar, value right of it, all inside the picture', () => {
    const chart = barChartGeometry(data);
    const [first, second] = chart.bars;
    expect(first && second).toBeTruthy();
    if (!first || !second) return;
    expect(first.labelY).toBeLessThan(first.y);
    expect(second.y).toBeGreaterThan(first.y + first.height);
    expect(first.valueX).toBeGreaterThan(first.x + first.width);
    for (const bar of chart.bars) {
      expect(bar.valueX).toBeLessThan(chart.width);
      expect(bar.y + bar.height).toBeLessThan(chart.height);
    }
  });

  it('draws an empty or all-zero chart without dividing by zero', () => {
    const zeros = barChartGeometry(data.map((datum) => ({ ...datum, value: 0 })));
    expect(zeros.max).toBe(1);
    expect(zeros.bars.every(({ width }) => width === 0)).toBe(true);
    const empty = barChartGeometry([]);
    expect(empty.bars).toEqual([]);
    expect(Number.isFinite(empty.height)).toBe(true);
  });

  it('draws negative and non-finite values as zero', () => {
    const chart = barChartGeometry([
      { key: 'a', label: 'a', value: -4 },
      { key: 'b', label: 'b', value: Number.NaN },
      { key: 'c', label: 'c', value: 2 },
    ]);
    expect(chart.bars.map(({ width }) => width).slice(0, 2)).toEqual([0, 0]);
    expect(chart.bars[2]?.width).toBe(chart.plot.width);
  });
});
