import { renderMessage } from '@selvhjelp/domain';
import { describe, expect, it } from 'vitest';
import { actionData, districtActionContext, formPost } from '../../shared/forms/action-test-support';
import type { InquiryFormActionData } from './inquiry-form.server';
import { saveInquiry } from './inquiry-form.server';

/** A fødselsnummer whose check digits pass, and an 11-digit phone-like number whose do not. */
const BIRTH_NUMBER = '13097248022';
const NOW = new Date('2026-12-05T00:20:00Z');

const phoneFromRelative = {
  receivedOn: '2026-12-05',
  receivedTime: '01:15',
  channel: 'PHONE',
  inquirerType: 'RELATIVE',
  themeIds: ['grief'],
  municipalityNumber: '4601',
  minutesSpent: '12',
  actions: ['INFORMATION_GIVEN'],
  note: 'Datteren ringte for moren.',
};

describe('saveInquiry', () => {
  it('logs the inquiry and goes to its page with a success message', async () => {
    const { context, calls } = districtActionContext('nb', () => ({ logInquiry: { id: 'inq-1' } }));
    const result = await saveInquiry(
      formPost({ ...phoneFromRelative, consents: ['ANONYMOUS_STATISTICS'] }),
      {},
      context,
      NOW,
    );
    expect(result).toBeInstanceOf(Response);
    expect((result as Response).headers.get('Location')).toBe('/vest/henvendelser/inq-1?melding=created');
    expect(calls.mutations).toEqual([
      {
        input: expect.objectContaining({
          channel: 'PHONE',
          inquirerType: 'RELATIVE',
          minutesSpent: 12,
          person: null,
          consents: [
            {
              purpose: 'ANONYMOUS_STATISTICS',
              givenOn: '2026-12-05',
              wording: 'Jeg samtykker til å telles med i anonym statistikk.',
            },
          ],
        }),
      },
    ]);
  });

  it('refuses a fødselsnummer in the note with the catalogue’s explanation and keeps what was typed', async () => {
    const { context, calls } = districtActionContext('nb');
    const note = `Ring tilbake, fnr ${BIRTH_NUMBER}`;
    const result = actionData<InquiryFormActionData>(
      await saveInquiry(formPost({ ...phoneFromRelative, note, personAlias: 'Kari' }), {}, context, NOW),
    );
    expect(calls.mutations).toEqual([]);
    expect(result.errors.fields).toEqual({ note: renderMessage('NATIONAL_ID_NUMBER', { count: 1 }, 'nb') });
    expect(result.values).toMatchObject({ note, personAlias: 'Kari', channel: 'PHONE', themeIds: ['grief'] });
  });

  it('passes an 11-digit number that fails the check digits', async () => {
    const { context, calls } = districtActionContext('nb', () => ({ logInquiry: { id: 'inq-2' } }));
    await saveInquiry(formPost({ ...phoneFromRelative, note: 'Tlf 13097248023 hjemme' }), {}, context, NOW);
    expect(calls.mutations).toHaveLength(1);
  });

  it('reports every error in one round, in English when asked', async () => {
    const { context, calls } = districtActionContext('en');
    const result = actionData<InquiryFormActionData>(
      await saveInquiry(
        formPost({
          receivedOn: '2026-12-05',
          receivedTime: '',
          channel: '',
          inquirerType: 'PARTNER',
          minutesSpent: '600',
          note: `fnr ${BIRTH_NUMBER}`,
          contactMethod: 'EMAIL',
          contactValue: 'kari@example.no',
        }),
        {},
        context,
        NOW,
      ),
    );
    expect(calls.mutations).toEqual([]);
    expect(Object.keys(result.errors.fields).sort()).toEqual([
      'actions',
      'channel',
      'contactValue',
      'minutesSpent',
      'note',
      'partnerId',
    ]);
    expect(result.errors.fields.note).toBe(renderMessage('NATIONAL_ID_NUMBER', { count: 1 }, 'en'));
  });

  it('saves an edit at the version seen, with the contact’s follow-up consent still in force', async () => {
    const { context, calls } = districtActionContext('nb', () => ({ updateInquiry: { id: 'inq-3' } }));
    const result = await saveInquiry(
      formPost({
        ...phoneFromRelative,
        version: '3',
        personAlias: 'Kari',
        contactMethod: 'PHONE',
        contactValue: '912 34 567',
        consents: 'FOLLOW_UP_CONTACT',
      }),
      { id: 'inq-3' },
      context,
      NOW,
    );
    expect((result as Response).headers.get('Location')).toBe('/vest/henvendelser/inq-3?melding=saved');
    expect(calls.mutations).toEqual([
      {
        input: expect.objectContaining({
          id: 'inq-3',
          version: 3,
          inquiry: expect.objectContaining({
            person: { alias: 'Kari', contact: { method: 'PHONE', value: '912 34 567' } },
          }),
        }),
      },
    ]);
  });
});
