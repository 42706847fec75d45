import { describe, expect, it } from 'vitest';
import { usageByDay } from './usage';

const counts = (requests: number) => ({ requests, rateLimited: 0, errors: 0, pointsSpent: requests * 3 });

describe('usageByDay', () => {
  it('lays out every Norwegian date of the window, oldest first, with zero on quiet days', () => {
    // 23:30 UTC on 31 December is already 1 January in Oslo.
    const days = usageByDay([{ day: '2026-12-30', counts: counts(4) }], new Date('2026-12-31T23:30:00Z'), 3);
    expect(days.map((entry) => entry.day)).toEqual(['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01']);
    expect(days.map((entry) => entry.counts.requests)).toEqual([0, 4, 0, 0]);
    expect(days[1]!.counts.pointsSpent).toBe(12);
  });

  it('covers 31 dates for the default 30 days', () => {
    expect(usageByDay([], new Date('2026-12-05T10:00:00Z'))).toHaveLength(31);
  });
});
