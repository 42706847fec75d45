import { readFileSync } from 'node:fs';
import { COUNTIES, MUNICIPALITIES } from '@selvhjelp/domain';
import { describe, expect, it } from 'vitest';
import { NORWAY_MAP } from './norway-map';

describe('the shipped map of Norway (geo/norway-2024.json)', () => {
  it('has a shape for exactly the municipalities of the domain reference, in the right counties', () => {
    expect(NORWAY_MAP.municipalities.map((m) => m.number)).toEqual(MUNICIPALITIES.map((m) => m.number));
    for (const [index, municipality] of MUNICIPALITIES.entries()) {
      expect(NORWAY_MAP.municipalities[index]!.county, municipality.number).toBe(municipality.countyNumber);
    }
  });

  it('has a box for each of the fifteen counties, inside the map', () => {
    expect(Object.keys(NORWAY_MAP.counties).sort()).toEqual(COUNTIES.map((c) => c.number).sort());
    const [, , width, height] = NORWAY_MAP.viewBox;
    for (const [number, [x0, y0, x1, y1]] of Object.entries(NORWAY_MAP.counties)) {
      expect(x0, number).toBeGreaterThanOrEqual(0);
      expect(y0, number).toBeGreaterThanOrEqual(0);
      expect(x1, number).toBeLessThanOrEqual(width);
      expect(y1, number).toBeLessThanOrEqual(height);
      expect(x1 - x0, number).toBeGreaterThan(0);
      expect(y1 - y0, number).toBeGreaterThan(0);
    }
  });

  it('is made of closed, whole-number paths and lines', () => {
    for (const { number, d } of NORWAY_MAP.municipalities) {
      expect(d, number).toMatch(/^(M\d+ \d+l[-\d ]+z)+$/);
    }
    expect(NORWAY_MAP.countyBorders).toMatch(/^(M\d+ \d+l[-\d ]+)+$/);
    expect(NORWAY_MAP.outline).toMatch(/^(M\d+ \d+l[-\d ]+)+$/);
  });

  it('weighs well under 300 kB', () => {
    const bytes = readFileSync(new URL('./geo/norway-2024.json', import.meta.url)).byteLength;
    expect(bytes).toBeLessThan(200 * 1024);
  });
});
