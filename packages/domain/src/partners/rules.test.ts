import { describe, expect, it } from 'vitest';
import type { ContactMoveFacts } from './rules.js';
import { contactMoveRefusal, organisationNumberRefusal, venuePartnerRefusal } from './rules.js';

describe('organisationNumberRefusal', () => {
  it('refuses a number another partner of the district has', () => {
    expect(organisationNumberRefusal({ takenInDistrict: true })?.reason).toBe('DUPLICATE_ORGANISATION_NUMBER');
    expect(organisationNumberRefusal({ takenInDistrict: false })).toBeNull();
  });
});

describe('contactMoveRefusal', () => {
  const allowed: ContactMoveFacts = {
    currentPartnerId: 'p1',
    since: '2026-01-01',
    toPartnerId: 'p2',
    date: '2026-06-01',
    targetInDistrict: true,
  };
  const reason = (facts: Partial<ContactMoveFacts>) => contactMoveRefusal({ ...allowed, ...facts })?.reason ?? null;

  it('allows a move to another partner of the district, leaving, and a move on the first day', () => {
    expect(reason({})).toBeNull();
    expect(reason({ toPartnerId: null, targetInDistrict: false })).toBeNull();
    expect(reason({ date: '2026-01-01' })).toBeNull();
    expect(reason({ currentPartnerId: null, since: null, date: '2020-01-01' })).toBeNull();
  });

  it('refuses the same partner, a partner of another district and a date before the person came', () => {
    expect(reason({ toPartnerId: 'p1' })).toBe('MOVE_TO_SAME_PARTNER');
    expect(reason({ currentPartnerId: null, since: null, toPartnerId: null })).toBe('MOVE_TO_SAME_PARTNER');
    expect(reason({ targetInDistrict: false })).toBe('PARTNER_NOT_IN_DISTRICT');
    expect(reason({ date: '2025-12-31' })).toBe('MOVE_BEFORE_SINCE');
  });
});

describe('venuePartnerRefusal', () => {
  it('refuses a partner of another district, never an unlink', () => {
    expect(venuePartnerRefusal({ partnerId: 'p1', partnerInDistrict: false })?.reason).toBe('PARTNER_NOT_IN_DISTRICT');
    expect(venuePartnerRefusal({ partnerId: 'p1', partnerInDistrict: true })).toBeNull();
    expect(venuePartnerRefusal({ partnerId: null, partnerInDistrict: false })).toBeNull();
  });
});
