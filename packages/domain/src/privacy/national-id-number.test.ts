import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { refusalsOfZodError, renderMessage } from '../messages/index.js';
import { optionalPersonText, requiredPersonText } from './free-text.js';
import {
  containsNationalIdNumber,
  findNationalIdNumbers,
  isNationalIdNumber,
  nationalIdNumberKind,
} from './national-id-number.js';

/*
 * Valid numbers are the published, generated examples of NAV's validator and Skatteetaten's
 * 2032 specification; invalid ones are the same numbers with one digit changed.
 */
const BIRTH_NUMBER = '13097248022';
const BIRTH_NUMBER_LEAP_DAY = '29029648784';
const BIRTH_NUMBER_CHECK_ELEVEN = '15021951940';
const D_NUMBER = '53097248016';
const H_NUMBER = '13527248013';
const SYNTHETIC = '10915596784';
const D_AND_SYNTHETIC = '50846202355';
const RULE_2032 = '02013299997';

describe('nationalIdNumberKind', () => {
  it.each([
    [BIRTH_NUMBER, 'BIRTH_NUMBER'],
    [BIRTH_NUMBER_LEAP_DAY, 'BIRTH_NUMBER'],
    [BIRTH_NUMBER_CHECK_ELEVEN, 'BIRTH_NUMBER'],
    [D_NUMBER, 'D_NUMBER'],
    [H_NUMBER, 'H_NUMBER'],
    [SYNTHETIC, 'SYNTHETIC'],
    [D_AND_SYNTHETIC, 'D_AND_SYNTHETIC'],
    [RULE_2032, 'BIRTH_NUMBER'],
  ] as const)('%s is a %s', (digits, kind) => {
    expect(nationalIdNumberKind(digits)).toBe(kind);
    expect(isNationalIdNumber(digits)).toBe(true);
  });

  it.each([
    ['13097248023', 'second check digit changed'],
    ['13097248032', 'first check digit changed'],
    ['53097248017', 'D-number, check digit changed'],
    ['10915596785', 'synthetic, check digit changed'],
    ['02013299987', '2032 rule, first check digit outside the four allowed'],
    ['30029912331', 'check digits right, 30 February'],
    ['13139912335', 'check digits right, month 13'],
    ['29020112563', 'check digits right, 29 February in a common year'],
    ['12345678901', 'phone-like'],
    ['47912345678', 'phone-like with a plausible date'],
    ['00000000000', 'zeros'],
    ['1309724802', 'ten digits'],
    ['130972480221', 'twelve digits'],
    ['1309724802a', 'a letter'],
  ])('%s is not one (%s)', (digits) => {
    expect(nationalIdNumberKind(digits)).toBeNull();
  });
});

describe('findNationalIdNumbers', () => {
  it('finds a number anywhere in a text, without handing out its digits', () => {
    const text = `Ringte om sønnen, fnr:${BIRTH_NUMBER}.`;
    const findings = findNationalIdNumbers(text);
    expect(findings).toEqual([{ start: 22, end: 33, kind: 'BIRTH_NUMBER' }]);
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe(BIRTH_NUMBER);
    expect(JSON.stringify(findings)).not.toContain(BIRTH_NUMBER);
  });

  it.each(['130972 48022', '130972.48022', '130972-48022', '130972 - 48022', '130972\u00A048022', '130972  48022'])(
    'finds %j, written with a separator after the date',
    (written) => {
      expect(findNationalIdNumbers(`Nr ${written} ble oppgitt`)).toEqual([
        { start: 3, end: 3 + written.length, kind: 'BIRTH_NUMBER' },
      ]);
    },
  );

  it('finds every number in a text, of every kind', () => {
    const text = `${D_NUMBER} og ${H_NUMBER}\n${SYNTHETIC}`;
    expect(findNationalIdNumbers(text).map((finding) => finding.kind)).toEqual(['D_NUMBER', 'H_NUMBER', 'SYNTHETIC']);
  });

  it('leaves numbers that fail the check digits or the date, and other shapes, alone', () => {
    for (const text of [
      'Ring 12345678901 eller 47912345678',
      'Tlf. 47 91 23 45 67, org.nr. 974 760 673',
      'Kontonummer 1309.72.48022',
      `Del av et lengre tall: 9${BIRTH_NUMBER}`,
      `${BIRTH_NUMBER}7`,
      '1309 7248022',
      '130972\n48022',
      '',
    ]) {
      expect(findNationalIdNumbers(text), text).toEqual([]);
      expect(containsNationalIdNumber(text), text).toBe(false);
    }
    expect(containsNationalIdNumber(null)).toBe(false);
  });
});

describe('free text of people', () => {
  const schema = z.object({
    note: optionalPersonText(500, 'NOTE_TOO_LONG'),
    alias: requiredPersonText('NAME_REQUIRED', 60, 'NAME_TOO_LONG'),
  });

  it('refuses a text with an identity number, field by field, and explains why in both languages', () => {
    const parsed = schema.safeParse({ note: `Mor, fnr ${D_NUMBER}, ringer igjen`, alias: `Kari ${RULE_2032}` });
    expect(parsed.success).toBe(false);
    const refusals = refusalsOfZodError(parsed.error!, 'input');
    expect(refusals).toEqual([
      { reason: 'NATIONAL_ID_NUMBER', field: 'input.note', params: { count: 1 } },
      { reason: 'NATIONAL_ID_NUMBER', field: 'input.alias', params: { count: 1 } },
    ]);
    expect(renderMessage('NATIONAL_ID_NUMBER', undefined, 'nb')).toContain('aldri lagres');
    expect(renderMessage('NATIONAL_ID_NUMBER', undefined, 'en')).toContain('never be stored');
  });

  it('accepts phone-like numbers and empty text', () => {
    expect(schema.parse({ note: 'Ring tilbake på 12345678901 i morgen', alias: 'Kari' })).toEqual({
      note: 'Ring tilbake på 12345678901 i morgen',
      alias: 'Kari',
    });
    expect(schema.parse({ note: '  ', alias: 'Kari' }).note).toBeNull();
  });
});
