import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';
import { GROUP_CSV_COLUMNS } from './group-csv-columns.js';
import { groupsToCsv, parseGroupCsv } from './group-csv.js';
import type { GroupData, GroupStatus } from './types.js';

describe('groupsToCsv', () => {
  function group(
    overrides: Partial<GroupData> = {},
    status: GroupStatus = 'RUNNING',
  ): GroupData & { status: GroupStatus } {
    return {
      name: 'Sorg; savn og "håp"',
      description: '=Første linje\nAndre linje, med komma',
      themeIds: ['grief', 'leaving-religious-community'],
      targetGroup: 'BOTH',
      municipalityNumber: '0301',
      districtId: 'ost',
      format: 'HYBRID',
      venue: {
        name: 'Kirkens bymisjon',
        streetAddress: 'Tollbugata 3',
        postalCode: '0152',
        postalPlace: 'Oslo',
        stepFreeAccess: true,
        hearingLoop: false,
        accessibilityNotes: 'Heis; inngang fra bakgården',
      },
      meetingUrl: 'https://meet.example/abc?x=1,2',
      languages: ['nb', 'se'],
      openForNewMembers: false,
      maxSize: 12,
      schedule: {
        kind: 'MONTHLY_NTH_WEEKDAY',
        weekday: 'WEDNESDAY',
        nth: -1,
        dates: [],
        startTime: '09:30',
        durationMinutes: 120,
        startDate: '2026-01-01',
        endDate: '2026-12-31',
      },
      status,
      ...overrides,
    };
  }

  it('writes bokmål headers and values, protected against spreadsheet formulas', () => {
    const [header, first] = parseCsv(groupsToCsv([group()]));
    expect(header).toEqual(GROUP_CSV_COLUMNS.map((column) => column.header));
    const cell = (name: string) => first?.[header?.indexOf(name) ?? -1];
    expect(cell('tema')).toBe('Sorg | Brudd med trossamfunn');
    expect(cell('kommune')).toBe('0301 Oslo');
    expect(cell('beskrivelse')).toBe("'=Første linje\nAndre linje, med komma");
    expect(cell('uke_i_måneden')).toBe('siste');
    expect(cell('status')).toBe('i gang (selvgående)');
    expect(cell('startdato')).toBe('01.01.2026');
  });

  it('round-trips through parseGroupCsv', () => {
    const groups = [
      group(),
      group({ format: 'ONLINE', venue: null, themeIds: ['mixed'], maxSize: null, languages: ['en'] }, 'STARTING'),
      group(
        {
          format: 'IN_PERSON',
          meetingUrl: null,
          municipalityNumber: '1818',
          districtId: 'nord',
          schedule: {
            kind: 'IRREGULAR',
            weekday: null,
            nth: null,
            dates: ['2026-01-12', '2026-02-02'],
            startTime: '18:00',
            durationMinutes: 90,
            startDate: '2026-01-01',
            endDate: null,
          },
        },
        'IDEA',
      ),
      group({ schedule: { ...group().schedule, kind: 'BIWEEKLY', nth: null, endDate: null } }, 'PAUSED'),
    ];
    const { headerErrors, rows } = parseGroupCsv(groupsToCsv(groups));
    expect(headerErrors).toEqual([]);
    expect(rows.map((r) => r.errors)).toEqual([[], [], [], []]);
    expect(rows.map((r) => ({ ...r.data, status: r.status }))).toEqual(groups);
  });
});
