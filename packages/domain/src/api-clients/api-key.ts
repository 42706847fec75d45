/**
 * The API key format (decision 0032): `shn_` + 30 random base62 characters + a 6-character
 * base62 CRC32 of the random part, like GitHub's `ghp_` tokens. The prefix lets secret scanners
 * find a leaked key; the checksum lets the gateway refuse a mistyped or made-up key before any
 * database call. The checksum is no secret and proves nothing: only the stored hash does.
 */
export const API_KEY_PREFIX = 'shn_';
export const API_KEY_RANDOM_LENGTH = 30;
export const API_KEY_CHECKSUM_LENGTH = 6;
export const API_KEY_LENGTH = API_KEY_PREFIX.length + API_KEY_RANDOM_LENGTH + API_KEY_CHECKSUM_LENGTH;
export const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const KEY_SHAPE = new RegExp(`^${API_KEY_PREFIX}[0-9A-Za-z]{${API_KEY_RANDOM_LENGTH + API_KEY_CHECKSUM_LENGTH}}$`);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE, as zlib) of the text's UTF-8 bytes. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A non-negative integer in base62, left-padded with zeros to `width`. */
export function toBase62(value: number, width: number): string {
  let rest = value;
  let out = '';
  do {
    out = BASE62_ALPHABET[rest % 62]! + out;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return out.padStart(width, '0');
}

/** The full key for a random part (30 base62 characters, made by the caller from a CSPRNG). */
export function apiKeyFromRandom(random: string): string {
  if (random.length !== API_KEY_RANDOM_LENGTH || !/^[0-9A-Za-z]+$/.test(random)) {
    throw new RangeError(`The random part must be ${API_KEY_RANDOM_LENGTH} base62 characters.`);
  }
  return `${API_KEY_PREFIX}${random}${toBase62(crc32(random), API_KEY_CHECKSUM_LENGTH)}`;
}

/** Whether a string looks like one of our keys at all (prefix and length), checksum aside. */
export function looksLikeApiKey(value: string): boolean {
  return value.startsWith(API_KEY_PREFIX);
}

/** Prefix, shape and checksum right: worth a database lookup. Needs no database. */
export function hasValidApiKeyChecksum(key: string): boolean {
  if (!KEY_SHAPE.test(key)) return false;
  const random = key.slice(API_KEY_PREFIX.length, API_KEY_PREFIX.length + API_KEY_RANDOM_LENGTH);
  const checksum = key.slice(API_KEY_PREFIX.length + API_KEY_RANDOM_LENGTH);
  return toBase62(crc32(random), API_KEY_CHECKSUM_LENGTH) === checksum;
}

/** What staff see of a key after it was shown once: the prefix and the last four characters. */
export function apiKeyDisplay(key: string): { prefix: string; lastFour: string } {
  return { prefix: API_KEY_PREFIX, lastFour: key.slice(-4) };
}
