import { describe, expect, it } from 'vitest';
import { agreementInForce } from './agreement-in-force.js';

describe('agreementInForce', () => {
  const today = '2026-06-15';

  it('holds from the first day through the last, both included', () => {
    expect(agreementInForce({ startsOn: today, endsOn: today }, today)).toBe(true);
    expect(agreementInForce({ startsOn: '2026-01-01', endsOn: '2026-12-31' }, today)).toBe(true);
  });

  it('does not hold before it starts or after it ends', () => {
    expect(agreementInForce({ startsOn: '2026-06-16', endsOn: null }, today)).toBe(false);
    expect(agreementInForce({ startsOn: '2025-01-01', endsOn: '2026-06-14' }, today)).toBe(false);
  });

  it('runs on without an end day', () => {
    expect(agreementInForce({ startsOn: '2020-01-01', endsOn: null }, today)).toBe(true);
  });
});
