import { describe, expect, it } from 'vitest';
import { groupInputSchema } from '../groups/group-input.js';
import { makeFollowUpSchema } from '../groups/follow-up.js';
import { partnerInputSchema } from '../partners/partner-input.js';
import { createStaffUserSchema } from '../staff.js';
import { refusalsOfZodError } from './zod.js';

/** Every refusal of one parse, as `field REASON`. */
function refusalsOf(
  schema: { safeParse(input: unknown): { success: boolean; error?: unknown } },
  input: unknown,
): string[] {
  const parsed = schema.safeParse(input);
  if (parsed.success) return [];
  return refusalsOfZodError(parsed.error as never).map((value) => `${value.field ?? ''} ${value.reason}`);
}

describe('one parse reports every refusal at once', () => {
  it('an empty group names every missing field', () => {
    expect(refusalsOf(groupInputSchema, {})).toEqual([
      'name NAME_REQUIRED',
      'description DESCRIPTION_REQUIRED',
      'themeIds THEME_REQUIRED',
      'targetGroup TARGET_GROUP_REQUIRED',
      'municipalityNumber MUNICIPALITY_REQUIRED',
      'format GROUP_FORMAT_REQUIRED',
      'openForNewMembers OPEN_FOR_NEW_MEMBERS_REQUIRED',
      'schedule SCHEDULE_REQUIRED',
    ]);
  });

  it('a group with wrong fields also gets the rules across fields', () => {
    const input = {
      name: 'AB',
      description: '',
      themeIds: ['grief'],
      targetGroup: 'AFFECTED',
      municipalityNumber: '4601',
      format: 'ONLINE',
      venue: { name: 'Kirkestua', streetAddress: 'Storgata 1', postalCode: '12', postalPlace: 'Bergen' },
      openForNewMembers: true,
      schedule: {
        kind: 'IRREGULAR',
        weekday: 'MONDAY',
        startTime: '25:00',
        durationMinutes: 5,
        startDate: '2026-02-01',
        endDate: '2026-01-01',
        dates: [],
      },
    };
    expect(refusalsOf(groupInputSchema, input)).toEqual([
      'name NAME_TOO_SHORT',
      'description DESCRIPTION_REQUIRED',
      'venue.postalCode POSTAL_CODE_FORMAT',
      'schedule.startTime START_TIME_FORMAT',
      'schedule.durationMinutes MEETING_TOO_SHORT',
      'schedule.endDate END_BEFORE_START',
      'schedule.weekday IRREGULAR_HAS_NO_WEEKDAY',
      'schedule.dates DATES_REQUIRED',
      'venue ONLINE_GROUP_HAS_NO_VENUE',
      'meetingUrl MEETING_URL_REQUIRED',
    ]);
  });

  it('a partner with a missing name still hears that postal code and place go together', () => {
    expect(
      refusalsOf(partnerInputSchema, {
        name: '',
        type: 'MUNICIPALITY',
        status: 'ACTIVE',
        municipalityNumber: '4601',
        postalCode: '5003',
      }),
    ).toEqual(['name NAME_REQUIRED', 'postalPlace POSTAL_CODE_AND_PLACE']);
  });

  it('a follow-up with a missing note still hears that the next one must come later', () => {
    expect(
      refusalsOf(makeFollowUpSchema('2026-06-01'), { date: '2026-05-01', note: '', nextFollowUpDue: '2026-04-01' }),
    ).toEqual(['note NOTE_REQUIRED', 'nextFollowUpDue NEXT_FOLLOW_UP_AFTER_DATE']);
  });

  it('a staff user with a bad email still hears that a district role needs a district', () => {
    expect(refusalsOf(createStaffUserSchema, { email: 'nope', name: 'Kari', role: 'DISTRICT_STAFF' })).toEqual([
      'email INVALID_EMAIL',
      'districtId DISTRICT_ROLE_NEEDS_DISTRICT',
    ]);
  });
});
