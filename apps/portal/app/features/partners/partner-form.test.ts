import { describe, expect, it } from 'vitest';
import { formErrorsFromGateway } from '../../shared/forms/form-errors';
import { partnerFieldOf } from './partner-form-errors';
import { PARTNER_FORM_FIELDS, partnerToFormValues, readPartnerForm, toPartnerInput } from './partner-form';
import { formOf } from './test-support';
import { GatewayError } from '../../shared/gateway/errors';
import { createTranslator } from '../../shared/i18n/i18n';

const t = createTranslator('nb');

describe('partner form', () => {
  it('builds PartnerInput, empty optional fields as null', () => {
    const values = readPartnerForm(
      formOf({
        name: ' Bergen kommune ',
        type: 'MUNICIPALITY',
        organisationNumber: '964 338 531',
        municipalityNumber: '4601',
        streetAddress: '',
        postalCode: '5020',
        postalPlace: 'Bergen',
        website: 'bergen.kommune.no',
        status: 'ACTIVE',
        workingDistrictIds: ['sorvest', 'midt'],
        notes: '',
      }),
    );
    expect(toPartnerInput(values, t)).toEqual({
      ok: true,
      input: {
        name: 'Bergen kommune',
        type: 'MUNICIPALITY',
        organisationNumber: '964 338 531',
        municipalityNumber: '4601',
        streetAddress: null,
        postalCode: '5020',
        postalPlace: 'Bergen',
        website: 'bergen.kommune.no',
        status: 'ACTIVE',
        workingDistrictIds: ['sorvest', 'midt'],
        notes: null,
      },
    });
  });

  it('needs a name, a type and a municipality; status defaults to PROSPECT', () => {
    const values = readPartnerForm(formOf({ type: 'NOPE' }));
    expect(values.status).toBe('PROSPECT');
    const result = toPartnerInput(values, t);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors.fields).sort()).toEqual(['municipalityNumber', 'name', 'type']);
  });

  it('names the organisation number when the digits or the check digit are wrong', () => {
    const base = readPartnerForm(formOf({ name: 'NAV Bergen', type: 'NAV_OFFICE', municipalityNumber: '4601' }));
    const wrongDigit = toPartnerInput({ ...base, organisationNumber: '964338532' }, t);
    expect(!wrongDigit.ok && wrongDigit.errors.fields).toEqual({
      organisationNumber: t('partners.form.orgNumberCheckDigit'),
    });
    const tooShort = toPartnerInput({ ...base, organisationNumber: '12345' }, t);
    expect(!tooShort.ok && tooShort.errors.fields).toEqual({ organisationNumber: t('partners.form.orgNumberFormat') });
  });

  it('turns a saved partner into form values without the own district', () => {
    const values = partnerToFormValues(
      {
        name: 'Frivilligsentralen',
        type: 'VOLUNTEER_CENTRE',
        organisationNumber: null,
        municipality: { number: '1103' },
        status: 'DORMANT',
        districts: [{ id: 'vest' }, { id: 'sorvest' }],
        notes: 'Ring før jul',
      },
      'vest',
    );
    expect(values).toMatchObject({
      organisationNumber: '',
      municipalityNumber: '1103',
      workingDistrictIds: ['sorvest'],
      website: '',
    });
  });

  it('places the gateway messages at their fields, list items at the list', () => {
    const error = new GatewayError('BAD_USER_INPUT', 'Ugyldig', [
      { field: 'input.partner.organisationNumber', message: 'Finnes allerede i distriktet.' },
      { field: 'input.partner.workingDistrictIds.1', message: 'Ukjent distrikt.' },
      { field: 'input.somethingElse', message: 'Noe annet.' },
    ]);
    expect(
      formErrorsFromGateway(error, { fields: PARTNER_FORM_FIELDS, fieldOf: partnerFieldOf(PARTNER_FORM_FIELDS) }),
    ).toEqual({
      fields: { organisationNumber: 'Finnes allerede i distriktet.', workingDistrictIds: 'Ukjent distrikt.' },
      form: ['Noe annet.'],
    });
  });
});
