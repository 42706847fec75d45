import { describe, expect, it } from 'vitest';
import { messageOfZodIssue } from '../messages/index.js';
import { courseInputSchema } from './course-input.js';
import { courseToICalendar, coursesToICalendar } from './icalendar.js';
import { canChangeCourseStatus, courseStatusChangeSchema, meetsCompletionRule } from './lifecycle.js';

const validCourse = {
  type: 'BASIC',
  title: 'Igangsettertrening høsten 2026',
  locationText: 'Frivilligsentralen, Bergen',
  capacity: 12,
  trainerIds: ['a'],
  sessions: [
    { date: '2026-11-12', startTime: '17:00', endTime: '20:00', place: null },
    { date: '2026-11-05', startTime: '17:00', endTime: '20:00', place: 'Rom 2' },
  ],
};

function issues(input: unknown) {
  const result = courseInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), messageOfZodIssue(issue)]);
}

describe('courseInputSchema', () => {
  it('sorts sessions', () => {
    expect(courseInputSchema.parse(validCourse).sessions.map((session) => session.date)).toEqual([
      '2026-11-05',
      '2026-11-12',
    ]);
  });

  it('refuses a session that ends before it starts, capacity < 1, no sessions, no place', () => {
    expect(
      issues({ ...validCourse, sessions: [{ date: '2026-11-05', startTime: '18:00', endTime: '17:30' }] }),
    ).toEqual([['sessions.0.endTime', 'Samlingen må slutte etter at den starter.']]);
    expect(issues({ ...validCourse, capacity: 0 })).toEqual([['capacity', 'Kurset må ha minst én plass.']]);
    expect(issues({ ...validCourse, sessions: [] })).toEqual([['sessions', 'Kurset må ha minst én samling.']]);
    expect(issues({ ...validCourse, locationText: '' })).toEqual([
      ['locationText', 'Oppgi sted, eller velg at kurset er på nett.'],
    ]);
    expect(issues({ ...validCourse, locationText: '', online: true })).toEqual([]);
  });
});

describe('course lifecycle', () => {
  it('moves forward, and cancels from any status that is not final', () => {
    expect(canChangeCourseStatus('PLANNED', 'OPEN')).toBe(true);
    expect(canChangeCourseStatus('OPEN', 'RUNNING')).toBe(true);
    expect(canChangeCourseStatus('RUNNING', 'COMPLETED')).toBe(true);
    expect(canChangeCourseStatus('PLANNED', 'COMPLETED')).toBe(false);
    for (const from of ['PLANNED', 'OPEN', 'RUNNING'] as const)
      expect(canChangeCourseStatus(from, 'CANCELLED')).toBe(true);
    expect(canChangeCourseStatus('COMPLETED', 'CANCELLED')).toBe(false);
  });

  it('needs a reason to cancel', () => {
    expect(courseStatusChangeSchema.safeParse({ status: 'CANCELLED' }).error?.issues[0]?.path).toEqual(['reason']);
    expect(courseStatusChangeSchema.parse({ status: 'OPEN', reason: 'x' })).toEqual({ status: 'OPEN', reason: null });
  });

  it('completes BASIC and REFRESHER with every session attended; network meetings never qualify', () => {
    expect(meetsCompletionRule('BASIC', 3, 3)).toBe(true);
    expect(meetsCompletionRule('BASIC', 2, 3)).toBe(false);
    expect(meetsCompletionRule('REFRESHER', 1, 1)).toBe(true);
    expect(meetsCompletionRule('NETWORK_MEETING', 1, 1)).toBe(false);
    expect(meetsCompletionRule('BASIC', 0, 0)).toBe(false);
  });
});

describe('courseToICalendar', () => {
  it('writes one event per session in Oslo local time', () => {
    const sessions = courseInputSchema
      .parse(validCourse)
      .sessions.map((session, index) => ({ ...session, id: `s${index}` }));
    const text = courseToICalendar(
      {
        id: 'c1',
        title: 'Grunnkurs; høst',
        description: 'Kurs for nye igangsettere',
        status: 'OPEN',
        locationText: 'Bergen',
        online: false,
        url: 'https://selvhjelp.no/kurs/c1',
        sessions,
        updatedAt: new Date('2026-10-01T10:00:00Z'),
      },
      { now: new Date('2026-10-02T10:00:00Z') },
    );
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20261105T170000');
    expect(text).toContain('DTEND;TZID=Europe/Oslo:20261112T200000');
    expect(text).toContain('SUMMARY:Grunnkurs\\; høst (samling 1 av 2)');
    expect(text).toContain('LOCATION:Rom 2');
    expect(text).toContain('UID:course-c1-session-s0@selvhjelp.no');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});

describe('coursesToICalendar', () => {
  it('puts every session of every course in one calendar, cancelled ones marked so', () => {
    const sessions = courseInputSchema
      .parse(validCourse)
      .sessions.map((session, index) => ({ ...session, id: `s${index}` }));
    const course = (id: string, status: 'OPEN' | 'CANCELLED') => ({
      id,
      title: `Kurs ${id}`,
      description: '',
      status,
      locationText: 'Bergen',
      online: false,
      url: `https://selvhjelp.no/kurs/${id}`,
      sessions,
      updatedAt: new Date('2026-10-01T10:00:00Z'),
    });
    const text = coursesToICalendar('Kurskalender Selvhjelp Vest', [course('a', 'OPEN'), course('b', 'CANCELLED')], {
      now: new Date('2026-10-02T10:00:00Z'),
    });
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    expect(text).toContain('X-WR-CALNAME:Kurskalender Selvhjelp Vest');
    expect(text.match(/STATUS:CANCELLED/g)).toHaveLength(2);
    expect(text).toContain('UID:course-b-session-s1@selvhjelp.no');
  });
});
