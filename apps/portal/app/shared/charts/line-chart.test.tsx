import { describe, expect, it } from 'vitest';
import { attribute, drawingsOf, idsOf, referencesOf, render, tablesOf, textById } from './chart-test-support';
import { LineChart } from './line-chart';
import type { LineChartProps } from './line-chart';
import type { ChartValue } from './types';

const v = (value: number): ChartValue => ({ value, display: String(value) });
const hidden: ChartValue = { value: null, display: '<5' };

const months = ['jan.', 'feb.', 'mars', 'apr.'];
const props: LineChartProps = {
  title: 'Henvendelser per måned etter kanal',
  categoryHeading: 'Måned',
  categories: months.map((short, index) => ({ key: `2026-0${index + 1}`, label: `${short} 2026`, short })),
  series: [
    { key: 'PHONE', label: 'Telefon' },
    { key: 'EMAIL', label: 'E-post' },
  ],
  values: [
    [v(20), v(8)],
    [v(40), hidden],
    [v(30), v(6)],
    [v(10), v(12)],
  ],
};

/** A series' line and markers: the path's commands and the markers' positions. */
function seriesOf(markup: string, key: string) {
  const group = new RegExp(`<g data-series="${key}">([\\s\\S]*?)</g>`).exec(markup)![1]!;
  const line = /<path d="([^"]*)" class="portal-chart__line/.exec(group)?.[1] ?? '';
  const markers = [...group.matchAll(/transform="translate\(([\d.]+),([\d.]+)\)"/g)].map(([, x, y]) => ({
    x: Number(x),
    y: Number(y),
  }));
  return { line, markers };
}

describe('LineChart', () => {
  it('names and describes the drawing, and lists every point in the table', () => {
    const html = render(<LineChart {...props} />);
    const [drawing] = drawingsOf(html);
    expect(textById(html, attribute(drawing!.attributes, 'aria-labelledby')!)).toBe(props.title);
    expect(textById(html, attribute(drawing!.attributes, 'aria-describedby')!)).toBe(
      'Linjediagram med én linje for hver av Telefon, E-post. Tallene står i tabellen.',
    );
    expect(tablesOf(html)[0]!.rows).toEqual([
      ['Måned', 'Telefon', 'E-post'],
      ['jan. 2026', '20', '8'],
      ['feb. 2026', '40', '<5'],
      ['mars 2026', '30', '6'],
      ['apr. 2026', '10', '12'],
    ]);
  });

  it('plots known values to scale', () => {
    const [drawing] = drawingsOf(render(<LineChart {...props} />));
    const phone = seriesOf(drawing!.markup, 'PHONE');
    expect(phone.line).toMatch(/^M[^M]*$/);
    expect(phone.markers).toHaveLength(4);
    const base = /<line[^>]*y1="([\d.]+)"[^>]*class="portal-chart__axis"/.exec(drawing!.markup)![1];
    const height = (index: number) => Number(base) - phone.markers[index]!.y;
    expect(height(1) / height(0)).toBeCloseTo(2, 5);
    expect(height(3) / height(0)).toBeCloseTo(0.5, 5);
  });

  it('breaks the line at a hidden value and puts no marker there', () => {
    const html = render(<LineChart {...props} />);
    const email = seriesOf(drawingsOf(html)[0]!.markup, 'EMAIL');
    // January stands alone (a marker, no segment); the line starts again in March.
    expect(email.line.match(/M/g)).toHaveLength(2);
    expect(email.markers).toHaveLength(3);
    const phone = seriesOf(drawingsOf(html)[0]!.markup, 'PHONE');
    expect(email.markers.map((marker) => marker.x)).toEqual([0, 2, 3].map((index) => phone.markers[index]!.x));
    expect(html).toContain('Et brudd i en linje er et skjult tall, som står som «&lt;5» i tabellen.');
  });

  it('labels at most six months under the axis, and every month in the table', () => {
    const many = Array.from({ length: 24 }, (_, index) => ({
      key: `m${index}`,
      label: `måned ${index}`,
      short: `m${index}`,
    }));
    const html = render(
      <LineChart {...props} categories={many} values={many.map((_, index) => [v(index), v(index * 2)])} />,
    );
    const labels = [...drawingsOf(html)[0]!.markup.matchAll(/>(m\d+)<\/text>/g)].map(([, label]) => label);
    expect(labels).toEqual(['m0', 'm4', 'm8', 'm12', 'm16', 'm20']);
    expect(tablesOf(html)[0]!.rows).toHaveLength(25);
  });

  it('keeps its ids apart from other charts on the page', () => {
    const html = render(
      <>
        <LineChart {...props} />
        <LineChart {...props} title="Grupper startet per måned" />
      </>,
    );
    const ids = idsOf(html);
    expect(new Set(ids).size).toBe(ids.length);
    for (const reference of referencesOf(html)) expect(ids).toContain(reference);
  });

  it('speaks English on English pages', () => {
    const html = render(<LineChart {...props} />, 'en');
    expect(html).toContain('Line chart with one line for each of Telefon, E-post. The table has the figures.');
    expect(html).toContain('A gap in a line is a hidden number, shown as “&lt;5” in the table.');
  });
});
