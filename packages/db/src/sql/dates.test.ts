import { describe, expect, it } from 'vitest';
import { dateFromIso, isoFromDate } from './dates.js';

describe('calendar days at the repository edge', () => {
  it('maps YYYY-MM-DD to UTC midnight and back, refusing days that do not exist', () => {
    expect(dateFromIso('2026-03-29').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(isoFromDate(new Date('2026-12-31T23:59:59.999Z'))).toBe('2026-12-31');
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-01', '26-01-01', '2026-01-01T00:00:00Z', '']) {
      expect(() => dateFromIso(bad)).toThrow(RangeError);
    }
    expect(dateFromIso('2028-02-29').getUTCDate()).toBe(29);
  });
});
