import { describe, expect, it } from 'vitest';
import { sessionOpensPortal } from './viewer.server';
import type { Portal } from '../shared/layout/portals';

const vest: Portal = { kind: 'district', segment: 'vest', districtId: 'vest' };
const nord: Portal = { kind: 'district', segment: 'nord', districtId: 'nord' };
const national: Portal = { kind: 'national', segment: 'nasjonalt', districtId: null };

describe('sessionOpensPortal', () => {
  it('opens only the portal the gateway says the session was opened on', () => {
    const vestSession = { realm: { districtId: 'vest' } };
    expect(sessionOpensPortal(vestSession, vest)).toBe(true);
    expect(sessionOpensPortal(vestSession, nord)).toBe(false);
    expect(sessionOpensPortal(vestSession, national)).toBe(false);
    const nationalSession = { realm: { districtId: null } };
    expect(sessionOpensPortal(nationalSession, national)).toBe(true);
    expect(sessionOpensPortal(nationalSession, vest)).toBe(false);
  });

  it('opens no portal for a session without a realm (an API client login)', () => {
    for (const portal of [vest, nord, national]) expect(sessionOpensPortal({ realm: null }, portal)).toBe(false);
  });
});
