import { describe, expect, it } from 'vitest';
import {
  listHref,
  parseCourseListQuery,
  parseFacilitatorListQuery,
  toCourseFilter,
  toFacilitatorFilter,
  upcomingFirst,
} from './list-query';

describe('list queries', () => {
  it('reads the facilitator filter, dropping unknown codes', () => {
    const query = parseFacilitatorListQuery(
      new URLSearchParams('status=QUALIFIED&availability=NOPE&municipality=4601&q=kari'),
    );
    expect(toFacilitatorFilter(query)).toEqual({
      statuses: ['QUALIFIED'],
      municipalityNumbers: ['4601'],
      availabilities: null,
      themeIds: null,
      search: 'kari',
    });
    expect(listHref({ ...query, after: 'c1' })).toBe('?status=QUALIFIED&municipality=4601&q=kari&after=c1');
  });

  it('reads the course filter', () => {
    expect(toCourseFilter(parseCourseListQuery(new URLSearchParams('type=BASIC&status=x')))).toEqual({
      statuses: null,
      types: ['BASIC'],
    });
  });

  it('puts upcoming courses first, soonest first, then past ones, latest first', () => {
    const courses = [
      { startsOn: '2026-01-01' },
      { startsOn: '2026-12-24' },
      { startsOn: '2026-11-30' },
      { startsOn: '2025-06-01' },
    ];
    expect(upcomingFirst(courses, '2026-11-22').map(({ startsOn }) => startsOn)).toEqual([
      '2026-11-30',
      '2026-12-24',
      '2026-01-01',
      '2025-06-01',
    ]);
  });
});
