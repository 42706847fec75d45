import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n/i18n';
import {
  draftInquiryInput,
  emptyInquiryForm,
  inquiryFieldOfPath,
  parseMinutes,
  readInquiryForm,
  toInquiryInput,
} from './inquiry-form';
import { formOf } from '../partners/test-support';

const t = createTranslator('nb');
const wording = (purpose: string) => `ord for ${purpose}`;
const TODAY = '2026-12-05';

const phoneFromRelative = {
  receivedOn: '2026-12-05',
  receivedTime: '00:10',
  channel: 'PHONE',
  inquirerType: 'RELATIVE',
  publicServiceType: '',
  partnerId: '',
  themeIds: ['grief', 'relatives'],
  municipalityNumber: '4601',
  minutesSpent: ' 15 ',
  actions: ['INFORMATION_GIVEN', 'REFERRED_TO_GROUP'],
  note: '  Mor ringte om en sorggruppe.  ',
};

describe('emptyInquiryForm', () => {
  it('starts at now in Oslo (CET in December)', () => {
    const values = emptyInquiryForm(new Date('2026-12-04T23:30:00Z'));
    expect(values.receivedOn).toBe('2026-12-05');
    expect(values.receivedTime).toBe('00:30');
    expect(values.actions).toEqual([]);
  });
});

describe('readInquiryForm', () => {
  it('keeps what was typed, trimmed, with lists once each', () => {
    const values = readInquiryForm(
      formOf({ ...phoneFromRelative, actions: ['INFORMATION_GIVEN', 'INFORMATION_GIVEN'] }),
    );
    expect(values.note).toBe('Mor ringte om en sorggruppe.');
    expect(values.minutesSpent).toBe('15');
    expect(values.actions).toEqual(['INFORMATION_GIVEN']);
    expect(values.themeIds).toEqual(['grief', 'relatives']);
    expect(values.consents).toEqual([]);
  });
});

describe('parseMinutes', () => {
  it('reads whole numbers, empty as null, anything else as undefined', () => {
    expect(parseMinutes('15')).toBe(15);
    expect(parseMinutes('')).toBeNull();
    expect(parseMinutes('1,5')).toBeUndefined();
    expect(parseMinutes('ti')).toBeUndefined();
  });
});

describe('toInquiryInput', () => {
  it('a phone inquiry from a relative becomes an InquiryInput without person or consents', () => {
    const result = toInquiryInput(readInquiryForm(formOf(phoneFromRelative)), t, wording, TODAY);
    expect(result).toEqual({
      ok: true,
      input: {
        receivedOn: '2026-12-05',
        receivedTime: '00:10',
        channel: 'PHONE',
        inquirerType: 'RELATIVE',
        publicServiceType: null,
        partnerId: null,
        themeIds: ['grief', 'relatives'],
        languages: [],
        municipalityNumber: '4601',
        minutesSpent: 15,
        actions: ['INFORMATION_GIVEN', 'REFERRED_TO_GROUP'],
        note: 'Mor ringte om en sorggruppe.',
        person: null,
        consents: [],
      },
    });
  });

  it('sends the service only with a public service, the partner only with a partner', () => {
    const values = readInquiryForm(
      formOf({ ...phoneFromRelative, publicServiceType: 'NAV', partnerId: '7f1c9a9e-3c1f-4b7e-9a51-8d3f0f4a1b2c' }),
    );
    const draft = draftInquiryInput(values, wording, TODAY);
    expect(draft.publicServiceType).toBeNull();
    expect(draft.partnerId).toBeNull();
    expect(draftInquiryInput({ ...values, inquirerType: 'PUBLIC_SERVICE' }, wording, TODAY).publicServiceType).toBe(
      'NAV',
    );
  });

  it('ticked consents go with their words and today; contact details with their method', () => {
    const values = readInquiryForm(
      formOf({
        ...phoneFromRelative,
        personAlias: 'Kari',
        contactMethod: 'PHONE',
        contactValue: '912 34 567',
        consents: ['FOLLOW_UP_CONTACT', 'INTEREST_LIST'],
      }),
    );
    const result = toInquiryInput(values, t, wording, TODAY);
    expect(result.ok && result.input.person).toEqual({
      alias: 'Kari',
      contact: { method: 'PHONE', value: '912 34 567' },
    });
    expect(result.ok && result.input.consents).toEqual([
      { purpose: 'FOLLOW_UP_CONTACT', givenOn: TODAY, wording: 'ord for FOLLOW_UP_CONTACT' },
      { purpose: 'INTEREST_LIST', givenOn: TODAY, wording: 'ord for INTEREST_LIST' },
    ]);
  });

  it('stops on missing choices and unread numbers', () => {
    const result = toInquiryInput(
      readInquiryForm(formOf({ ...phoneFromRelative, channel: '', minutesSpent: 'en halvtime' })),
      t,
      wording,
      TODAY,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.fields.minutesSpent).toBe(t('validation.wholeNumber'));
  });
});

describe('inquiryFieldOfPath', () => {
  it('maps gateway and schema paths to the form fields', () => {
    expect(inquiryFieldOfPath('input.note')).toBe('note');
    expect(inquiryFieldOfPath('input.inquiry.minutesSpent')).toBe('minutesSpent');
    expect(inquiryFieldOfPath('person.alias')).toBe('personAlias');
    expect(inquiryFieldOfPath('input.person.contact.value')).toBe('contactValue');
    expect(inquiryFieldOfPath('person.contact.method')).toBe('contactMethod');
    expect(inquiryFieldOfPath('consents.1.wording')).toBe('consents');
    expect(inquiryFieldOfPath('themeIds.0')).toBe('themeIds');
    expect(inquiryFieldOfPath('input.languages')).toBeNull();
  });
});
