import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n/i18n';
import { formOf } from '../partners/test-support';
import { draftReferralInput, readReferralForm, referralFieldOfPath, toReferralInput } from './referral-form';
import { parseReferralQuery, referralListHref } from './referral-query';

const t = createTranslator('nb');
const dps = {
  name: ' Bjørgvin DPS ',
  type: 'DPS',
  offers: 'Poliklinikk og dagbehandling.',
  areaKind: 'MUNICIPALITIES',
  municipalityNumbers: ['4601', '4601', '4626'],
  howToRefer: 'Henvisning fra fastlege.',
  phone: '55 97 00 00',
  website: '',
  partnerId: '',
};

describe('referral form', () => {
  it('reads a local resource with its municipalities once each', () => {
    const result = toReferralInput(readReferralForm(formOf(dps)), t);
    expect(result).toEqual({
      ok: true,
      input: {
        name: 'Bjørgvin DPS',
        type: 'DPS',
        offers: 'Poliklinikk og dagbehandling.',
        areaKind: 'MUNICIPALITIES',
        municipalityNumbers: ['4601', '4626'],
        howToRefer: 'Henvisning fra fastlege.',
        phone: '55 97 00 00',
        website: null,
        partnerId: null,
      },
    });
  });

  it('drops ticked municipalities when the area is not local', () => {
    expect(draftReferralInput(readReferralForm(formOf({ ...dps, areaKind: 'NATIONAL' }))).municipalityNumbers).toEqual(
      [],
    );
  });

  it('names every missing text at once', () => {
    const result = toReferralInput(readReferralForm(formOf({ ...dps, name: '', offers: '', howToRefer: '' })), t);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors.fields).sort()).toEqual(['howToRefer', 'name', 'offers']);
  });

  it('maps gateway paths to fields', () => {
    expect(referralFieldOfPath('resource.phone')).toBe('phone');
    expect(referralFieldOfPath('input.resource.municipalityNumbers.2')).toBe('municipalityNumbers');
    expect(referralFieldOfPath('id')).toBeNull();
  });
});

describe('referral list query', () => {
  it('keeps known values and drops the rest', () => {
    const query = parseReferralQuery(
      new URLSearchParams('type=DPS&area=PLANET&kommune=4601&arkiverte=ja&q=%20sorg%20'),
      ['4601'],
    );
    expect(query).toEqual({ q: 'sorg', type: 'DPS', area: '', kommune: '4601', arkiverte: 'ja', after: '' });
    expect(referralListHref(query)).toBe('?q=sorg&type=DPS&kommune=4601&arkiverte=ja');
  });
});
