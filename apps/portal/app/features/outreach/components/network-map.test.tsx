import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { NetworkMapData } from './network-map';
import { PartnersByType, ReachOutNext } from './network-map';
import { I18nProvider } from '../../../shared/i18n/i18n-context';

const network: NetworkMapData = {
  municipalities: [],
  activePartnersByType: [
    { type: 'MUNICIPALITY', count: 2 },
    { type: 'NAV_OFFICE', count: 0 },
    { type: 'LIBRARY', count: 5 },
  ],
  withNeither: [{ number: '4631', name: 'Alver' }],
  withoutActivePartner: [
    { number: '4631', name: 'Alver' },
    { number: '4621', name: 'Voss' },
  ],
  withoutGroup: [],
  activePartnersElsewhere: 0,
};

describe('network map', () => {
  it('draws the chart as one labelled image, with the table as its text alternative', () => {
    const html = renderToStaticMarkup(
      <I18nProvider lang="nb">
        <PartnersByType network={network} />
      </I18nProvider>,
    );
    const labelledBy = /<svg role="img" aria-labelledby="([^"]+)"/.exec(html)?.[1]?.split(' ') ?? [];
    expect(labelledBy).toHaveLength(2);
    expect(html).toContain(`<title id="${labelledBy[0]}">Stolpediagram: aktive samarbeidspartnere etter type</title>`);
    expect(html).toContain(
      `<desc id="${labelledBy[1]}">7 aktive samarbeidspartnere i alt; flest av typen Bibliotek (5).`,
    );
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(html).toContain('<caption>Aktive samarbeidspartnere etter type (7 i alt)</caption>');
    expect(html).toContain('<th scope="row"');
  });

  it('puts the municipalities with neither first, under a heading that says so', () => {
    const html = renderToStaticMarkup(
      <I18nProvider lang="en">
        <ReachOutNext network={network} />
      </I18nProvider>,
    );
    expect(html.indexOf('Municipalities with neither an active partner nor a group')).toBeLessThan(
      html.indexOf('without an active partner'),
    );
    expect(html).toContain('<li>Alver</li>');
    expect(html).toContain('Municipalities without a group (0)');
  });
});
