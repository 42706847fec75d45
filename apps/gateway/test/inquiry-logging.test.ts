import { createTestInquiry, testBackends, testConsent } from '@selvhjelp/db/testing';
import { findNationalIdNumbers } from '@selvhjelp/domain';
import { describe, expect, it } from 'vitest';
import { inquiryInput, LOG, UPDATE, useInquirySuite } from './inquiry-fixtures.js';
import { dataOf, errorOf } from './network-fixtures.js';

// A valid fødselsnummer (check digits right) and an 11-digit phone-like number that fails them.
const BIRTH_NUMBER = '13097248022';
const NOT_AN_ID_NUMBER = '13097248023';

describe.each(testBackends())('logging and editing inquiries on $name', (backend) => {
  const s = useInquirySuite(backend);
  const { tokens, entries } = s;

  it('logs a phone call from a relative in one mutation, now by default, and logs the creation', async () => {
    const logged = dataOf(await s.gateway.run(LOG, { input: inquiryInput() }, tokens.staff)).logInquiry;
    expect(logged).toMatchObject({
      district: { id: 'vest' },
      receivedOn: '2026-12-01',
      receivedTime: '15:00',
      channel: 'PHONE',
      inquirerType: 'RELATIVE',
      themes: [{ id: 'grief' }],
      personAlias: 'Kari',
      contact: { method: 'PHONE', value: '912 34 567' },
      followUpConsentInForce: true,
      interestListEntries: [{ theme: { id: 'grief' }, municipality: { number: '4601' }, closedOn: null }],
      activity: null,
      hasCase: false,
      version: 1,
    });
    expect(logged.consents.map((consent) => consent.inForce)).toEqual([true, true]);
    expect((await entries(logged.id)).map((entry) => [entry.action, entry.outcome, entry.purpose])).toEqual([
      ['CREATE', 'ALLOWED', 'CASE_WORK'],
    ]);
  });

  // Acceptance 4 of issue 12.
  it('refuses a note with a valid fødselsnummer, with an explanation, and accepts an 11-digit number that fails the check digits', async () => {
    expect(findNationalIdNumbers(BIRTH_NUMBER)).toHaveLength(1);
    expect(findNationalIdNumbers(NOT_AN_ID_NUMBER)).toEqual([]);
    const refused = await s.gateway.run(
      LOG,
      { input: inquiryInput({ note: `Fnr ${BIRTH_NUMBER}, ring i morgen.` }) },
      tokens.staff,
    );
    expect(errorOf(refused)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NATIONAL_ID_NUMBER',
      field: 'input.note',
    });
    expect(refused.errors?.[0]?.message).toMatch(/fødselsnummer/);
    const english = await s.gateway.run(
      LOG,
      { input: inquiryInput({ person: { alias: BIRTH_NUMBER }, consents: [] }) },
      tokens.staff,
      { 'accept-language': 'en' },
    );
    expect(errorOf(english)).toMatchObject({ reason: 'NATIONAL_ID_NUMBER', field: 'input.person.alias' });
    expect(english.errors?.[0]?.message).toMatch(/national identity number/);

    const accepted = dataOf(
      await s.gateway.run(
        LOG,
        { input: inquiryInput({ note: `Ring ${NOT_AN_ID_NUMBER} etter kl. 16.` }) },
        tokens.staff,
      ),
    ).logInquiry;
    expect(accepted.note).toBe(`Ring ${NOT_AN_ID_NUMBER} etter kl. 16.`);
  });

  it('edits at the version read, and answers CONFLICT when someone else saved first', async () => {
    const created = await createTestInquiry(s.db, { consents: [testConsent('ANONYMOUS_STATISTICS')] });
    const input = inquiryInput({ note: 'Oppdatert.', minutesSpent: 20, person: null, interestList: [] });
    const updated = dataOf(
      await s.gateway.run(UPDATE, { input: { id: created.id, version: 1, inquiry: input } }, tokens.staff),
    ).updateInquiry;
    expect(updated).toMatchObject({ note: 'Oppdatert.', minutesSpent: 20, version: 2 });
    expect(
      errorOf(await s.gateway.run(UPDATE, { input: { id: created.id, version: 1, inquiry: input } }, tokens.staff)),
    ).toMatchObject({ code: 'CONFLICT', reason: 'INQUIRY_STALE' });
    expect(
      errorOf(await s.gateway.run(UPDATE, { input: { id: created.id, version: 2, inquiry: input } }, tokens.nord)),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });
});
