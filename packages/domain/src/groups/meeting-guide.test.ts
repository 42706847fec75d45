import { describe, expect, it } from 'vitest';
import type { PublicGroupForFeed } from './meeting-guide.js';
import { meetingGuideDay, toMeetingGuideFeed, toMeetingGuideMeetings } from './meeting-guide.js';
import type { Schedule } from './types.js';

// The reserved type codes of the Meeting Guide spec (code4recovery/spec, "Meeting Types").
const OFFICIAL_TYPES = new Set(
  (
    '11 12x12 A ABSI AL AL-AN AM ASL B BA BE BI BRK C CAN CF D DA DB DD DE DR EL EN FA FF FR G GR H HE HI HR HU ITA JA ' +
    'KOR L LGBTQ LIT LS LT M MED ML N NB NDG NO O OUT P POA POC POL POR PUN RUS S SEN SK SM SP ST SV T TC TH TL TR UK W X XB XT Y'
  ).split(' '),
);

function schedule(overrides: Partial<Schedule> = {}): Schedule {
  return {
    kind: 'WEEKLY',
    weekday: 'TUESDAY',
    nth: null,
    dates: [],
    startTime: '18:00',
    durationMinutes: 90,
    startDate: '2026-01-06',
    endDate: null,
    ...overrides,
  };
}

function group(overrides: Partial<PublicGroupForFeed> = {}): PublicGroupForFeed {
  return {
    slug: 'sorggruppe-bergen-3f2a9c',
    name: 'Sorggruppe Bergen',
    description: 'For deg som har mistet noen.',
    format: 'IN_PERSON',
    venue: {
      name: 'Frivilligsentralen',
      streetAddress: 'Storgata 1',
      postalCode: '5003',
      postalPlace: 'Bergen',
      stepFreeAccess: true,
      hearingLoop: true,
      accessibilityNotes: 'Heis til 2. etasje.',
    },
    municipalityName: 'Bergen',
    countyName: 'Vestland',
    districtName: 'Selvhjelp Vest',
    themeIds: ['grief'],
    languages: ['nb', 'en'],
    openForNewMembers: true,
    schedule: schedule(),
    updatedAt: new Date('2026-01-02T10:20:30.456Z'),
    contact: { email: 'vest@selvhjelp.example', phone: '+47 55 00 10 00', web: 'https://selvhjelp.example/vest' },
    ...overrides,
  };
}

const options = { baseUrl: 'https://selvhjelp.example/' };

