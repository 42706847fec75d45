import { describe, expect, it } from 'vitest';
import { messageOfZodIssue } from '../messages/index.js';
import { activityInputSchema, outcomeInputSchema } from './activity-input.js';

const PARTNER = '0b9f2c1e-5d7a-4c3b-9a8e-1f2d3c4b5a69';
const activity = {
  type: 'PROFESSIONAL_DAY',
  title: 'Fagdag om selvhjelp',
  status: 'COMPLETED',
  date: '2026-10-14',
  startTime: '09:00',
  endTime: '15:30',
  online: false,
  place: 'Bergen rådhus',
  municipalityNumber: '4601',
  staffUserIds: [],
  partnerIds: [PARTNER.toUpperCase(), PARTNER],
  audiences: ['HEALTH_SERVICES', 'NAV', 'NAV'],
  participantCount: 40,
  themeIds: ['grief'],
  notes: null,
};

function issues(input: unknown) {
  const result = activityInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), messageOfZodIssue(issue)]);
}

describe('activityInputSchema', () => {
  it('deduplicates partners and audiences', () => {
    expect(activityInputSchema.parse(activity)).toMatchObject({
      partnerIds: [PARTNER],
      audiences: ['HEALTH_SERVICES', 'NAV'],
      participantCount: 40,
    });
  });

  it('refuses negative and fractional participant counts', () => {
    expect(issues({ ...activity, participantCount: -1 })).toEqual([
      ['participantCount', 'Antall deltakere kan ikke være negativt.'],
    ]);
    expect(issues({ ...activity, participantCount: 2.5 }).map(([field]) => field)).toEqual(['participantCount']);
  });

  it('wants a participant count once the activity is completed, not before', () => {
    expect(issues({ ...activity, participantCount: null })).toEqual([
      ['participantCount', 'Oppgi antall deltakere for en gjennomført aktivitet.'],
    ]);
    expect(issues({ ...activity, status: 'PLANNED', participantCount: null })).toEqual([]);
  });

  it('wants the end after the start, and both or neither', () => {
    expect(issues({ ...activity, endTime: '08:00' })).toEqual([['endTime', 'Sluttiden må være etter starttiden.']]);
    expect(issues({ ...activity, endTime: '' })).toEqual([
      ['endTime', 'Oppgi både start og slutt, eller ingen av dem.'],
    ]);
    expect(issues({ ...activity, startTime: null, endTime: null })).toEqual([]);
  });

  it('wants a place unless online', () => {
    expect(issues({ ...activity, place: '' })).toEqual([['place', 'Oppgi sted, eller kryss av for digitalt.']]);
    expect(issues({ ...activity, place: '', online: true })).toEqual([]);
  });

  it('refuses malformed ids, unknown audiences and themes', () => {
    expect(issues({ ...activity, partnerIds: ['x'] }).map(([field]) => field)).toEqual(['partnerIds.0']);
    expect(issues({ ...activity, audiences: ['ALIENS'] }).map(([field]) => field)).toEqual(['audiences.0']);
    expect(issues({ ...activity, themeIds: ['nope'] }).map(([field]) => field)).toEqual(['themeIds']);
  });
});

describe('outcomeInputSchema', () => {
  it('needs a kind and a target', () => {
    expect(outcomeInputSchema.parse({ kind: 'GROUP_STARTED', targetId: PARTNER })).toEqual({
      kind: 'GROUP_STARTED',
      targetId: PARTNER,
      note: null,
    });
    expect(outcomeInputSchema.safeParse({ kind: 'PARTY', targetId: '' }).success).toBe(false);
  });
});
