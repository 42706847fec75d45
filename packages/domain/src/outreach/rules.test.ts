import { describe, expect, it } from 'vitest';
import type { OutcomeFacts } from './rules.js';
import { activityParticipantsRefusal, outcomeRefusal } from './rules.js';

describe('activityParticipantsRefusal', () => {
  it('allows the district’s own staff and partners', () => {
    expect(activityParticipantsRefusal({ allStaffOfDistrict: true, allPartnersOfDistrict: true })).toBeNull();
  });

  it('refuses staff and partners from elsewhere, staff first', () => {
    expect(activityParticipantsRefusal({ allStaffOfDistrict: false, allPartnersOfDistrict: false })?.reason).toBe(
      'STAFF_NOT_IN_DISTRICT',
    );
    expect(activityParticipantsRefusal({ allStaffOfDistrict: true, allPartnersOfDistrict: false })?.reason).toBe(
      'PARTNER_NOT_IN_DISTRICT',
    );
  });
});

describe('outcomeRefusal', () => {
  const allowed: OutcomeFacts = { activityStatus: 'COMPLETED', targetInDistrict: true, alreadyLinked: false };
  const reason = (facts: Partial<OutcomeFacts>) => outcomeRefusal({ ...allowed, ...facts })?.reason ?? null;

  it('allows a new outcome of a completed activity that points into its district', () => {
    expect(reason({})).toBeNull();
  });

  it('refuses an activity that has not happened, a target from elsewhere and a second link', () => {
    expect(reason({ activityStatus: 'PLANNED' })).toBe('ACTIVITY_NOT_COMPLETED');
    expect(reason({ targetInDistrict: false })).toBe('OUTCOME_TARGET_NOT_FOUND');
    expect(reason({ alreadyLinked: true })).toBe('OUTCOME_ALREADY_LINKED');
  });
});
