import { describe, expect, it } from 'vitest';
import { activityLogHref, defaultActivityPeriod, parseActivityLogQuery, toActivityFilter } from './log-query';

const TODAY = '2026-11-22';
const PARTNER = '0b9f3c1e-6f1d-4c39-9a55-1f2d3e4a5b6c';

describe('activity log query', () => {
  it('defaults to the last twelve months up to today', () => {
    expect(defaultActivityPeriod(TODAY)).toEqual({ from: '2025-11-22', to: TODAY });
    const query = parseActivityLogQuery(new URLSearchParams(), TODAY);
    expect(query).toMatchObject({
      from: '2025-11-22',
      to: TODAY,
      type: '',
      status: '',
      partner: '',
      audience: '',
      q: '',
    });
    expect(toActivityFilter(query, 'vest')).toEqual({
      districtId: 'vest',
      types: null,
      statuses: null,
      from: '2025-11-22',
      to: TODAY,
      partnerId: null,
      audiences: null,
      search: null,
    });
  });

  it('keeps the month end when twelve months back has fewer days', () => {
    expect(defaultActivityPeriod('2028-02-29').from).toBe('2027-02-28');
  });

  it('reads every filter and drops unknown codes', () => {
    const params = new URLSearchParams(
      `type=PROFESSIONAL_DAY&status=NOPE&from=2026-01-01&to=2026-06-30&partner=${PARTNER.toUpperCase()}&audience=NAV&q=+fagdag+`,
    );
    const query = parseActivityLogQuery(params, TODAY);
    expect(toActivityFilter(query, 'vest')).toEqual({
      districtId: 'vest',
      types: ['PROFESSIONAL_DAY'],
      statuses: null,
      from: '2026-01-01',
      to: '2026-06-30',
      partnerId: PARTNER,
      audiences: ['NAV'],
      search: 'fagdag',
    });
  });

  it('treats an emptied date as open-ended and a malformed one as the default', () => {
    const query = parseActivityLogQuery(new URLSearchParams('from=&to=2026-02-30'), TODAY);
    expect(query.from).toBe('');
    expect(query.to).toBe(TODAY);
    expect(toActivityFilter(query, 'vest').from).toBeNull();
  });

  it('turns a backwards period round', () => {
    const query = parseActivityLogQuery(new URLSearchParams('from=2026-06-01&to=2026-01-01'), TODAY);
    expect([query.from, query.to]).toEqual(['2026-01-01', '2026-06-01']);
  });

  it('ignores a partner that is not an id', () => {
    expect(parseActivityLogQuery(new URLSearchParams('partner=1;drop'), TODAY).partner).toBe('');
  });

  it('round-trips through the URL, keeping an open period', () => {
    const query = parseActivityLogQuery(new URLSearchParams(`type=TALK&from=&partner=${PARTNER}&after=abc`), TODAY);
    const href = activityLogHref(query);
    expect(href).toBe(`?type=TALK&from=&to=${TODAY}&partner=${PARTNER}&after=abc`);
    expect(parseActivityLogQuery(new URLSearchParams(href.slice(1)), '2030-01-01')).toEqual(query);
  });
});
