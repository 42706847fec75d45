import { describe, expect, it } from 'vitest';
import { idleDeadline, idlePhase, minutesAndSeconds, nextCheckIn, WARN_BEFORE_SECONDS } from './idle-warning';

const MINUTE = 60_000;
const THIRTY_MINUTES = 30 * 60;

describe('idle warning timing', () => {
  it('counts down from what the server said was left, by the browser clock', () => {
    expect(idleDeadline({ secondsLeft: 1_799, timeoutSeconds: THIRTY_MINUTES }, 10_000)).toBe(10_000 + 1_799_000);
  });

  it('warns two minutes before the idle timeout and says so when it has passed', () => {
    const deadline = 30 * MINUTE;
    expect(WARN_BEFORE_SECONDS).toBe(120);
    expect(idlePhase(deadline, 0, THIRTY_MINUTES)).toBe('active');
    expect(idlePhase(deadline, 28 * MINUTE - 1, THIRTY_MINUTES)).toBe('active');
    expect(idlePhase(deadline, 28 * MINUTE, THIRTY_MINUTES)).toBe('warning');
    expect(idlePhase(deadline, 30 * MINUTE - 1, THIRTY_MINUTES)).toBe('warning');
    expect(idlePhase(deadline, 30 * MINUTE, THIRTY_MINUTES)).toBe('ended');
    expect(idlePhase(deadline, 31 * MINUTE, THIRTY_MINUTES)).toBe('ended');
  });

  it('warns for the second half of a timeout shorter than four minutes', () => {
    expect(idlePhase(180_000, 89_000, 180)).toBe('active');
    expect(idlePhase(180_000, 90_000, 180)).toBe('warning');
  });

  it('sleeps until the warning is due, then ticks each second until the end, then stops', () => {
    const deadline = 30 * MINUTE;
    expect(nextCheckIn(deadline, 0, THIRTY_MINUTES)).toBe(28 * MINUTE);
    expect(nextCheckIn(deadline, 28 * MINUTE, THIRTY_MINUTES)).toBe(1_000);
    expect(nextCheckIn(deadline, 30 * MINUTE - 300, THIRTY_MINUTES)).toBe(300);
    expect(nextCheckIn(deadline, 30 * MINUTE, THIRTY_MINUTES)).toBe(Number.POSITIVE_INFINITY);
  });

  it('shows whole minutes and seconds, rounding up so it never says 0 s too early', () => {
    expect(minutesAndSeconds(120_000, 0)).toEqual({ minutes: 2, seconds: 0 });
    expect(minutesAndSeconds(120_000, 500)).toEqual({ minutes: 2, seconds: 0 });
    expect(minutesAndSeconds(120_000, 61_000)).toEqual({ minutes: 0, seconds: 59 });
    expect(minutesAndSeconds(120_000, 130_000)).toEqual({ minutes: 0, seconds: 0 });
  });
});