describe('toMeetingGuideMeetings', () => {
  it('maps an in-person weekly group to one meeting', () => {
    expect(toMeetingGuideMeetings(group(), options)).toEqual([
      {
        name: 'Sorggruppe Bergen',
        slug: 'sorggruppe-bergen-3f2a9c',
        day: 2,
        time: '18:00',
        end_time: '19:30',
        timezone: 'Europe/Oslo',
        formatted_address: 'Storgata 1, 5003 Bergen, Norway',
        approximate: 'no',
        location: 'Frivilligsentralen',
        location_notes: 'Teleslynge i lokalet.\nHeis til 2. etasje.',
        notes: 'For deg som har mistet noen.',
        attendance_option: 'in_person',
        types: ['O', 'X', 'NO', 'EN'],
        regions: ['Vestland', 'Bergen'],
        url: 'https://selvhjelp.example/grupper/sorggruppe-bergen-3f2a9c',
        updated: '2026-01-02 10:20:30',
        group: 'Sorggruppe Bergen',
        entity: 'Selvhjelp Norge – Selvhjelp Vest',
        entity_email: 'vest@selvhjelp.example',
        entity_phone: '+47-55-00-10-00',
        entity_url: 'https://selvhjelp.example/vest',
        entity_website_url: 'https://selvhjelp.example/vest',
      },
    ]);
  });

  it('never publishes a meeting link: online groups point to the district office', () => {
    const online = group({ format: 'ONLINE', venue: null, languages: ['nb'] });
    const [meeting] = toMeetingGuideMeetings(online, options);
    expect(meeting).not.toHaveProperty('conference_url');
    expect(JSON.stringify(meeting)).not.toMatch(/meet\.|zoom|teams/i);
    expect(meeting?.attendance_option).toBe('online');
    expect(meeting?.formatted_address).toBe('Bergen, Norway');
    expect(meeting?.approximate).toBe('yes');
    expect(meeting).not.toHaveProperty('location');
    expect(meeting?.conference_url_notes).toBe(
      'Møtelenken får du ved å kontakte Selvhjelp Vest: vest@selvhjelp.example, +47 55 00 10 00.',
    );
    expect(meeting?.notes).toContain('Møtelenken får du ved å kontakte Selvhjelp Vest');
    expect(meeting?.types).toEqual(['O', 'NO']);
  });

  it('marks hybrid groups, and closed ones with C', () => {
    const [meeting] = toMeetingGuideMeetings(group({ format: 'HYBRID', openForNewMembers: false }), options);
    expect(meeting?.attendance_option).toBe('hybrid');
    expect(meeting?.formatted_address).toBe('Storgata 1, 5003 Bergen, Norway');
    expect(meeting?.types).toEqual(['C', 'X', 'NO', 'EN']);
    expect(meeting?.conference_url_notes).toContain('vest@selvhjelp.example');
  });

  it('uses only official type codes', () => {
    const languages = [
      'nb',
      'nn',
      'se',
      'en',
      'pl',
      'lt',
      'ar',
      'so',
      'ti',
      'uk',
      'ru',
      'fa',
      'ur',
      'es',
      'de',
      'fr',
      'sv',
      'da',
    ];
    for (const format of ['IN_PERSON', 'ONLINE', 'HYBRID'] as const) {
      for (const meeting of toMeetingGuideMeetings(group({ format, languages }), options)) {
        for (const type of meeting.types) expect(OFFICIAL_TYPES, type).toContain(type);
      }
    }
  });

  it('describes non-weekly rhythms in the notes', () => {
    const [monthly] = toMeetingGuideMeetings(
      group({ schedule: schedule({ kind: 'MONTHLY_NTH_WEEKDAY', nth: -1 }) }),
      options,
    );
    expect(monthly?.day).toBe(2);
    expect(monthly?.notes).toBe('Siste tirsdag i måneden kl. 18:00–19:30\n\nFor deg som har mistet noen.');
    const [biweekly] = toMeetingGuideMeetings(
      group({ schedule: schedule({ kind: 'BIWEEKLY', weekday: 'SUNDAY' }) }),
      options,
    );
    expect(biweekly?.day).toBe(0);
    expect(biweekly?.notes.startsWith('Annenhver søndag')).toBe(true);
  });

  it('gives irregular groups one entry without day and time', () => {
    const irregular = schedule({ kind: 'IRREGULAR', weekday: null, dates: ['2026-01-12', '2026-02-02'] });
    const meetings = toMeetingGuideMeetings(group({ schedule: irregular }), options);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).not.toHaveProperty('day');
    expect(meetings[0]).not.toHaveProperty('time');
    expect(meetings[0]?.notes.startsWith('Uregelmessig: 12. jan., 2. feb. kl. 18:00–19:30')).toBe(true);
  });

  it('names one region when county and municipality are the same', () => {
    const [oslo] = toMeetingGuideMeetings(group({ countyName: 'Oslo', municipalityName: 'Oslo' }), options);
    expect(oslo?.regions).toEqual(['Oslo']);
  });

  it('counts days from Sunday = 0', () => {
    expect(meetingGuideDay('SUNDAY')).toBe(0);
    expect(meetingGuideDay('MONDAY')).toBe(1);
    expect(meetingGuideDay('SATURDAY')).toBe(6);
  });

  it('writes the whole feed as a JSON array', () => {
    const feed = JSON.parse(toMeetingGuideFeed([group(), group({ slug: 'angst-oslo-1' })], options)) as {
      slug: string;
    }[];
    expect(feed.map((meeting) => meeting.slug)).toEqual(['sorggruppe-bergen-3f2a9c', 'angst-oslo-1']);
    expect(toMeetingGuideFeed([], options)).toBe('[]');
  });
});
