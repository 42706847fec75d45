import { describe, expect, it } from 'vitest';
import { render, tablesOf } from './chart-test-support';
import { HeatTable } from './heat-table';
import type { HeatTableProps } from './heat-table';
import type { ChartValue } from './types';

const v = (value: number): ChartValue => ({ value, display: String(value) });
const hidden: ChartValue = { value: null, display: '<5' };

const props: HeatTableProps = {
  title: 'Grupper per tema og distrikt',
  rowHeading: 'Tema',
  rows: [
    { key: 'GRIEF', label: 'Sorg' },
    { key: 'ANXIETY', label: 'Angst' },
  ],
  columns: [
    { key: 'nord', label: 'Nord-Norge' },
    { key: 'vest', label: 'Vest' },
    { key: 'ost', label: 'Øst' },
  ],
  values: [
    [v(0), v(40), hidden],
    [v(10), v(21), hidden],
  ],
  rowTotals: [v(43), v(33)],
  columnTotals: [v(10), v(61), { value: null, display: '5' }],
  grandTotal: v(76),
};

/** Each body cell's class and text, row by row. */
function cells(html: string) {
  const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(html)![1]!;
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
    [...row!.matchAll(/<td class="([^"]*)"[^>]*>([^<]*)<\/td>/g)].map(([, className, text]) => ({
      className: className!,
      text: text!,
    })),
  );
}

describe('HeatTable', () => {
  it('is a captioned table with every number visible, hidden ones as "<5", and the totals', () => {
    const [table] = tablesOf(render(<HeatTable {...props} />));
    expect(table!.caption).toBe('Grupper per tema og distrikt');
    expect(table!.rows).toEqual([
      ['Tema', 'Nord-Norge', 'Vest', 'Øst', 'Totalt'],
      ['Sorg', '0', '40', '<5', '43'],
      ['Angst', '10', '21', '<5', '33'],
      ['Totalt', '10', '61', '5', '76'],
    ]);
  });

  it('shades a cell by its share of the largest, hatches a hidden one and leaves totals plain', () => {
    const [sorg, angst] = cells(render(<HeatTable {...props} />));
    expect(sorg!.map((cell) => cell.className)).toEqual([
      'portal-chart__number portal-heat__level-0',
      'portal-chart__number portal-heat__level-4',
      'portal-chart__number portal-heat__hidden',
      'portal-chart__number',
    ]);
    expect(angst!.map((cell) => cell.className.replace('portal-chart__number ', ''))).toEqual([
      'portal-heat__level-1',
      'portal-heat__level-3',
      'portal-heat__hidden',
      'portal-chart__number',
    ]);
    expect(sorg![2]!.text).toBe('&lt;5');
  });

  it('explains the shades by the ranges they stand for, and the hatch', () => {
    const html = render(<HeatTable {...props} />);
    const legend = /<ul class="portal-chart__legend portal-heat__legend" aria-hidden="true">([\s\S]*?)<\/ul>/.exec(
      html,
    )![1]!;
    const items = [...legend.matchAll(/<li>(?:<span[^>]*><\/span>)?([^<]*)<\/li>/g)].map(([, text]) => text);
    expect(items).toEqual([
      'Jo mørkere rute, jo høyere tall:',
      '0',
      '1–10',
      '11–20',
      '21–30',
      '31–40',
      'skjult («&lt;5»)',
    ]);
  });

  it('speaks English on English pages', () => {
    const html = render(<HeatTable {...props} />, 'en');
    expect(tablesOf(html)[0]!.rows[0]!.at(-1)).toBe('Total');
    expect(html).toContain('The darker the cell, the higher the number:');
  });
});
