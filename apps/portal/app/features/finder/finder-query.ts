import type { DistrictId } from '@selvhjelp/domain';
import { findCounty, GROUP_FORMATS, isDistrictId, isThemeId, WEEKDAYS } from '@selvhjelp/domain';
import type { GroupFormat, PublicGroupFilter, Weekday } from '../../generated/graphql';

/** The public finder's filters, as the query string of its GET form. */
export interface FinderQuery {
  search: string;
  theme: string;
  county: string;
  municipality: string;
  /** Unpinned instances only; a pinned one always shows its own district. */
  district: string;
  format: GroupFormat | '';
  weekday: Weekday | '';
  after: string;
}

export const EMPTY_FINDER_QUERY: FinderQuery = {
  search: '',
  theme: '',
  county: '',
  municipality: '',
  district: '',
  format: '',
  weekday: '',
  after: '',
};

const isFormat = (value: string | null): value is GroupFormat =>
  value !== null && (GROUP_FORMATS as readonly string[]).includes(value);
const isWeekday = (value: string | null): value is Weekday =>
  value !== null && (WEEKDAYS as readonly string[]).includes(value);

export function parseFinderQuery(params: URLSearchParams, pinned?: DistrictId): FinderQuery {
  const theme = params.get('theme') ?? '';
  const county = params.get('county') ?? '';
  const municipality = params.get('municipality') ?? '';
  const district = params.get('district') ?? '';
  const format = params.get('format');
  const weekday = params.get('weekday');
  return {
    search: (params.get('q') ?? '').trim().slice(0, 200),
    theme: isThemeId(theme) ? theme : '',
    county: findCounty(county) ? county : '',
    municipality: /^\d{4}$/.test(municipality) ? municipality : '',
    district: pinned ?? (isDistrictId(district) ? district : ''),
    format: isFormat(format) ? format : '',
    weekday: isWeekday(weekday) ? weekday : '',
    after: params.get('after') ?? '',
  };
}

/** Query string for a finder state; a pinned district is implied, so it is left out. */
export function finderSearchParams(query: FinderQuery, pinned?: DistrictId): URLSearchParams {
  const params = new URLSearchParams();
  if (query.search) params.set('q', query.search);
  if (query.theme) params.set('theme', query.theme);
  if (query.county) params.set('county', query.county);
  if (query.municipality) params.set('municipality', query.municipality);
  if (query.district && !pinned) params.set('district', query.district);
  if (query.format) params.set('format', query.format);
  if (query.weekday) params.set('weekday', query.weekday);
  if (query.after) params.set('after', query.after);
  return params;
}

export function toPublicGroupFilter(query: FinderQuery, pinned?: DistrictId): PublicGroupFilter {
  return {
    districtId: pinned ?? (query.district || null),
    countyNumber: query.county || null,
    municipalityNumber: query.municipality || null,
    themeIds: query.theme ? [query.theme] : null,
    formats: query.format ? [query.format] : null,
    weekdays: query.weekday ? [query.weekday] : null,
    search: query.search || null,
  };
}
