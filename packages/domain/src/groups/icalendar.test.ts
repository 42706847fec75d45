import { describe, expect, it } from 'vitest';
import type { ICalendarGroup } from './icalendar.js';
import { escapeICalendarText, foldICalendarLine, groupToICalendar } from './icalendar.js';
import { nextMeetings } from './schedule.js';
import type { Schedule } from './types.js';

interface ContentLine {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** A small RFC 5545 reader: unfold, then split each line into name, parameters and value. */
function parseICalendar(text: string): ContentLine[] {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      const [name = '', ...params] = line.slice(0, colon).split(';');
      return {
        name,
        params: Object.fromEntries(params.map((param) => param.split('=') as [string, string])),
        value: line.slice(colon + 1),
      };
    });
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, character: string) => (character.toLowerCase() === 'n' ? '\n' : character));
}

/** The lines of the VEVENT, by name. */
function eventOf(lines: ContentLine[]): Map<string, ContentLine> {
  const start = lines.findIndex((line) => line.name === 'BEGIN' && line.value === 'VEVENT');
  const end = lines.findIndex((line) => line.name === 'END' && line.value === 'VEVENT');
  return new Map(lines.slice(start + 1, end).map((line) => [line.name, line]));
}

function schedule(overrides: Partial<Schedule> = {}): Schedule {
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

function group(overrides: Partial<ICalendarGroup> = {}): ICalendarGroup {
  return {
    slug: 'sorggruppe-bergen-3f2a9c',
    name: 'Sorggruppe, Bergen; torsdag',
    description: 'For deg som har mistet noen.',
    location: 'Frivilligsentralen, Storgata 1, 5003 Bergen',
    url: 'https://selvhjelp.example/grupper/sorggruppe-bergen-3f2a9c',
    schedule: schedule(),
    updatedAt: new Date('2026-01-02T10:20:30Z'),
    ...overrides,
  };
}

const now = new Date('2026-01-03T08:00:00Z');

describe('groupToICalendar', () => {
  it('writes a publishable calendar with the Oslo time zone', () => {
    const lines = parseICalendar(groupToICalendar(group(), { now }));
    const value = (name: string) => lines.find((line) => line.name === name)?.value;
    expect(lines[0]).toEqual({ name: 'BEGIN', params: {}, value: 'VCALENDAR' });
    expect(lines.at(-1)).toEqual({ name: 'END', params: {}, value: 'VCALENDAR' });
    expect(value('VERSION')).toBe('2.0');
    expect(value('PRODID')).toBe('-//Selvhjelp Norge//Gruppekalender//NB');
    expect(value('CALSCALE')).toBe('GREGORIAN');
    expect(value('METHOD')).toBe('PUBLISH');
    expect(unescapeText(value('X-WR-CALNAME') ?? '')).toBe('Sorggruppe, Bergen; torsdag');
    expect(value('X-WR-TIMEZONE')).toBe('Europe/Oslo');
    expect(value('TZID')).toBe('Europe/Oslo');
    const rules = lines.filter((line) => line.name === 'RRULE').map((line) => line.value);
    expect(rules).toContain('FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(rules).toContain('FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(lines.filter((line) => line.name === 'DTSTART').map((line) => line.value)).toEqual(
      expect.arrayContaining(['19700329T020000', '19701025T030000']),
    );
    expect(lines.filter((line) => line.name === 'TZOFFSETTO').map((line) => line.value)).toEqual(['+0200', '+0100']);
  });

  it('writes one weekly event at the first meeting', () => {
    const event = eventOf(parseICalendar(groupToICalendar(group(), { now, productId: '-//Test//Test//EN' })));
    expect(event.get('UID')?.value).toBe('sorggruppe-bergen-3f2a9c@selvhjelp.no');
    expect(event.get('DTSTAMP')?.value).toBe('20260103T080000Z');
    expect(event.get('DTSTART')).toEqual({
      name: 'DTSTART',
      params: { TZID: 'Europe/Oslo' },
      value: '20260106T180000',
    });
    expect(event.get('DTEND')).toEqual({ name: 'DTEND', params: { TZID: 'Europe/Oslo' }, value: '20260106T193000' });
    expect(event.get('RRULE')?.value).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(unescapeText(event.get('SUMMARY')?.value ?? '')).toBe('Sorggruppe, Bergen; torsdag');
    expect(unescapeText(event.get('DESCRIPTION')?.value ?? '')).toBe(
      'For deg som har mistet noen.\n\nhttps://selvhjelp.example/grupper/sorggruppe-bergen-3f2a9c',
    );
    expect(unescapeText(event.get('LOCATION')?.value ?? '')).toBe('Frivilligsentralen, Storgata 1, 5003 Bergen');
    expect(event.get('URL')?.value).toBe('https://selvhjelp.example/grupper/sorggruppe-bergen-3f2a9c');
    expect(event.get('LAST-MODIFIED')?.value).toBe('20260102T102030Z');
  });

  it('writes the other rhythms and an UNTIL at the end of the local end day', () => {
    const rrule = (overrides: Partial<Schedule>) =>
      eventOf(parseICalendar(groupToICalendar(group({ schedule: schedule(overrides) }), { now }))).get('RRULE')?.value;
    expect(rrule({ kind: 'BIWEEKLY', weekday: 'THURSDAY' })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH');
    expect(rrule({ kind: 'MONTHLY_NTH_WEEKDAY', nth: 2 })).toBe('FREQ=MONTHLY;BYDAY=2TU');
    expect(rrule({ kind: 'MONTHLY_NTH_WEEKDAY', weekday: 'MONDAY', nth: -1 })).toBe('FREQ=MONTHLY;BYDAY=-1MO');
    expect(rrule({ endDate: '2026-06-30' })).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630T215959Z');
    expect(rrule({ endDate: '2026-12-15' })).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215T225959Z');
  });

  it('lists irregular dates as DTSTART plus RDATE', () => {
    const irregular = schedule({ kind: 'IRREGULAR', weekday: null, dates: ['2026-03-02', '2026-01-12', '2026-02-02'] });
    const event = eventOf(parseICalendar(groupToICalendar(group({ schedule: irregular }), { now })));
    expect(event.get('DTSTART')?.value).toBe('20260112T180000');
    expect(event.get('RRULE')).toBeUndefined();
    expect(event.get('RDATE')).toEqual({
      name: 'RDATE',
      params: { TZID: 'Europe/Oslo' },
      value: '20260202T180000,20260302T180000',
    });
  });

  it('keeps the local 18:00 on both sides of the October DST change', () => {
    const summer = schedule({ startDate: '2026-10-19' });
    const winter = schedule({ startDate: '2026-10-26' });
    const dtstart = (s: Schedule) =>
      eventOf(parseICalendar(groupToICalendar(group({ schedule: s }), { now }))).get('DTSTART')?.value;
    expect(dtstart(summer)).toBe('20261020T180000');
    expect(dtstart(winter)).toBe('20261027T180000');
    const [before, after] = nextMeetings(summer, new Date('2026-10-19T00:00:00Z'), 2);
    // 18:00 CEST = 16:00Z; 18:00 CET = 17:00Z.
    expect(before?.start.toISOString()).toBe('2026-10-20T16:00:00.000Z');
    expect(after?.start.toISOString()).toBe('2026-10-27T17:00:00.000Z');
  });

  it('writes no event when no meeting falls between start and end', () => {
    const text = groupToICalendar(group({ schedule: schedule({ startDate: '2026-01-07', endDate: '2026-01-12' }) }), {
      now,
    });
    expect(text).not.toContain('BEGIN:VEVENT');
    expect(text).toContain('END:VCALENDAR\r\n');
  });

  it('uses CRLF and folds long Norwegian text at 75 octets without splitting characters', () => {
    const description =
      'Vi møtes på Frivilligsentralen i Ålesund for å dele erfaringer med sorg, savn og tap. ' +
      'Æ, ø og å skal komme gjennom hele; også «anførselstegn», linjeskift\nog emoji 🌿 midt i en lang linje. '.repeat(
        4,
      );
    const text = groupToICalendar(group({ description, location: null }), { now });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = text.split('\r\n').slice(0, -1);
    for (const line of physical) {
      expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(physical.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(5);
    const event = eventOf(parseICalendar(text));
    expect(unescapeText(event.get('DESCRIPTION')?.value ?? '')).toBe(
      `${description.trim()}\n\nhttps://selvhjelp.example/grupper/sorggruppe-bergen-3f2a9c`,
    );
    expect(event.get('LOCATION')).toBeUndefined();
  });
});

describe('iCalendar helpers', () => {
  it('escapes TEXT values', () => {
    expect(escapeICalendarText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at exactly 75 octets, counting the leading space of continuation lines', () => {
    const folded = foldICalendarLine(`DESCRIPTION:${'å'.repeat(100)}`);
    const [first, ...rest] = folded.split('\r\n');
    // 12 ASCII octets + 31 two-octet letters = 74: one more letter would make 76.
    expect(Buffer.byteLength(first ?? '')).toBe(74);
    for (const line of rest) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'å'.repeat(100)}`);
    expect(foldICalendarLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldICalendarLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });
});
