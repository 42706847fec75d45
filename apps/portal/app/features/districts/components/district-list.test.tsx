import { renderToStaticMarkup } from 'react-dom/server';
import { createRoutesStub } from 'react-router';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../shared/i18n/i18n-context';
import { DistrictList } from './district-list';

describe('DistrictList on the national portal', () => {
  it("leads to each district's read-only page in the national portal (not to a district login)", () => {
    const Stub = createRoutesStub([
      {
        path: '/nasjonalt',
        Component: () => (
          <DistrictList
            districts={[
              {
                id: 'vest',
                name: 'Selvhjelp Vest',
                officeTown: 'Bergen',
                counties: [{ number: '46', name: 'Vestland', municipalityCount: 43 }],
              },
            ]}
          />
        ),
      },
    ]);
    const html = renderToStaticMarkup(
      <I18nProvider lang="nb">
        <Stub initialEntries={['/nasjonalt']} />
      </I18nProvider>,
    );
    expect(html).toContain('href="/nasjonalt/distrikter/vest"');
    expect(html).not.toContain('href="/vest"');
  });
});
