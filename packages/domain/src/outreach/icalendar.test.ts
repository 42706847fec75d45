import { describe, expect, it } from 'vitest';
import type { ICalendarActivity } from './icalendar.js';
import { activitiesToICalendar } from './icalendar.js';

const now = new Date('2026-11-22T10:00:00Z');
const talk: ICalendarActivity = {
  id: '11111111-1111-4111-8111-111111111111',
  type: 'TALK',
  title: 'Foredrag om selvhjelp, mestring; og fellesskap',
  status: 'PLANNED',
  date: '2026-12-03',
  startTime: '18:00',
  endTime: '19:30',
  online: false,
  place: 'Biblioteket, Bergen',
  description: 'Samarbeidspartnere: Bergen kommune',
  url: 'http://portal.test/vest/aktiviteter/11111111-1111-4111-8111-111111111111',
  updatedAt: new Date('2026-11-20T08:00:00Z'),
};

/** The unfolded content lines (RFC 5545 §3.1). */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
}

describe('activitiesToICalendar', () => {
  it('writes timed events in Oslo local time with the VTIMEZONE and stable UIDs', () => {
    const ics = activitiesToICalendar('Utadrettet arbeid – Vest', [talk], { now });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = contentLines(ics);
    expect(lines).toContain('BEGIN:VTIMEZONE');
    expect(lines).toContain('TZID:Europe/Oslo');
    expect(lines).toContain('DTSTART;TZID=Europe/Oslo:20261203T180000');
    expect(lines).toContain('DTEND;TZID=Europe/Oslo:20261203T193000');
    expect(lines).toContain(`UID:outreach-${talk.id}@selvhjelp.no`);
    expect(lines).toContain('SUMMARY:Foredrag om selvhjelp\\, mestring\\; og fellesskap');
    expect(lines).toContain('LOCATION:Biblioteket\\, Bergen');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines).toContain('X-WR-CALNAME:Utadrettet arbeid – Vest');
    // The same activity gives the same UID the next time the feed is fetched.
    expect(
      contentLines(activitiesToICalendar('x', [talk], { now: new Date() })).filter((line) => line.startsWith('UID:')),
    ).toEqual([`UID:outreach-${talk.id}@selvhjelp.no`]);
  });

  it('writes all-day events when there are no times, and marks cancelled ones', () => {
    const lines = contentLines(
      activitiesToICalendar(
        'Kalender',
        [
          {
            ...talk,
            startTime: null,
            endTime: null,
            status: 'CANCELLED',
            online: true,
            place: null,
            date: '2026-12-31',
          },
        ],
        { now },
      ),
    );
    expect(lines).toContain('DTSTART;VALUE=DATE:20261231');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines).toContain('LOCATION:Digitalt');
  });

  it('folds long lines at 75 octets without splitting characters', () => {
    const ics = activitiesToICalendar(
      'Kalender',
      [{ ...talk, description: 'Møte med samarbeidspartnere i Åsane og Årstad. '.repeat(10) }],
      { now },
    );
    const physical = ics.split('\r\n').slice(0, -1);
    for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
    expect(contentLines(ics).find((line) => line.startsWith('DESCRIPTION:'))).toContain('Åsane og Årstad. Møte');
  });

  it('gives an empty calendar for no activities', () => {
    expect(
      contentLines(activitiesToICalendar('Kalender', [], { now })).filter((line) => line === 'BEGIN:VEVENT'),
    ).toEqual([]);
  });
});
