import { describe, expect, it } from 'vitest';
import { attribute, drawingsOf, idsOf, referencesOf, render, tablesOf, textById } from './chart-test-support';
import { StackedBarChart } from './stacked-bar-chart';
import type { StackedBarChartProps } from './stacked-bar-chart';
import type { ChartValue } from './types';

const v = (value: number): ChartValue => ({ value, display: String(value) });
const hidden: ChartValue = { value: null, display: '<5' };

const props: StackedBarChartProps = {
  title: 'Grupper per distrikt etter status',
  categoryHeading: 'Distrikt',
  categories: [
    { key: 'nord', label: 'Nord-Norge' },
    { key: 'vest', label: 'Vest' },
  ],
  series: [
    { key: 'STARTING', label: 'Under oppstart' },
    { key: 'RUNNING', label: 'I gang' },
    { key: 'PAUSED', label: 'Pause' },
  ],
  values: [
    // Two hidden parts: a total minus the rest must not give a hidden number away.
    [v(10), hidden, hidden],
    [v(6), v(12), v(20)],
  ],
  totals: [v(44), v(38)],
};

/** The drawn parts of one bar: series key and width. */
function segments(markup: string, barIndex: number) {
  const bar = [...markup.matchAll(/<g class="portal-chart__bar">([\s\S]*?)<\/g>/g)][barIndex]![1]!;
  return [...bar.matchAll(/<rect([^>]*)>/g)].map(([, attributes]) => ({
    series: attribute(attributes!, 'data-series'),
    width: Number(attribute(attributes!, 'width')),
  }));
}

describe('StackedBarChart', () => {
  it('names the drawing by its title and describes it, as one image', () => {
    const html = render(<StackedBarChart {...props} />);
    const [drawing] = drawingsOf(html);
    expect(drawing).toBeDefined();
    expect(textById(html, attribute(drawing!.attributes, 'aria-labelledby')!)).toBe(props.title);
    expect(textById(html, attribute(drawing!.attributes, 'aria-describedby')!)).toBe(
      'Liggende stolper, én for hver rad i tabellen, delt etter Under oppstart, I gang, Pause. Tallene står i tabellen.',
    );
    // React hoists a <title> into <head> unless it sits in an <svg>: it must stay the drawing's.
    expect(drawing!.markup).toContain(`<title id="${attribute(drawing!.attributes, 'aria-labelledby')}">`);
    expect(html).toContain(`<figcaption class="portal-chart__caption">${props.title}</figcaption>`);
  });

  it('puts every number in the table, hidden ones as "<5", with the totals the gateway gave', () => {
    const [table] = tablesOf(render(<StackedBarChart {...props} />));
    expect(table!.caption).toBe('Grupper per distrikt etter status – tabell');
    expect(table!.rows).toEqual([
      ['Distrikt', 'Under oppstart', 'I gang', 'Pause', 'Totalt'],
      ['Nord-Norge', '10', '<5', '<5', '44'],
      ['Vest', '6', '12', '20', '38'],
    ]);
  });

  it('draws known values to scale and leaves a hidden one out of the bar', () => {
    const [drawing] = drawingsOf(render(<StackedBarChart {...props} />));
    const north = segments(drawing!.markup, 0);
    expect(north.map((segment) => segment.series)).toEqual(['STARTING']);
    const west = segments(drawing!.markup, 1);
    expect(west.map((segment) => segment.series)).toEqual(['STARTING', 'RUNNING', 'PAUSED']);
    expect(west[1]!.width / west[0]!.width).toBeCloseTo(2, 5);
    expect(west[2]!.width / north[0]!.width).toBeCloseTo(2, 5);
  });

  it('labels a bar with a hidden part by what is known plus "<5", never a made-up sum', () => {
    const { totals: _totals, ...withoutTotals } = props;
    const html = render(<StackedBarChart {...withoutTotals} />);
    const [drawing] = drawingsOf(html);
    expect(drawing!.markup).toContain('>10 + &lt;5 + &lt;5</text>');
    expect(drawing!.markup).toContain('>38</text>');
    expect(tablesOf(html)[0]!.rows[0]).toEqual(['Distrikt', 'Under oppstart', 'I gang', 'Pause']);
    expect(html).toContain('står som «&lt;5» i tabellen');
  });

  it('says nothing about hidden numbers when none are hidden', () => {
    const html = render(<StackedBarChart {...props} values={[[v(1), v(2), v(3)], props.values[1]!]} />);
    expect(html).not.toContain('&lt;5');
    expect(html).not.toContain('portal-chart__note');
  });

  it('gives two charts on one page ids of their own, and every reference finds its target', () => {
    const html = render(
      <>
        <StackedBarChart {...props} />
        <StackedBarChart {...props} title="Grupper i fjor" />
      </>,
    );
    const ids = idsOf(html);
    expect(new Set(ids).size).toBe(ids.length);
    for (const reference of referencesOf(html)) expect(ids).toContain(reference);
  });

  it('speaks English on English pages', () => {
    const html = render(<StackedBarChart {...props} title="Groups by district and status" />, 'en');
    expect(tablesOf(html)[0]!.caption).toBe('Groups by district and status – table');
    expect(tablesOf(html)[0]!.rows[0]!.at(-1)).toBe('Total');
    expect(html).toContain('show as “&lt;5” in the table');
  });

  it('says there is nothing to show when there are no bars, and keeps the empty table', () => {
    const html = render(<StackedBarChart {...props} categories={[]} values={[]} totals={[]} />);
    expect(drawingsOf(html)).toHaveLength(0);
    expect(html).toContain('Ingen tall å vise for perioden.');
    expect(tablesOf(html)[0]!.rows).toHaveLength(1);
  });

  it('refuses values that do not fit the categories and series', () => {
    expect(() => render(<StackedBarChart {...props} values={[[v(1)], [v(2)]]} />)).toThrow(/one value per series/);
  });
});
