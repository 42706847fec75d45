import type { GroupStatus } from '@selvhjelp/domain';
import { GROUP_STATUSES, isDistrictId, isThemeId } from '@selvhjelp/domain';
import { isIsoDate } from '../../shared/dates/dates';
import type { GroupFilter, GroupOrder } from '../../generated/graphql';

/**
 * The staff group list's state lives in the query string (a GET form), so it works without
 * JavaScript, can be bookmarked and is the same for the page and its CSV export.
 */
export const GROUP_SORTS = {
  name: { field: 'NAME', direction: 'ASC' },
  updated: { field: 'UPDATED_AT', direction: 'DESC' },
  followUp: { field: 'NEXT_FOLLOW_UP_DUE', direction: 'ASC' },
  status: { field: 'STATUS', direction: 'ASC' },
} as const satisfies Record<string, GroupOrder>;

export type GroupSort = keyof typeof GROUP_SORTS;
export const GROUP_SORT_KEYS = Object.keys(GROUP_SORTS) as GroupSort[];

export interface GroupListQuery {
  search: string;
  statuses: GroupStatus[];
  theme: string;
  municipality: string;
  open: '' | 'true' | 'false';
  followUpBefore: string;
  /** National portal only: narrow to one district. */
  district: string;
  sort: GroupSort;
  after: string;
}

export const EMPTY_GROUP_LIST_QUERY: GroupListQuery = {
  search: '',
  statuses: [],
  theme: '',
  municipality: '',
  open: '',
  followUpBefore: '',
  district: '',
  sort: 'name',
  after: '',
};

const isStatus = (value: string): value is GroupStatus => (GROUP_STATUSES as readonly string[]).includes(value);
const isSort = (value: string | null): value is GroupSort => value !== null && Object.hasOwn(GROUP_SORTS, value);

/** Anything unknown in the URL is ignored rather than sent to the gateway. */
export function parseGroupListQuery(params: URLSearchParams): GroupListQuery {
  const open = params.get('open');
  const theme = params.get('theme') ?? '';
  const municipality = params.get('municipality') ?? '';
  const followUpBefore = params.get('followUpBefore') ?? '';
  const district = params.get('district') ?? '';
  const sort = params.get('sort');
  return {
    search: (params.get('q') ?? '').trim(),
    statuses: [...new Set(params.getAll('status').filter(isStatus))],
    theme: isThemeId(theme) ? theme : '',
    municipality: /^\d{4}$/.test(municipality) ? municipality : '',
    open: open === 'true' || open === 'false' ? open : '',
    followUpBefore: isIsoDate(followUpBefore) ? followUpBefore : '',
    district: isDistrictId(district) ? district : '',
    sort: isSort(sort) ? sort : 'name',
    after: params.get('after') ?? '',
  };
}

/** The query string for a list state; empty values and defaults are left out. */
export function groupListSearchParams(query: GroupListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.search) params.set('q', query.search);
  for (const status of query.statuses) params.append('status', status);
  if (query.theme) params.set('theme', query.theme);
  if (query.municipality) params.set('municipality', query.municipality);
  if (query.open) params.set('open', query.open);
  if (query.followUpBefore) params.set('followUpBefore', query.followUpBefore);
  if (query.district) params.set('district', query.district);
  if (query.sort !== 'name') params.set('sort', query.sort);
  if (query.after) params.set('after', query.after);
  return params;
}

/** `?…` for a list state, or '' when it is the default list. */
export function groupListHref(query: GroupListQuery): string {
  const params = groupListSearchParams(query).toString();
  return params ? `?${params}` : '';
}

/** A district portal always asks for its own district; the national one may pick. */
export function toGroupFilter(query: GroupListQuery, districtId: string | null): GroupFilter {
  return {
    districtId: districtId ?? (query.district || null),
    statuses: query.statuses.length > 0 ? query.statuses : null,
    themeIds: query.theme ? [query.theme] : null,
    municipalityNumber: query.municipality || null,
    openForNewMembers: query.open === '' ? null : query.open === 'true',
    followUpDueBefore: query.followUpBefore || null,
    search: query.search || null,
  };
}

export function toGroupOrder(sort: GroupSort): GroupOrder {
  return { ...GROUP_SORTS[sort] };
}
