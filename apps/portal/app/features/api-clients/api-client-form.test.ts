import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n/i18n';
import { formOf } from '../partners/test-support';
import {
  apiClientStatus,
  apiClientToFormValues,
  expiryDate,
  expiryInstant,
  readApiClientForm,
  toApiClientInput,
} from './api-client-form';

const t = createTranslator('nb');
const now = new Date('2026-12-05T09:00:00Z');

describe('API client form', () => {
  it('builds the gateway input; an empty partner and expiry are null', () => {
    const values = readApiClientForm(
      formOf({
        name: ' NAV Bergen ',
        contactName: 'Kari Nav',
        contactEmail: 'kari@nav.no',
        organisationNumber: ' 974760673 ',
        partnerId: '',
        scopes: ['GROUPS_READ', 'REFERRALS_WRITE'],
        districtIds: ['vest'],
        expiresAt: '',
      }),
      null,
    );
    expect(toApiClientInput(values, { t, lang: 'nb', now })).toEqual({
      ok: true,
      input: {
        name: 'NAV Bergen',
        contactName: 'Kari Nav',
        contactEmail: 'kari@nav.no',
        organisationNumber: '974760673',
        partnerId: null,
        scopes: ['GROUPS_READ', 'REFERRALS_WRITE'],
        districtIds: ['vest'],
        expiresAt: null,
      },
    });
  });

  it("keeps a district portal's own district whatever was posted", () => {
    const values = readApiClientForm(formOf({ districtIds: ['nord', 'ost'] }), 'vest');
    expect(values.districtIds).toEqual(['vest']);
  });

  it('reads the expiry as midnight in Oslo as the date begins, and shows it as that date again', () => {
    const instant = expiryInstant('2027-03-01');
    expect(instant?.toISOString()).toBe('2027-02-28T23:00:00.000Z');
    expect(expiryDate(instant!.toISOString())).toBe('2027-03-01');
    // Summer time: two hours ahead of UTC.
    expect(expiryInstant('2027-07-01')?.toISOString()).toBe('2027-06-30T22:00:00.000Z');
  });

  it('refuses an expiry that is no date, or already past', () => {
    const base = readApiClientForm(formOf({ name: 'X' }), 'vest');
    const garbled = toApiClientInput({ ...base, expiresAt: '1.3.2027' }, { t, lang: 'nb', now });
    expect(!garbled.ok && garbled.errors.fields).toEqual({ expiresAt: t('apiClients.form.dateFormat') });
    const past = toApiClientInput({ ...base, expiresAt: '2026-12-05' }, { t, lang: 'en', now });
    expect(!past.ok && past.errors.fields).toEqual({ expiresAt: 'The expiry date must be in the future.' });
  });

  it('turns a saved client into form values', () => {
    expect(
      apiClientToFormValues({
        name: 'NAV Bergen',
        contactName: 'Kari',
        contactEmail: 'kari@nav.no',
        organisationNumber: null,
        partnerId: null,
        scopes: ['GROUPS_READ'],
        districts: [{ id: 'vest' }],
        expiresAt: '2027-02-28T23:00:00.000Z',
      }),
    ).toEqual({
      name: 'NAV Bergen',
      contactName: 'Kari',
      contactEmail: 'kari@nav.no',
      organisationNumber: '',
      partnerId: '',
      scopes: ['GROUPS_READ'],
      districtIds: ['vest'],
      expiresAt: '2027-03-01',
    });
  });

  it('tells active, expired and revoked clients apart', () => {
    expect(apiClientStatus({ expiresAt: null, revokedAt: null }, now)).toBe('ACTIVE');
    expect(apiClientStatus({ expiresAt: '2026-12-06T00:00:00Z' }, now)).toBe('ACTIVE');
    expect(apiClientStatus({ expiresAt: '2026-12-05T09:00:00Z' }, now)).toBe('EXPIRED');
    expect(apiClientStatus({ expiresAt: '2026-12-01T00:00:00Z', revokedAt: '2026-11-01T00:00:00Z' }, now)).toBe(
      'REVOKED',
    );
  });
});
