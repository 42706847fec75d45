import { idnr } from '@navikt/fnrvalidator';

/*
 * Health-data rule: a national identity number is never stored. Staff write free text in a
 * hurry, so every free-text field of inquiries, cases, notes and peers is searched for one.
 *
 * The check digits and the date are NAV's `@navikt/fnrvalidator`, which follows Skatteetaten's
 * rules: fødselsnummer, D-number (first digit + 4), H-number (month + 40, the health sector's
 * help number), Test Norge/Tenor synthetic numbers (month + 80) and the 2032 control-digit rule
 * (k1 may have remainder 0–3). All of these are refused: a help number identifies a patient as
 * surely as a fødselsnummer, refusing a synthetic number costs nothing, and it lets our tests
 * use synthetic numbers only. About 0.7 % of random 11-digit numbers pass these checks and are
 * refused too (a stricter reading would refuse 0.06 %); for a rule that guards health data we
 * prefer the rare false alarm, which staff fix by writing the number differently.
 */

/** Which kind of identity number the digits are (as the validator names them). */
export const NATIONAL_ID_NUMBER_KINDS = [
  'BIRTH_NUMBER',
  'D_NUMBER',
  'H_NUMBER',
  'SYNTHETIC',
  'D_AND_H_NUMBER',
  'D_AND_SYNTHETIC',
] as const;
export type NationalIdNumberKind = (typeof NATIONAL_ID_NUMBER_KINDS)[number];

const KIND_OF_TYPE: Readonly<Record<string, NationalIdNumberKind>> = {
  fnr: 'BIRTH_NUMBER',
  dnr: 'D_NUMBER',
  hnr: 'H_NUMBER',
  tnr: 'SYNTHETIC',
  'dnr-and-hnr': 'D_AND_H_NUMBER',
  'dnr-and-tnr': 'D_AND_SYNTHETIC',
};

/** The kind of identity number eleven digits are, or null when they are not one (check digits or date fail). */
export function nationalIdNumberKind(digits: string): NationalIdNumberKind | null {
  if (!/^\d{11}$/.test(digits)) return null;
  const result = idnr(digits);
  return result.status === 'valid' ? (KIND_OF_TYPE[result.type] ?? null) : null;
}

export function isNationalIdNumber(digits: string): boolean {
  return nationalIdNumberKind(digits) !== null;
}

/**
 * Where an identity number stands in a text. The digits themselves are not handed out, so a
 * finding can be logged or shown without repeating the number.
 */
export interface NationalIdNumberFinding {
  /** UTF-16 offsets in the text, end exclusive (covers a separator written inside the number). */
  start: number;
  end: number;
  kind: NationalIdNumberKind;
}

/*
 * Eleven digits not part of a longer digit run, also written with a separator between the six
 * date digits and the five personal digits: "010190 12345", "010190.12345", "010190-12345",
 * "010190 - 12345" (spaces, no-break spaces, a dot or a dash). An account number (4.2.5) or a
 * phone number written in pairs has no six-digit run and is left alone.
 */
const SPACE = '[ \\t\\u00A0\\u202F]';
const CANDIDATE = new RegExp(
  `(?<!\\d)(\\d{6})(?:${SPACE}{0,2}[.\\-\\u2013]${SPACE}{0,2}|${SPACE}{1,2})?(\\d{5})(?!\\d)`,
  'g',
);

/** Every identity number in a text, in order. */
export function findNationalIdNumbers(text: string): NationalIdNumberFinding[] {
  const findings: NationalIdNumberFinding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const kind = nationalIdNumberKind(`${match[1]}${match[2]}`);
    if (kind) findings.push({ start: match.index, end: match.index + match[0].length, kind });
  }
  return findings;
}

export function containsNationalIdNumber(text: string | null | undefined): boolean {
  return typeof text === 'string' && findNationalIdNumbers(text).length > 0;
}
