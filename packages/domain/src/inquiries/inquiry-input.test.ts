import { describe, expect, it } from 'vitest';
import { refusalsOfZodError } from '../messages/index.js';
import { makeInquiryInputSchema } from './inquiry-input.js';

// 14:05 in Oslo on 4 December 2026.
const NOW = new Date('2026-12-04T13:05:00Z');
const schema = makeInquiryInputSchema(NOW);
const PARTNER_ID = '0b6f7a56-3c0e-4c8e-9d5e-2f1a9c7b1d01';
const CONSENT = { purpose: 'FOLLOW_UP_CONTACT', givenOn: '2026-12-04', wording: 'Muntlig samtykke på telefon.' };

// A relative calls about grief, in Bergen: the quickest log, everything else left out.
const call = {
  channel: 'PHONE',
  inquirerType: 'RELATIVE',
  themeIds: ['grief'],
  municipalityNumber: '4601',
  minutesSpent: 20,
  actions: ['INFORMATION_GIVEN', 'ADDED_TO_INTEREST_LIST', 'INFORMATION_GIVEN'],
};

const fieldsAndReasons = (input: unknown) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : refusalsOfZodError(parsed.error).map((r) => [r.field, r.reason]);
};

describe('makeInquiryInputSchema', () => {
  it('logs a phone call with the day and time of now, and nothing about the person', () => {
    expect(schema.parse(call)).toEqual({
      receivedOn: '2026-12-04',
      receivedTime: '14:05',
      channel: 'PHONE',
      inquirerType: 'RELATIVE',
      publicServiceType: null,
      partnerId: null,
      themeIds: ['grief'],
      languages: [],
      municipalityNumber: '4601',
      minutesSpent: 20,
      actions: ['INFORMATION_GIVEN', 'ADDED_TO_INTEREST_LIST'],
      note: null,
      person: null,
      consents: [],
    });
  });

  it('names every missing field of an empty form at once', () => {
    expect(fieldsAndReasons({})).toEqual([
      ['channel', 'INQUIRY_CHANNEL_REQUIRED'],
      ['inquirerType', 'INQUIRER_TYPE_REQUIRED'],
      ['minutesSpent', 'MINUTES_SPENT_RANGE'],
      ['actions', 'INQUIRY_ACTION_REQUIRED'],
    ]);
  });

  it('keeps an earlier day without a time, a time given, and now for today', () => {
    expect(schema.parse({ ...call, receivedOn: '2026-12-04' }).receivedTime).toBe('14:05');
    expect(schema.parse({ ...call, receivedOn: '2026-12-03' })).toMatchObject({
      receivedOn: '2026-12-03',
      receivedTime: null,
    });
    expect(schema.parse({ ...call, receivedOn: '2026-12-03', receivedTime: '23:30' }).receivedTime).toBe('23:30');
    expect(schema.parse({ ...call, receivedOn: '', receivedTime: '09:00', municipalityNumber: '' })).toMatchObject({
      receivedOn: '2026-12-04',
      receivedTime: '09:00',
      municipalityNumber: null,
    });
  });

  it('refuses a day or a time in the future', () => {
    expect(fieldsAndReasons({ ...call, receivedOn: '2026-12-05' })).toEqual([['receivedOn', 'DATE_IN_FUTURE']]);
    expect(fieldsAndReasons({ ...call, receivedTime: '14:06' })).toEqual([['receivedTime', 'INQUIRY_TIME_IN_FUTURE']]);
  });

  it('wants the service when a public service asks, and the partner when a partner does', () => {
    expect(fieldsAndReasons({ ...call, inquirerType: 'PUBLIC_SERVICE' })).toEqual([
      ['publicServiceType', 'PUBLIC_SERVICE_TYPE_REQUIRED'],
    ]);
    expect(
      schema.parse({ ...call, inquirerType: 'PUBLIC_SERVICE', publicServiceType: 'CHILD_ADOLESCENT_PSYCHIATRY' })
        .publicServiceType,
    ).toBe('CHILD_ADOLESCENT_PSYCHIATRY');
    expect(fieldsAndReasons({ ...call, inquirerType: 'PARTNER' })).toEqual([['partnerId', 'INQUIRY_PARTNER_REQUIRED']]);
    expect(schema.parse({ ...call, inquirerType: 'PARTNER', partnerId: PARTNER_ID }).partnerId).toBe(PARTNER_ID);
    expect(fieldsAndReasons({ ...call, publicServiceType: 'NAV', partnerId: PARTNER_ID })).toEqual([
      ['publicServiceType', 'PUBLIC_SERVICE_TYPE_ONLY_FOR_SERVICES'],
      ['partnerId', 'INQUIRY_PARTNER_ONLY_FOR_PARTNERS'],
    ]);
  });

  it('names every mistake at once', () => {
    expect(
      fieldsAndReasons({
        channel: 'FAX',
        inquirerType: 'NEIGHBOUR',
        partnerId: 'not-an-id',
        themeIds: ['astrology'],
        municipalityNumber: '9999',
        minutesSpent: 0,
        actions: [],
        note: 'x'.repeat(1001),
      }),
    ).toEqual([
      ['channel', 'INQUIRY_CHANNEL_REQUIRED'],
      ['inquirerType', 'INQUIRER_TYPE_REQUIRED'],
      ['partnerId', 'UNKNOWN_PARTNER'],
      ['themeIds', 'THEME_UNKNOWN'],
      ['municipalityNumber', 'UNKNOWN_MUNICIPALITY_NUMBER'],
      ['minutesSpent', 'MINUTES_SPENT_RANGE'],
      ['actions', 'INQUIRY_ACTION_REQUIRED'],
      ['note', 'NOTE_TOO_LONG'],
      ['partnerId', 'INQUIRY_PARTNER_ONLY_FOR_PARTNERS'],
    ]);
    expect(fieldsAndReasons({ ...call, minutesSpent: 12.5, actions: ['HUGGED'] })).toEqual([
      ['minutesSpent', 'MINUTES_SPENT_RANGE'],
      ['actions.0', 'INQUIRY_ACTION_UNKNOWN'],
    ]);
  });

  it('refuses a note or an alias with a national identity number, and accepts a phone-like number', () => {
    expect(
      fieldsAndReasons({ ...call, note: 'Sønnens fnr er 130972 48022', person: { alias: '53097248016' } }),
    ).toEqual([
      ['note', 'NATIONAL_ID_NUMBER'],
      ['person.alias', 'NATIONAL_ID_NUMBER'],
    ]);
    expect(schema.parse({ ...call, note: 'Ringer fra 12345678901' }).note).toBe('Ringer fra 12345678901');
  });

  it('keeps a first name or alias and one way to reach them, with consent to follow up', () => {
    const data = schema.parse({
      ...call,
      person: { alias: ' Kari ', contact: { method: 'PHONE', value: '912  34 567' } },
      consents: [CONSENT],
    });
    expect(data.person).toEqual({ alias: 'Kari', contact: { method: 'PHONE', value: '912 34 567' } });
    expect(data.consents).toEqual([CONSENT]);
    expect(schema.parse({ ...call, person: { alias: '', contact: null } }).person).toBeNull();
  });

  it('refuses contact details without consent to follow up, and values that are not what their method says', () => {
    expect(fieldsAndReasons({ ...call, person: { contact: { method: 'EMAIL', value: 'kari@example.no' } } })).toEqual([
      ['person.contact', 'CONTACT_NEEDS_FOLLOW_UP_CONSENT'],
    ]);
    expect(
      fieldsAndReasons({ ...call, person: { contact: { method: 'EMAIL', value: '912 34 567' } }, consents: [CONSENT] }),
    ).toEqual([['person.contact.value', 'INVALID_EMAIL']]);
    expect(
      fieldsAndReasons({ ...call, person: { contact: { method: 'PHONE', value: 'ring meg' } }, consents: [CONSENT] }),
    ).toEqual([['person.contact.value', 'INVALID_PHONE']]);
  });
});
