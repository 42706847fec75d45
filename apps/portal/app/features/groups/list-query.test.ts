import { describe, expect, it } from 'vitest';
import {
  EMPTY_GROUP_LIST_QUERY,
  groupListHref,
  groupListSearchParams,
  parseGroupListQuery,
  toGroupFilter,
  toGroupOrder,
} from './list-query';

describe('the group list query string', () => {
  it('reads every filter, the sort and the cursor', () => {
    const query = parseGroupListQuery(
      new URLSearchParams(
        'q=+sorg+&status=RUNNING&status=PAUSED&theme=grief&municipality=4601&open=true&followUpBefore=2026-12-01&sort=followUp&after=abc',
      ),
    );
    expect(query).toEqual({
      search: 'sorg',
      statuses: ['RUNNING', 'PAUSED'],
      theme: 'grief',
      municipality: '4601',
      open: 'true',
      followUpBefore: '2026-12-01',
      district: '',
      sort: 'followUp',
      after: 'abc',
    });
  });

  it('ignores what it does not know instead of sending it on', () => {
    const query = parseGroupListQuery(
      new URLSearchParams(
        'status=DELETED&theme=nope&municipality=46&open=maybe&followUpBefore=1.12.2026&district=bergen&sort=random',
      ),
    );
    expect(query).toEqual(EMPTY_GROUP_LIST_QUERY);
  });

  it('writes the same state back, leaving out defaults', () => {
    const text =
      'q=sorg&status=RUNNING&theme=grief&municipality=4601&open=false&followUpBefore=2026-12-01&sort=updated';
    expect(groupListSearchParams(parseGroupListQuery(new URLSearchParams(text))).toString()).toBe(text);
    expect(groupListHref(EMPTY_GROUP_LIST_QUERY)).toBe('');
    expect(groupListHref({ ...EMPTY_GROUP_LIST_QUERY, search: 'æ ø' })).toBe('?q=%C3%A6+%C3%B8');
  });

  it('always asks a district portal for its own district', () => {
    const query = { ...EMPTY_GROUP_LIST_QUERY, district: 'nord', open: 'false' as const, theme: 'grief' };
    expect(toGroupFilter(query, 'vest')).toEqual({
      districtId: 'vest',
      statuses: null,
      themeIds: ['grief'],
      municipalityNumber: null,
      openForNewMembers: false,
      followUpDueBefore: null,
      search: null,
    });
    expect(toGroupFilter(query, null).districtId).toBe('nord');
  });

  it('maps sort keys to the gateway order', () => {
    expect(toGroupOrder('name')).toEqual({ field: 'NAME', direction: 'ASC' });
    expect(toGroupOrder('updated')).toEqual({ field: 'UPDATED_AT', direction: 'DESC' });
    expect(toGroupOrder('followUp')).toEqual({ field: 'NEXT_FOLLOW_UP_DUE', direction: 'ASC' });
  });
});
