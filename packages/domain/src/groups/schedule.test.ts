import { describe, expect, it } from 'vitest';
import { instantToZonedParts } from './dates.js';
import { firstMeeting, MAX_MEETINGS_PER_CALL, meetingWeekdays, nextMeetings, nthWeekdayOfMonth } from './schedule.js';
import type { MeetingTime, Schedule } from './types.js';

function schedule(overrides: Partial<Schedule>): Schedule {
  return {
    kind: 'WEEKLY',
    weekday: 'TUESDAY',
    nth: null,
    dates: [],
    startTime: '18:00',
    durationMinutes: 90,
    startDate: '2026-01-01',
    endDate: null,
    ...overrides,
  };
}

const localDays = (meetings: MeetingTime[]) => meetings.map((meeting) => instantToZonedParts(meeting.start).date);
const at = (iso: string) => new Date(iso);

describe('nextMeetings', () => {
  it('gives weekly meetings on the weekday, from the start date', () => {
    const meetings = nextMeetings(schedule({}), at('2025-12-01T00:00:00Z'), 3);
    expect(localDays(meetings)).toEqual(['2026-01-06', '2026-01-13', '2026-01-20']);
    expect(meetings[0]?.start.toISOString()).toBe('2026-01-06T17:00:00.000Z');
    expect(meetings[0]?.end.toISOString()).toBe('2026-01-06T18:30:00.000Z');
  });

  it('keeps a meeting that is still going on and drops one that has ended', () => {
    const during = nextMeetings(schedule({}), at('2026-01-06T18:00:00Z'), 1);
    expect(localDays(during)).toEqual(['2026-01-06']);
    const atEnd = nextMeetings(schedule({}), at('2026-01-06T18:30:00Z'), 1);
    expect(localDays(atEnd)).toEqual(['2026-01-13']);
  });

  it('keeps a late meeting running past midnight', () => {
    const late = schedule({ startTime: '23:30', durationMinutes: 120 });
    // 00:30 on Wednesday 7 January, Oslo: Tuesday's meeting ends at 01:30.
    expect(localDays(nextMeetings(late, at('2026-01-06T23:30:00Z'), 1))).toEqual(['2026-01-06']);
  });

  it('keeps 18:00 local across the autumn DST change (16:00Z in summer, 17:00Z in winter)', () => {
    const meetings = nextMeetings(schedule({}), at('2026-10-19T00:00:00Z'), 2);
    expect(meetings.map((meeting) => meeting.start.toISOString())).toEqual([
      '2026-10-20T16:00:00.000Z',
      '2026-10-27T17:00:00.000Z',
    ]);
    expect(meetings.map((meeting) => instantToZonedParts(meeting.start).time)).toEqual(['18:00', '18:00']);
  });

  it('measures duration in real time on the night the clocks change', () => {
    const night = schedule({ weekday: 'SUNDAY', startTime: '01:30', durationMinutes: 120, startDate: '2026-10-25' });
    const [meeting] = nextMeetings(night, at('2026-10-20T00:00:00Z'), 1);
    expect(meeting?.start.toISOString()).toBe('2026-10-24T23:30:00.000Z');
    expect(meeting?.end.toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(instantToZonedParts(meeting?.end as Date).time).toBe('02:30');
  });

  it('moves a meeting in the spring gap forward', () => {
    const gap = schedule({ weekday: 'SUNDAY', startTime: '02:30', startDate: '2026-03-29' });
    const [meeting] = nextMeetings(gap, at('2026-03-01T00:00:00Z'), 1);
    expect(meeting?.start.toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('stops at the end date, which is inclusive', () => {
    const ending = schedule({ endDate: '2026-01-20' });
    expect(localDays(nextMeetings(ending, at('2026-01-01T00:00:00Z'), 10))).toEqual([
      '2026-01-06',
      '2026-01-13',
      '2026-01-20',
    ]);
    expect(nextMeetings(ending, at('2026-01-21T00:00:00Z'), 10)).toEqual([]);
  });

  it('anchors biweekly meetings on the first weekday on or after the start date', () => {
    const biweekly = schedule({ kind: 'BIWEEKLY', weekday: 'THURSDAY', startDate: '2026-01-06' });
    expect(localDays(nextMeetings(biweekly, at('2026-01-01T00:00:00Z'), 3))).toEqual([
      '2026-01-08',
      '2026-01-22',
      '2026-02-05',
    ]);
    // Asking from any later day keeps the same rhythm.
    expect(localDays(nextMeetings(biweekly, at('2026-01-23T12:00:00Z'), 2))).toEqual(['2026-02-05', '2026-02-19']);
    expect(localDays(nextMeetings(biweekly, at('2026-02-05T16:00:00Z'), 1))).toEqual(['2026-02-05']);
    expect(localDays(nextMeetings(biweekly, at('2026-12-01T00:00:00Z'), 1))).toEqual(['2026-12-10']);
  });

  it('gives the nth weekday of the month', () => {
    const second = schedule({ kind: 'MONTHLY_NTH_WEEKDAY', weekday: 'TUESDAY', nth: 2 });
    expect(localDays(nextMeetings(second, at('2026-01-01T00:00:00Z'), 4))).toEqual([
      '2026-01-13',
      '2026-02-10',
      '2026-03-10',
      '2026-04-14',
    ]);
    const fourthFriday = schedule({ kind: 'MONTHLY_NTH_WEEKDAY', weekday: 'FRIDAY', nth: 4 });
    expect(localDays(nextMeetings(fourthFriday, at('2026-01-23T20:00:00Z'), 2))).toEqual(['2026-02-27', '2026-03-27']);
  });

  it('gives the last weekday of the month, in 4- and 5-week months', () => {
    const last = schedule({ kind: 'MONTHLY_NTH_WEEKDAY', weekday: 'MONDAY', nth: -1, startDate: '2026-01-01' });
    expect(localDays(nextMeetings(last, at('2026-01-01T00:00:00Z'), 4))).toEqual([
      '2026-01-26',
      '2026-02-23',
      '2026-03-30',
      '2026-04-27',
    ]);
  });

  it('skips a monthly meeting before the start date', () => {
    const second = schedule({ kind: 'MONTHLY_NTH_WEEKDAY', weekday: 'TUESDAY', nth: 2, startDate: '2026-01-14' });
    expect(localDays(nextMeetings(second, at('2025-01-01T00:00:00Z'), 1))).toEqual(['2026-02-10']);
  });

  it('gives the listed dates of an irregular schedule, sorted, within start and end', () => {
    const irregular = schedule({
      kind: 'IRREGULAR',
      weekday: null,
      dates: ['2026-03-02', '2026-01-12', '2026-02-02', '2026-01-12', '2025-12-01', '2026-05-01'],
      startDate: '2026-01-01',
      endDate: '2026-04-01',
    });
    expect(localDays(nextMeetings(irregular, at('2025-01-01T00:00:00Z'), 10))).toEqual([
      '2026-01-12',
      '2026-02-02',
      '2026-03-02',
    ]);
    expect(localDays(nextMeetings(irregular, at('2026-01-20T00:00:00Z'), 10))).toEqual(['2026-02-02', '2026-03-02']);
  });

  it('returns nothing for no count, a broken schedule or an invalid instant', () => {
    expect(nextMeetings(schedule({}), at('2026-01-01T00:00:00Z'), 0)).toEqual([]);
    expect(nextMeetings(schedule({}), at('2026-01-01T00:00:00Z'), -3)).toEqual([]);
    expect(nextMeetings(schedule({}), at('2026-01-01T00:00:00Z'), Number.NaN)).toEqual([]);
    expect(nextMeetings(schedule({ weekday: null }), at('2026-01-01T00:00:00Z'), 3)).toEqual([]);
    expect(nextMeetings(schedule({ kind: 'MONTHLY_NTH_WEEKDAY', nth: 5 }), at('2026-01-01T00:00:00Z'), 3)).toEqual([]);
    expect(nextMeetings(schedule({ startTime: '25:00' }), at('2026-01-01T00:00:00Z'), 3)).toEqual([]);
    expect(nextMeetings(schedule({}), new Date(Number.NaN), 3)).toEqual([]);
  });

  it('never hangs: huge counts are capped', () => {
    expect(nextMeetings(schedule({}), at('2026-01-01T00:00:00Z'), Number.POSITIVE_INFINITY)).toHaveLength(
      MAX_MEETINGS_PER_CALL,
    );
    expect(nextMeetings(schedule({}), at('2026-01-01T00:00:00Z'), 1e12)).toHaveLength(MAX_MEETINGS_PER_CALL);
  });

  it('finds the first meeting of the series', () => {
    expect(firstMeeting(schedule({ startDate: '2026-01-07' }))?.start.toISOString()).toBe('2026-01-13T17:00:00.000Z');
    expect(firstMeeting(schedule({ startDate: '2026-01-07', endDate: '2026-01-12' }))).toBeNull();
  });
});

describe('nthWeekdayOfMonth', () => {
  it('finds nth and last weekdays', () => {
    expect(nthWeekdayOfMonth('2026-03-15', 'SUNDAY', -1)).toBe('2026-03-29');
    expect(nthWeekdayOfMonth('2026-10-01', 'SUNDAY', -1)).toBe('2026-10-25');
    expect(nthWeekdayOfMonth('2026-06-30', 'MONDAY', 1)).toBe('2026-06-01');
    expect(nthWeekdayOfMonth('2026-02-01', 'SATURDAY', 4)).toBe('2026-02-28');
    expect(nthWeekdayOfMonth('2026-02-01', 'SATURDAY', 5)).toBeNull();
    expect(nthWeekdayOfMonth('2026-02-01', 'SATURDAY', 0)).toBeNull();
  });
});

describe('meetingWeekdays', () => {
  it('is the fixed weekday, or the weekdays of the listed dates', () => {
    expect(meetingWeekdays(schedule({ kind: 'BIWEEKLY', weekday: 'FRIDAY' }))).toEqual(['FRIDAY']);
    expect(meetingWeekdays(schedule({ weekday: null }))).toEqual([]);
    const irregular = schedule({ kind: 'IRREGULAR', weekday: null, dates: ['2026-01-18', '2026-01-12', '2026-01-19'] });
    expect(meetingWeekdays(irregular)).toEqual(['MONDAY', 'SUNDAY']);
  });
});

describe('cost of a schedule', () => {
  it('builds no Intl formatter per call', () => {
    const from = at('2026-03-20T12:00:00Z');
    const expected = nextMeetings(schedule({ kind: 'MONTHLY_NTH_WEEKDAY', nth: 2 }), from, 10).map((m) =>
      m.start.toISOString(),
    );
    expect(expected).toHaveLength(10);
    const { DateTimeFormat } = Intl;
    let built = 0;
    Intl.DateTimeFormat = class extends DateTimeFormat {
      constructor(...args: ConstructorParameters<typeof DateTimeFormat>) {
        super(...args);
        built += 1;
      }
    } as typeof Intl.DateTimeFormat;
    try {
      for (let i = 0; i < 50; i++) nextMeetings(schedule({}), new Date(from.getTime() + i * 86_400_000), 5);
      const again = nextMeetings(schedule({ kind: 'MONTHLY_NTH_WEEKDAY', nth: 2 }), from, 10).map((m) =>
        m.start.toISOString(),
      );
      expect(again).toEqual(expected);
      expect(built).toBe(0);
    } finally {
      Intl.DateTimeFormat = DateTimeFormat;
    }
  });
});
