import { describe, expect, it } from 'vitest';
import { EMPTY_FINDER_QUERY, finderSearchParams, parseFinderQuery, toPublicGroupFilter } from './finder-query';

describe('the finder query string', () => {
  it('reads the filters and drops unknown values', () => {
    const query = parseFinderQuery(
      new URLSearchParams(
        'q=angst&theme=anxiety&county=46&municipality=4601&district=vest&format=ONLINE&weekday=TUESDAY&after=c1',
      ),
    );
    expect(query).toEqual({
      search: 'angst',
      theme: 'anxiety',
      county: '46',
      municipality: '4601',
      district: 'vest',
      format: 'ONLINE',
      weekday: 'TUESDAY',
      after: 'c1',
    });
    expect(parseFinderQuery(new URLSearchParams('county=99&format=TELEPATHY&weekday=FUNDAY&district=x'))).toEqual(
      EMPTY_FINDER_QUERY,
    );
  });

  it('round-trips through the query string', () => {
    const text = 'q=sorg&theme=grief&county=46&format=HYBRID&weekday=MONDAY';
    expect(finderSearchParams(parseFinderQuery(new URLSearchParams(text))).toString()).toBe(text);
  });

  it('on a pinned instance always asks for its own district and leaves it out of links', () => {
    const query = parseFinderQuery(new URLSearchParams('district=nord&q=sorg'), 'vest');
    expect(query.district).toBe('vest');
    expect(finderSearchParams(query, 'vest').toString()).toBe('q=sorg');
    expect(toPublicGroupFilter(query, 'vest')).toMatchObject({ districtId: 'vest', search: 'sorg' });
  });

  it('sends lists for themes, formats and weekdays, and null for what is not chosen', () => {
    expect(toPublicGroupFilter({ ...EMPTY_FINDER_QUERY, theme: 'grief', format: 'ONLINE', weekday: 'FRIDAY' })).toEqual(
      {
        districtId: null,
        countyNumber: null,
        municipalityNumber: null,
        themeIds: ['grief'],
        formats: ['ONLINE'],
        weekdays: ['FRIDAY'],
        search: null,
      },
    );
  });
});
