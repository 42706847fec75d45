import { describe, expect, it } from 'vitest';
import {
  CONTACT_FORM_FIELDS,
  formVersion,
  LEFT_NO_PARTNER,
  MOVE_FORM_FIELDS,
  readContactForm,
  readMoveForm,
  toAddContactInput,
  toMoveContactInput,
  toUpdateContactInput,
} from './contact-form';
import { formErrorsFromGateway } from '../../shared/forms/form-errors';
import { partnerFieldOf } from './partner-form-errors';
import { formOf } from './test-support';
import { GatewayError } from '../../shared/gateway/errors';
import { createTranslator } from '../../shared/i18n/i18n';

const t = createTranslator('nb');

describe('contact form', () => {
  it('builds AddContactInput with the place and its start date', () => {
    const values = readContactForm(
      formOf({
        name: ' Kari Nordmann ',
        role: 'Leder',
        email: 'kari@bergen.kommune.no',
        phone: '',
        consentNote: 'Muntlig, 1. nov',
        since: '2026-11-01',
      }),
    );
    expect(toAddContactInput(values, 'p1', t)).toEqual({
      ok: true,
      input: {
        partnerId: 'p1',
        contact: {
          name: 'Kari Nordmann',
          email: 'kari@bergen.kommune.no',
          phone: null,
          consentNote: 'Muntlig, 1. nov',
        },
        role: 'Leder',
        since: '2026-11-01',
      },
    });
  });

  it('needs a name and a real date', () => {
    const result = toAddContactInput(readContactForm(formOf({ since: '1. november' })), 'p1', t);
    expect(!result.ok && Object.keys(result.errors.fields).sort()).toEqual(['name', 'since']);
  });

  it('builds UpdateContactInput with the version, leaving the start date alone', () => {
    const form = formOf({ name: 'Ola', role: '', version: '3', since: 'ignored' });
    expect(toUpdateContactInput(readContactForm(form), 'c1', formVersion(form), t)).toEqual({
      ok: true,
      input: {
        id: 'c1',
        version: 3,
        contact: { name: 'Ola', email: null, phone: null, consentNote: null },
        role: null,
      },
    });
    expect(formVersion(formOf({}))).toBe(0);
  });

  it('moves to another partner, or away with no partner and no role', () => {
    const moved = toMoveContactInput(
      readMoveForm(formOf({ toPartnerId: 'p2', role: 'Rådgiver', date: '2026-11-20' })),
      'c1',
      2,
      t,
    );
    expect(moved).toEqual({
      ok: true,
      input: { id: 'c1', version: 2, toPartnerId: 'p2', role: 'Rådgiver', date: '2026-11-20' },
    });
    const left = toMoveContactInput(
      readMoveForm(formOf({ toPartnerId: LEFT_NO_PARTNER, role: 'Rådgiver', date: '2026-11-20' })),
      'c1',
      2,
      t,
    );
    expect(left.ok && left.input).toMatchObject({ toPartnerId: null, role: null });
    const nothing = toMoveContactInput(readMoveForm(formOf({})), 'c1', 2, t);
    expect(!nothing.ok && nothing.errors.fields).toEqual({
      toPartnerId: t('partners.move.choose'),
      date: t('validation.required'),
    });
  });

  it('maps the gateway paths of contacts and moves to their fields', () => {
    const error = new GatewayError('BAD_USER_INPUT', 'x', [
      { field: 'input.contact.email', message: 'Ugyldig e-post.' },
      { field: 'input.since', message: 'Fremtidig dato.' },
    ]);
    expect(
      formErrorsFromGateway(error, { fields: CONTACT_FORM_FIELDS, fieldOf: partnerFieldOf(CONTACT_FORM_FIELDS) })
        .fields,
    ).toEqual({ email: 'Ugyldig e-post.', since: 'Fremtidig dato.' });
    const move = new GatewayError('BAD_USER_INPUT', 'x', [{ field: 'input.toPartnerId', message: 'Samme partner.' }]);
    expect(
      formErrorsFromGateway(move, { fields: MOVE_FORM_FIELDS, fieldOf: partnerFieldOf(MOVE_FORM_FIELDS) }).fields,
    ).toEqual({ toPartnerId: 'Samme partner.' });
  });
});
