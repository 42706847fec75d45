import { describe, expect, it } from 'vitest';
import { diffGroupData, GROUP_DATA_FIELDS, groupDataSnapshot } from './changes.js';
import type { GroupData } from './types.js';

function group(): GroupData {
  return {
    name: 'Sorggruppe Bergen',
    description: 'For deg som har mistet noen.',
    themeIds: ['grief', 'loneliness'],
    targetGroup: 'AFFECTED',
    municipalityNumber: '4601',
    districtId: 'vest',
    format: 'IN_PERSON',
    venue: {
      name: 'Frivilligsentralen',
      streetAddress: 'Storgata 1',
      postalCode: '5003',
      postalPlace: 'Bergen',
      stepFreeAccess: false,
      hearingLoop: true,
      accessibilityNotes: null,
    },
    meetingUrl: null,
    languages: ['nb'],
    openForNewMembers: true,
    maxSize: 8,
    schedule: {
      kind: 'WEEKLY',
      weekday: 'TUESDAY',
      nth: null,
      dates: [],
      startTime: '18:00',
      durationMinutes: 90,
      startDate: '2026-01-06',
      endDate: null,
    },
  };
}

describe('diffGroupData', () => {
  it('lists nothing for equal data', () => {
    expect(diffGroupData(group(), group())).toEqual([]);
  });

  it('lists changed fields with flat names and display values, in field order', () => {
    const after = group();
    after.name = 'Sorg og savn';
    after.themeIds = ['grief', 'anxiety'];
    after.venue = { ...(after.venue as NonNullable<GroupData['venue']>), postalCode: '5004', stepFreeAccess: true };
    after.maxSize = null;
    after.schedule = { ...after.schedule, startTime: '18:30', endDate: '2026-06-30' };
    expect(diffGroupData(group(), after)).toEqual([
      { field: 'name', oldValue: 'Sorggruppe Bergen', newValue: 'Sorg og savn' },
      { field: 'themeIds', oldValue: 'grief, loneliness', newValue: 'grief, anxiety' },
      { field: 'venue.postalCode', oldValue: '5003', newValue: '5004' },
      { field: 'venue.stepFreeAccess', oldValue: 'false', newValue: 'true' },
      { field: 'maxSize', oldValue: '8', newValue: null },
      { field: 'schedule.startTime', oldValue: '18:00', newValue: '18:30' },
      { field: 'schedule.endDate', oldValue: null, newValue: '2026-06-30' },
    ]);
  });

  it('shows a venue removed when a group goes online', () => {
    const after = { ...group(), format: 'ONLINE' as const, venue: null, meetingUrl: 'https://meet.example/a' };
    const changes = diffGroupData(group(), after);
    expect(changes.map((change) => change.field)).toEqual([
      'format',
      'venue.name',
      'venue.streetAddress',
      'venue.postalCode',
      'venue.postalPlace',
      'venue.stepFreeAccess',
      'venue.hearingLoop',
      'meetingUrl',
    ]);
    expect(changes.find((change) => change.field === 'venue.hearingLoop')).toEqual({
      field: 'venue.hearingLoop',
      oldValue: 'true',
      newValue: null,
    });
  });
});

describe('groupDataSnapshot', () => {
  it('gives every filled-in field as new, with no old values, and leaves empty ones out', () => {
    const snapshot = groupDataSnapshot(group());
    expect(snapshot.map((change) => change.field)).toEqual(
      GROUP_DATA_FIELDS.filter(
        (field) =>
          !['schedule.dates', 'schedule.nth', 'schedule.endDate', 'meetingUrl', 'venue.accessibilityNotes'].includes(
            field,
          ),
      ),
    );
    expect(snapshot.every((change) => change.oldValue === null && change.newValue !== null)).toBe(true);
    expect(snapshot.find((change) => change.field === 'schedule.weekday')?.newValue).toBe('TUESDAY');
    expect(snapshot.find((change) => change.field === 'schedule.dates')).toBeUndefined();
    expect(snapshot.find((change) => change.field === 'languages')?.newValue).toBe('nb');
  });
});
