import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createRoutesStub } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AgreementForm } from './agreement-form';
import { MoveContactForm } from './contact-form';
import { PartnerForm } from './partner-form';
import { emptyFormErrors } from '../../../shared/forms/form-errors';
import { EMPTY_AGREEMENT_FORM } from '../agreement-form';
import { EMPTY_PARTNER_FORM } from '../partner-form';
import { I18nProvider } from '../../../shared/i18n/i18n-context';

function render(element: ReactNode) {
  const Stub = createRoutesStub([{ path: '/vest/samarbeidspartnere/ny', Component: () => element }]);
  return renderToStaticMarkup(
    <I18nProvider lang="nb">
      <Stub initialEntries={['/vest/samarbeidspartnere/ny']} />
    </I18nProvider>,
  );
}

const districts = [
  { id: 'sorvest', name: 'Selvhjelp Sørvest' },
  { id: 'midt', name: 'Selvhjelp Midt' },
];

describe('partner forms', () => {
  it('labels every field, groups the districts under a legend and keeps an outside municipality selected', () => {
    const html = render(
      <PartnerForm
        values={{
          ...EMPTY_PARTNER_FORM,
          name: 'Mental Helse',
          municipalityNumber: '0301',
          workingDistrictIds: ['midt'],
        }}
        errors={{ fields: { organisationNumber: 'Feil kontrollsiffer.' }, form: [] }}
        municipalities={[
          { number: '0301', name: 'Oslo' },
          { number: '4601', name: 'Bergen' },
        ]}
        otherDistricts={districts}
        version={3}
        cancelHref="/vest/samarbeidspartnere"
      />,
    );
    expect(html).toMatch(/<form[^>]*method="post"/);
    expect(html).toMatch(/<label[^>]*for="partner-organisationNumber"/);
    expect(html).toContain('<legend');
    expect(html).toMatch(/<option value="0301" selected="">Oslo<\/option>/);
    expect(html).toMatch(/id="partner-workingDistrictIds-midt"[^>]*checked=""/);
    expect(html).toContain('href="#partner-organisationNumber"');
    expect(html).toContain('name="version" value="3"');
  });

  it('sends agreements as multipart with the allowed types in accept', () => {
    const html = render(
      <AgreementForm
        values={EMPTY_AGREEMENT_FORM}
        errors={emptyFormErrors()}
        cancelHref="/vest/samarbeidspartnere/p1"
        fileDropped
      />,
    );
    expect(html).toMatch(/<form[^>]*encType="multipart\/form-data"/i);
    expect(html).toMatch(/type="file"[^>]*accept="[^"]*\.pdf[^"]*"/);
    expect(html).toContain('Velg filen på nytt.');
  });

  it('offers "left" apart from "not chosen" when moving a person', () => {
    const html = render(
      <MoveContactForm
        values={{ toPartnerId: '', role: '', date: '2026-11-22' }}
        errors={emptyFormErrors()}
        version={1}
        conflict={false}
        partners={[{ id: 'p2', name: 'NAV Åsane' }]}
        reloadHref="/vest/kontaktpersoner/c1"
      />,
    );
    expect(html).toContain('<option value="" selected="">Velg</option>');
    expect(html).toContain('<option value="left">Sluttet (ingen samarbeidspartner)</option>');
    expect(html).toMatch(/<form[^>]*action="\/vest\/kontaktpersoner\/c1"/);
  });
});
