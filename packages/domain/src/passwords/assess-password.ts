import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import type { Match } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../staff.js';
import { COMMON_NORWEGIAN_WORDS } from './common-norwegian.js';

export type PasswordRefusalReason =
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_TOO_COMMON'
  | 'PASSWORD_TOO_GUESSABLE'
  | 'PASSWORD_CONTAINS_PERSONAL_INFO';

export interface PasswordRefusal {
  reason: PasswordRefusalReason;
  params?: Record<string, string | number>;
}

/**
 * zxcvbn's score 3 means at least 10^8 guesses: safe against online guessing and costly offline
 * against argon2. Below it a password is refused.
 */
const MIN_SCORE = 3;

/**
 * zxcvbn's matching grows steeply with length: a 256-character input took 2–6 s on a busy
 * machine, blocking the event loop. A password whose first 64 characters are strong is strong;
 * one whose first 64 are weak is refused, which errs on the safe side. Few l33t substitutions
 * are tried for the same reason (p@ssw0rd needs two).
 */
const ESTIMATED_LENGTH = 64;
const L33T_MAX_SUBSTITUTIONS = 4;

// Building the ranked dictionaries takes ~100 ms and some megabytes: only when first needed.
let estimator: ZxcvbnFactory | undefined;
function getEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    graphs: adjacencyGraphs,
    dictionary: { ...commonDictionary, ...englishDictionary, 'common-nb': [...COMMON_NORWEGIAN_WORDS] },
    maxLength: ESTIMATED_LENGTH,
    l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
  });
  return estimator;
}

/**
 * The user's name and e-mail address, and the words in them: zxcvbn matches a user input only
 * as a whole token, so "Ola Nordmann" alone would not catch "nordmann2026".
 */
function personalWords(userInputs: readonly string[]): string[] {
  const words = new Set<string>();
  for (const input of userInputs) {
    const whole = input.trim().toLowerCase();
    if (!whole) continue;
    words.add(whole);
    for (const part of whole.split(/[\s.@_+-]+/u)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

const isDictionary = (match: Match, name: (dictionaryName: string) => boolean) =>
  match.pattern === 'dictionary' && typeof match.dictionaryName === 'string' && name(match.dictionaryName);

/**
 * Whether a password may be set, and if not, why. Length first (cheap, and the estimator is
 * bounded to the maximum); then an offline strength estimate with common-password and word
 * dictionaries, the user's own name and e-mail counting as guessable.
 */
export function assessPassword(password: string, userInputs: readonly string[] = []): PasswordRefusal | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return { reason: 'PASSWORD_TOO_SHORT', params: { min: PASSWORD_MIN_LENGTH } };
  if (length > PASSWORD_MAX_LENGTH) return { reason: 'PASSWORD_TOO_LONG', params: { max: PASSWORD_MAX_LENGTH } };

  const sample = [...password].slice(0, ESTIMATED_LENGTH).join('');
  const result = getEstimator().check(sample, personalWords(userInputs));
  const personal = result.sequence.filter((match) => isDictionary(match, (name) => name === 'userInputs'));
  // zxcvbn prices "OlaNordmann1" at 10^8 guesses; mostly one's own name is guessable all the same.
  const personalLength = personal.reduce((sum, match) => sum + match.token.length, 0);
  if (personal.length > 0 && (result.score < MIN_SCORE || personalLength * 2 >= sample.length)) {
    return { reason: 'PASSWORD_CONTAINS_PERSONAL_INFO' };
  }
  if (result.score >= MIN_SCORE) return null;
  if (result.sequence.some((match) => isDictionary(match, (name) => name.startsWith('passwords')))) {
    return { reason: 'PASSWORD_TOO_COMMON' };
  }
  return { reason: 'PASSWORD_TOO_GUESSABLE' };
}
