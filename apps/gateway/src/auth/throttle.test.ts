import { describe, expect, it } from 'vitest';
import { CLIENT_NET_RULE, remainingWaitMs, throttleDelayMs } from './throttle.js';

describe('login throttle', () => {
  it('lets the first five failures through and doubles the wait after that, up to 15 minutes', () => {
    expect([0, 4].map((failures) => throttleDelayMs(failures))).toEqual([0, 0]);
    expect([5, 6, 7, 8].map((failures) => throttleDelayMs(failures))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(throttleDelayMs(40)).toBe(15 * 60_000);
    expect(throttleDelayMs(Number.MAX_SAFE_INTEGER)).toBe(15 * 60_000);
  });

  it('lets a network fail more often across accounts before it waits', () => {
    expect(throttleDelayMs(9, CLIENT_NET_RULE.freeFailures)).toBe(0);
    expect(throttleDelayMs(10, CLIENT_NET_RULE.freeFailures)).toBe(1_000);
  });

  it('counts the wait from the last failure', () => {
    const lastFailureAt = new Date('2026-11-22T10:00:00Z');
    expect(remainingWaitMs({ failures: 6, lastFailureAt }, new Date('2026-11-22T10:00:00.500Z'))).toBe(1_500);
    expect(remainingWaitMs({ failures: 6, lastFailureAt }, new Date('2026-11-22T10:00:03Z'))).toBe(0);
    expect(remainingWaitMs({ failures: 0, lastFailureAt: null }, new Date())).toBe(0);
    // A free failure recorded by a process whose clock runs ahead costs no wait.
    expect(remainingWaitMs({ failures: 2, lastFailureAt: new Date('2026-11-22T10:00:05Z') }, lastFailureAt)).toBe(0);
  });
});
