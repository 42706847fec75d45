import { describe, expect, it } from 'vitest';
import { inquiryListHref, parseInquiryListQuery, toInquiryFilter } from './list-query';

describe('inquiry list query', () => {
  it('reads the filters, turns a backwards period round and drops unknown values', () => {
    const query = parseInquiryListQuery(
      new URLSearchParams('from=2026-12-01&to=2026-11-01&channel=PHONE&inquirer=ALIEN&theme=grief&case=without'),
    );
    expect(query).toEqual({
      from: '2026-11-01',
      to: '2026-12-01',
      channel: 'PHONE',
      inquirer: '',
      theme: 'grief',
      case: 'without',
      after: '',
    });
    expect(toInquiryFilter(query)).toEqual({
      receivedFrom: '2026-11-01',
      receivedTo: '2026-12-01',
      channels: ['PHONE'],
      inquirerTypes: null,
      themeIds: ['grief'],
      hasCase: false,
    });
    expect(inquiryListHref({ ...query, after: 'c1' })).toBe(
      '?from=2026-11-01&to=2026-12-01&channel=PHONE&theme=grief&case=without&after=c1',
    );
  });

  it('asks for everything when nothing is set', () => {
    const query = parseInquiryListQuery(new URLSearchParams(''));
    expect(inquiryListHref(query)).toBe('');
    expect(toInquiryFilter(query).hasCase).toBeNull();
  });
});
