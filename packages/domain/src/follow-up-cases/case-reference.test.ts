import { describe, expect, it } from 'vitest';
import {
  CASE_REFERENCE_ALPHABET,
  formatCaseReference,
  generateCaseReference,
  isCaseReference,
  normaliseCaseReference,
} from './case-reference.js';

/** Hands out the given bytes in order, as a random source would. */
function bytes(...values: number[]) {
  let next = 0;
  return (buffer: Uint8Array) => {
    for (let i = 0; i < buffer.length; i += 1) buffer[i] = values[next++ % values.length]!;
    return buffer;
  };
}

describe('generateCaseReference', () => {
  it('draws eight symbols from the unambiguous alphabet', () => {
    expect(CASE_REFERENCE_ALPHABET).toHaveLength(27);
    expect(CASE_REFERENCE_ALPHABET).not.toMatch(/[01AEIOULY]/);
    for (let i = 0; i < 200; i += 1) expect(isCaseReference(generateCaseReference())).toBe(true);
  });

  it('maps bytes to symbols and draws again past the last whole multiple (no bias)', () => {
    // 243 = 9 × 27: bytes 243–255 are skipped.
    expect(generateCaseReference(bytes(0, 1, 2, 26, 27, 243, 255, 242, 100, 53))).toBe('234Z2ZQZ');
  });

  it('is not sequential: many draws are all different', () => {
    const drawn = new Set(Array.from({ length: 2000 }, () => generateCaseReference()));
    expect(drawn.size).toBe(2000);
  });
});

describe('reading and writing references', () => {
  it('shows two groups of four and reads what people type', () => {
    expect(formatCaseReference('K7QM4XRT')).toBe('K7QM-4XRT');
    expect(normaliseCaseReference(' k7qm-4xrt ')).toBe('K7QM4XRT');
    expect(normaliseCaseReference('K7QM 4XRT')).toBe('K7QM4XRT');
  });

  it('refuses what cannot be a reference', () => {
    for (const typed of ['K7QM-4XR', 'K7QM-4XRTT', 'K7QM-4XR0', 'AEIO-UY12', '', '13097248022'])
      expect(normaliseCaseReference(typed), typed).toBeNull();
    expect(isCaseReference('k7qm4xrt')).toBe(false);
    expect(isCaseReference(42)).toBe(false);
  });
});
