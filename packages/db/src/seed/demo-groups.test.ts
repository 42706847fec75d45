import type { GroupStatus } from '@selvhjelp/domain';
import {
  DISTRICTS,
  SCHEDULE_KINDS,
  canChangeStatus,
  compareIsoDates,
  getDistrict,
  groupInputSchema,
  municipalitiesInDistrict,
} from '@selvhjelp/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_GROUPS_PER_DISTRICT, demoGroupPlans, demoId } from './demo-groups.js';

const TODAY = '2026-11-22';
const plans = demoGroupPlans(TODAY);

describe('demo groups', () => {
  it('gives every district 8–12 groups across its own municipalities, the office town included', () => {
    for (const district of DISTRICTS) {
      const own = plans.filter((plan) => plan.data.districtId === district.id);
      expect(own).toHaveLength(DEMO_GROUPS_PER_DISTRICT[district.id]);
      expect(own.length).toBeGreaterThanOrEqual(8);
      expect(own.length).toBeLessThanOrEqual(12);
      const numbers = new Set(municipalitiesInDistrict(district.id).map((municipality) => municipality.number));
      expect(own.every((plan) => numbers.has(plan.data.municipalityNumber))).toBe(true);
      const office = municipalitiesInDistrict(district.id).find(
        (municipality) => municipality.name === getDistrict(district.id).officeTown,
      );
      expect(own.filter((plan) => plan.data.municipalityNumber === office?.number).length).toBeGreaterThanOrEqual(3);
      expect(new Set(own.map((plan) => plan.data.municipalityNumber)).size).toBeGreaterThanOrEqual(4);
    }
  });

  it('is deterministic: same plans for the same day, same slugs and ids on any day', () => {
    expect(demoGroupPlans(TODAY)).toEqual(plans);
    const later = demoGroupPlans('2027-03-01');
    expect(later.map((plan) => plan.slug)).toEqual(plans.map((plan) => plan.slug));
    expect(new Set(plans.map((plan) => plan.slug)).size).toBe(plans.length);
    expect(plans.every((plan) => /^[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{6}$/.test(plan.slug))).toBe(true);
    expect(demoId('x')).toBe(demoId('x'));
    expect(demoId('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('passes the same validation as a group entered in the portal', () => {
    for (const { data } of plans) {
      const { districtId: _derived, ...input } = data;
      expect(groupInputSchema.parse(input)).toEqual(data);
    }
  });

  it('varies status, format, schedule and theme in every district', () => {
    for (const district of DISTRICTS) {
      const own = plans.filter((plan) => plan.data.districtId === district.id);
      const count = (status: GroupStatus) => own.filter((plan) => plan.status === status).length;
      expect(count('RUNNING')).toBeGreaterThan(own.length / 2 - 1);
      for (const status of ['STARTING', 'IDEA', 'PAUSED'] as const) expect(count(status)).toBeGreaterThanOrEqual(1);
      expect(count('CLOSED')).toBe(1);
      expect(own.filter((plan) => plan.data.format !== 'IN_PERSON').length).toBeGreaterThanOrEqual(1);
      expect(own.filter((plan) => plan.data.format === 'IN_PERSON').length).toBeGreaterThan(own.length / 2);
      expect(new Set(own.map((plan) => plan.data.schedule.kind))).toEqual(new Set(SCHEDULE_KINDS));
      expect(new Set(own.map((plan) => plan.data.name)).size).toBe(own.length);
      // Some follow-ups overdue, some ahead.
      const dues = own.flatMap((plan) => (plan.nextFollowUpDue ? [plan.nextFollowUpDue] : []));
      expect(dues.some((due) => due < TODAY)).toBe(true);
      expect(dues.some((due) => due > TODAY)).toBe(true);
    }
    const themes = new Set(plans.flatMap((plan) => plan.data.themeIds));
    for (const theme of [
      'grief',
      'separation',
      'anxiety',
      'relatives',
      'addiction',
      'mixed',
      'leaving-religious-community',
    ])
      expect(themes).toContain(theme);
    for (const plan of plans.filter((candidate) => candidate.data.format !== 'IN_PERSON'))
      expect(plan.data.meetingUrl).toMatch(/^https:\/\//);
  });

  it('has a lifecycle that follows the rules, in the past, with follow-ups while the group was active', () => {
    for (const plan of plans) {
      const steps = plan.statusHistory;
      expect(steps[0]).toMatchObject({ from: null, to: 'IDEA' });
      expect(steps.at(-1)!.to).toBe(plan.status);
      for (const [index, step] of steps.entries()) {
        expect(compareIsoDates(step.effectiveDate, TODAY)).toBeLessThanOrEqual(0);
        if (index === 0) continue;
        expect(canChangeStatus(step.from!, step.to)).toBe(true);
        expect(compareIsoDates(steps[index - 1]!.effectiveDate, step.effectiveDate)).toBeLessThanOrEqual(0);
      }
      for (const followUp of plan.followUps) {
        expect(compareIsoDates(followUp.date, TODAY)).toBeLessThanOrEqual(0);
        expect(compareIsoDates(followUp.date, steps[1]!.effectiveDate)).toBeGreaterThan(0);
      }
      // Only a closed group has nothing to follow up.
      expect(plan.nextFollowUpDue === null).toBe(plan.status === 'CLOSED');
    }
    expect(plans.filter((plan) => plan.followUps.length >= 2).length).toBeGreaterThan(plans.length / 2);
  });
});
