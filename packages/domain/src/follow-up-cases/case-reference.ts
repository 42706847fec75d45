/*
 * Case references are said on the phone and typed from paper, and must not reveal how many
 * cases a district has (never sequential). Eight symbols drawn with crypto randomness from 27:
 * digits 2–9 and the consonants but L, so 0/O and 1/I/L cannot be mixed up, and with no vowels
 * no word, kind or unkind, can form.
 * 27^8 ≈ 2.8 × 10^11: a district opening thousands of cases a year draws a duplicate with odds
 * far below one in a million per case, and the database's unique key makes the store draw again.
 */
export const CASE_REFERENCE_ALPHABET = '23456789BCDFGHJKMNPQRSTVWXZ';
export const CASE_REFERENCE_LENGTH = 8;

const SYMBOL = `[${CASE_REFERENCE_ALPHABET}]`;
const STORED = new RegExp(`^${SYMBOL}{${CASE_REFERENCE_LENGTH}}$`);

/** Fills a buffer with random bytes; by default the platform's crypto (Node and browsers alike). */
export type RandomBytes = (buffer: Uint8Array) => Uint8Array;

const cryptoRandom: RandomBytes = (buffer) => globalThis.crypto.getRandomValues(buffer);

// The largest multiple of the alphabet's size under 256: bytes at or above it are drawn again, so every symbol is equally likely.
const LIMIT = 256 - (256 % CASE_REFERENCE_ALPHABET.length);

/** A new random case reference, as stored: eight symbols, no separator. */
export function generateCaseReference(randomBytes: RandomBytes = cryptoRandom): string {
  let reference = '';
  const buffer = new Uint8Array(16);
  while (reference.length < CASE_REFERENCE_LENGTH) {
    for (const byte of randomBytes(buffer)) {
      if (byte >= LIMIT) continue;
      reference += CASE_REFERENCE_ALPHABET[byte % CASE_REFERENCE_ALPHABET.length];
      if (reference.length === CASE_REFERENCE_LENGTH) break;
    }
  }
  return reference;
}

/** As people read it: two groups of four, "K7QM-4XRT". */
export function formatCaseReference(reference: string): string {
  return `${reference.slice(0, 4)}-${reference.slice(4)}`;
}

/** What someone typed ("k7qm 4xrt", "K7QM-4XRT") as stored, or null when it cannot be a reference. */
export function normaliseCaseReference(typed: string): string | null {
  const reference = typed.toUpperCase().replace(/[\s-]+/g, '');
  return STORED.test(reference) ? reference : null;
}

export function isCaseReference(value: unknown): value is string {
  return typeof value === 'string' && STORED.test(value);
}
