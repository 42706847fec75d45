import { renderToStaticMarkup } from 'react-dom/server';
import { createRoutesStub } from 'react-router';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../shared/i18n/i18n-context';
import type { ImportResult } from '../import.server';
import { ImportCheck } from './import-check';

const result: ImportResult = {
  dryRun: true,
  committed: false,
  validCount: 2,
  invalidCount: 1,
  duplicateCount: 1,
  createdCount: 0,
  rows: [
    { line: 2, name: 'Sorggruppe', municipalityName: 'Bergen', valid: true, duplicate: true, errors: [] },
    { line: 3, name: 'Angstgruppe', municipalityName: 'Bergen', valid: true, duplicate: false, errors: [] },
    {
      line: 4,
      name: 'Uten kommune',
      municipalityName: null,
      valid: false,
      duplicate: false,
      errors: [
        {
          column: 'kommune',
          message: 'Ukjent kommunenummer 9999.',
          reason: 'MUNICIPALITY_NUMBER_UNKNOWN',
          params: [{ name: 'number', value: '9999' }],
        },
      ],
    },
  ],
};

function render(lang: 'nb' | 'en', errors?: Parameters<typeof ImportCheck>[0]['errors']) {
  const Stub = createRoutesStub([
    {
      path: '/vest/grupper/import',
      Component: () => <ImportCheck fileName="grupper.csv" csv="x" result={result} errors={errors} />,
    },
  ]);
  return renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <Stub initialEntries={['/vest/grupper/import']} />
    </I18nProvider>,
  );
}

describe('ImportCheck', () => {
  it('renders row errors in the page’s language from their reason', () => {
    expect(render('en')).toContain('kommune: Unknown municipality number 9999.');
    expect(render('nb')).toContain('kommune: Ukjent kommunenummer 9999.');
  });

  it('flags duplicates, offers to import them anyway and counts only the new rows on the button', () => {
    const html = render('nb');
    expect(html).toContain('data-testid="import-duplicate"');
    expect(html).toContain('name="importDuplicates"');
    expect(html).toContain('Importer gyldige rader (1)');
  });

  it('says next to the checkbox why the last confirm was refused', () => {
    const html = render('nb', { skipInvalid: '1 rader har feil. Rett dem, eller velg å hoppe over dem.' });
    expect(html).toMatch(/id="import-skip-invalid"[^>]*aria-invalid="true"/);
    expect(html).toContain('id="import-skip-invalid-error"');
  });
});
