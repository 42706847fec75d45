import { renderToStaticMarkup } from 'react-dom/server';
import { createRoutesStub } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { GroupFormProps } from './group-form';
import { GroupForm } from './group-form';
import { emptyFormErrors } from '../../../shared/forms/form-errors';
import { EMPTY_GROUP_FORM } from '../group-form';
import { I18nProvider } from '../../../shared/i18n/i18n-context';

const municipalities = [
  { number: '4601', name: 'Bergen' },
  { number: '4621', name: 'Voss' },
];

function renderForm(props: Partial<GroupFormProps>) {
  const Stub = createRoutesStub([
    {
      path: '/vest/grupper/ny',
      Component: () => (
        <GroupForm
          values={EMPTY_GROUP_FORM}
          errors={emptyFormErrors()}
          municipalities={municipalities}
          cancelHref="/vest/grupper"
          {...props}
        />
      ),
    },
  ]);
  return renderToStaticMarkup(
    <I18nProvider lang="nb">
      <Stub initialEntries={['/vest/grupper/ny']} />
    </I18nProvider>,
  );
}

describe('GroupForm', () => {
  it('is a plain POST form with fieldsets, legends and labelled fields', () => {
    const html = renderForm({});
    expect(html).toMatch(/<form[^>]*method="post"/);
    for (const legend of ['Om gruppen', 'Tema', 'Målgruppe', 'Sted og møteform', 'Møteform', 'Møtested', 'Møtetider']) {
      expect(html).toContain(`>${legend}</legend>`);
    }
    expect(html).toContain('<label class="ds-label" for="group-venuePostalCode">Postnummer</label>');
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*id="group-themeIds"[^>]*name="themeIds"[^>]*value="grief"/);
    expect(html).toMatch(/<option value="4601">Bergen \(4601\)<\/option>/);
    expect(html).not.toContain('name="version"');
    expect(html).not.toContain('ds-error-summary');
  });

  it('shows the gateway’s errors next to their fields and in a summary linking to them, keeping the input', () => {
    const html = renderForm({
      values: { ...EMPTY_GROUP_FORM, name: 'Sorggruppe', venuePostalCode: '12', themeIds: ['grief'] },
      errors: { fields: { venuePostalCode: 'Postnummer må ha fire sifre.' }, form: ['Noe annet er galt.'] },
    });
    expect(html).toContain('<ds-error-summary');
    expect(html).toContain(
      '<a class="ds-link" data-color="neutral" href="#group-venuePostalCode">Postnummer: Postnummer må ha fire sifre.</a>',
    );
    expect(html).toContain('Noe annet er galt.');
    expect(html).toMatch(
      /id="group-venuePostalCode"[^>]*aria-invalid="true"[^>]*aria-describedby="group-venuePostalCode-error"[^>]*value="12"/,
    );
    expect(html).toContain('id="group-venuePostalCode-error">Postnummer må ha fire sifre.</p>');
    expect(html).toMatch(/id="group-name"[^>]*value="Sorggruppe"/);
    expect(html).toMatch(/id="group-themeIds"[^>]*checked=""/);
  });

  it('after a conflict shows what is saved now and sends the new version', () => {
    const html = renderForm({
      version: 3,
      values: { ...EMPTY_GROUP_FORM, name: 'Mitt navn' },
      errors: { fields: {}, form: ['Noen andre har lagret endringer.'] },
      conflict: {
        current: { ...EMPTY_GROUP_FORM, name: 'Deres navn' },
        version: 4,
        updatedAt: '2026-11-22T09:00:00.000Z',
      },
      reloadHref: '/vest/grupper/g1/rediger',
    });
    expect(html).toContain('<input type="hidden" name="version" value="4"/>');
    expect(html).toContain('Gruppen er endret av noen andre');
    expect(html).toMatch(/<th[^>]*>Navn<\/th><td[^>]*>Deres navn<\/td><td[^>]*>Mitt navn<\/td>/);
    expect(html).toContain('href="/vest/grupper/g1/rediger"');
    expect(html).toMatch(/id="group-name"[^>]*value="Mitt navn"/);
  });
});
