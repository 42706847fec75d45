import { municipalitiesInCounty } from '@selvhjelp/domain';
import { describe, expect, it } from 'vitest';
import { attribute, drawingsOf, idsOf, referencesOf, render, tablesOf, textById } from './chart-test-support';
import { MunicipalityMap } from './municipality-map';
import { NORWAY_MAP } from './norway-map';

// Oslo (03) is one municipality; Finnmark (56) has eighteen.
const covered = ['0301', '5601', '5603', '5605'];

function filled(markup: string) {
  return [...markup.matchAll(/<path d="[^"]*" data-municipality="(\d{4})"([^>]*)>/g)].map(([, number, rest]) => ({
    number: number!,
    covered: rest!.includes('portal-map__covered'),
  }));
}

describe('MunicipalityMap', () => {
  it('draws every municipality and fills the covered ones, under the county borders', () => {
    const [drawing] = drawingsOf(render(<MunicipalityMap title="Dekning" covered={covered} />));
    const shapes = filled(drawing!.markup);
    expect(shapes).toHaveLength(357);
    expect(shapes.filter((shape) => shape.covered).map((shape) => shape.number)).toEqual(covered);
    // Borders are drawn last, so they stay on top of the fills.
    expect(drawing!.markup.lastIndexOf('portal-map__county-border')).toBeGreaterThan(
      drawing!.markup.lastIndexOf('data-municipality'),
    );
    expect(attribute(drawing!.attributes, 'viewBox')).toBe(NORWAY_MAP.viewBox.join(' '));
  });

  it('counts per county in the table beside it, with the total and the share', () => {
    const html = render(<MunicipalityMap title="Dekning" covered={covered} />);
    const [table] = tablesOf(html);
    expect(table!.caption).toBe('Dekning – tabell');
    expect(table!.rows[0]).toEqual(['Fylke', 'Kommuner med åpen gruppe', 'Kommuner i alt', 'Andel']);
    expect(table!.rows).toHaveLength(1 + 15 + 1);
    expect(table!.rows[1]).toEqual(['Oslo', '1', '1', '100 %']);
    expect(table!.rows.find((row) => row[0] === 'Finnmark')).toEqual([
      'Finnmark',
      '3',
      String(municipalitiesInCounty('56').length),
      `${Math.round((3 / municipalitiesInCounty('56').length) * 100)} %`,
    ]);
    expect(table!.rows.find((row) => row[0] === 'Agder')?.slice(1, 2)).toEqual(['0']);
    expect(table!.rows.at(-1)).toEqual(['Totalt', '4', '357', '1 %']);
  });

  it('is named and described as one image, and credits Kartverket', () => {
    const html = render(<MunicipalityMap title="Kommuner med minst én åpen gruppe" covered={covered} />);
    const [drawing] = drawingsOf(html);
    expect(textById(html, attribute(drawing!.attributes, 'aria-labelledby')!)).toBe(
      'Kommuner med minst én åpen gruppe',
    );
    expect(textById(html, attribute(drawing!.attributes, 'aria-describedby')!)).toBe(
      'Kart over Norges kommuner: 4 av 357 kommuner har minst én åpen gruppe og er mørke og skraverte. Tallene per fylke står i tabellen.',
    );
    expect(html).toContain('Kartdata: Kartverket (CC BY 4.0)');
    expect(render(<MunicipalityMap title="Coverage" covered={covered} />, 'en')).toContain(
      'Map data: Kartverket (CC BY 4.0)',
    );
  });

  it("zooms to a district's counties and counts only theirs", () => {
    const html = render(<MunicipalityMap title="Dekning" covered={covered} counties={['55', '56']} />);
    const [drawing] = drawingsOf(html);
    const inNorth = municipalitiesInCounty('55').length + municipalitiesInCounty('56').length;
    expect(filled(drawing!.markup)).toHaveLength(inNorth);
    const [x0, y0, width, height] = attribute(drawing!.attributes, 'viewBox')!.split(' ').map(Number);
    const finnmark = NORWAY_MAP.counties['56']!;
    expect(x0! + width!).toBeGreaterThanOrEqual(finnmark[2]);
    expect(y0).toBeLessThanOrEqual(finnmark[1]);
    expect(height).toBeLessThan(NORWAY_MAP.viewBox[3] / 2);
    expect(tablesOf(html)[0]!.rows.map((row) => row[0])).toEqual(['Fylke', 'Troms', 'Finnmark', 'Totalt']);
    expect(tablesOf(html)[0]!.rows.at(-1)!.slice(0, 3)).toEqual(['Totalt', '3', String(inNorth)]);
  });

  it('keeps its ids apart from other maps on the page', () => {
    const html = render(
      <>
        <MunicipalityMap title="I år" covered={covered} />
        <MunicipalityMap title="I fjor" covered={[]} />
      </>,
    );
    const ids = idsOf(html);
    expect(new Set(ids).size).toBe(ids.length);
    for (const reference of referencesOf(html)) expect(ids).toContain(reference);
  });
});
