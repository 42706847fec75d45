import { describe, expect, it } from 'vitest';
import { parsePartnerListQuery, partnerListHref, toPartnerFilter } from './list-query';

describe('partner list query', () => {
  it('reads the filter, dropping unknown codes and month counts not offered', () => {
    const query = parsePartnerListQuery(
      new URLSearchParams('type=NAV_OFFICE&status=GONE&municipality=4601&months=12&q=%20nav%20'),
    );
    expect(toPartnerFilter(query)).toEqual({
      types: ['NAV_OFFICE'],
      statuses: null,
      municipalityNumbers: ['4601'],
      noContactForMonths: 12,
      search: 'nav',
    });
    expect(parsePartnerListQuery(new URLSearchParams('months=7')).months).toBe('');
  });

  it('writes the next page link, leaving out what is empty', () => {
    const query = parsePartnerListQuery(new URLSearchParams('status=ACTIVE&months=6'));
    expect(partnerListHref({ ...query, after: 'c25' })).toBe('?status=ACTIVE&months=6&after=c25');
    expect(partnerListHref(parsePartnerListQuery(new URLSearchParams()))).toBe('');
  });
});
