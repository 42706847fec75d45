import { describe, expect, it } from 'vitest';
import { renderRefusal } from '../messages/index.js';
import type { AssignmentFacts } from './rules.js';
import { assignableFacilitators, facilitatorAssignmentRefusal, groupFacilitatorLimitRefusal } from './rules.js';

const allowed: AssignmentFacts = {
  groupStatus: 'STARTING',
  facilitatorForgotten: false,
  sameDistrict: true,
  qualification: 'QUALIFIED',
  assignedFacilitatorIds: [],
  facilitatorId: 'f1',
};

describe('facilitatorAssignmentRefusal', () => {
  it('allows a qualified facilitator of the district to a starting group with room', () => {
    expect(facilitatorAssignmentRefusal(allowed)).toBeNull();
    expect(facilitatorAssignmentRefusal({ ...allowed, assignedFacilitatorIds: ['f2'] })).toBeNull();
  });

  it('says why, in order: the group, the person, the district, the qualification, the assignments', () => {
    const code = (facts: Partial<AssignmentFacts>) => facilitatorAssignmentRefusal({ ...allowed, ...facts })?.reason;
    expect(code({ groupStatus: 'RUNNING', facilitatorForgotten: true })).toBe('GROUP_NOT_STARTING');
    expect(code({ facilitatorForgotten: true, sameDistrict: false })).toBe('FACILITATOR_FORGOTTEN');
    expect(code({ sameDistrict: false, qualification: 'LAPSED' })).toBe('FACILITATOR_OTHER_DISTRICT');
    expect(code({ assignedFacilitatorIds: ['f1'] })).toBe('ALREADY_ASSIGNED');
    expect(code({ assignedFacilitatorIds: ['f2', 'f3'] })).toBe('GROUP_HAS_ENOUGH_FACILITATORS');
    const lapsed = facilitatorAssignmentRefusal({ ...allowed, qualification: 'LAPSED' });
    expect(lapsed).toMatchObject({ reason: 'FACILITATOR_NOT_QUALIFIED', params: { status: 'LAPSED' } });
    expect(renderRefusal(lapsed!, 'nb')).toMatch(/oppfriskningskurs/);
    expect(renderRefusal(lapsed!, 'en')).toMatch(/refresher course/);
  });
});

describe('what the group page offers', () => {
  it('refuses a further facilitator once the group has its maximum', () => {
    expect(groupFacilitatorLimitRefusal(['f1'])).toBeNull();
    expect(groupFacilitatorLimitRefusal(['f1', 'f2'])).toMatchObject({
      reason: 'GROUP_HAS_ENOUGH_FACILITATORS',
      params: { maximum: 2 },
    });
  });

  it('offers only candidates not assigned to the group now', () => {
    const candidates = [{ id: 'f1' }, { id: 'f2' }, { id: 'f3' }];
    expect(assignableFacilitators(candidates, ['f2']).map(({ id }) => id)).toEqual(['f1', 'f3']);
  });
});
