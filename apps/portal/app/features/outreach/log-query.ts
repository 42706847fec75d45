import type { ActivityStatus, ActivityType, AudienceType } from '@selvhjelp/domain';
import {
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  addMonths,
  AUDIENCE_TYPES,
  DEFAULT_ACTIVITY_PERIOD_MONTHS,
  isUuid,
} from '@selvhjelp/domain';
import type { ActivityFilter } from '../../generated/graphql';
import { isIsoDate } from '../../shared/dates/dates';

// The activity log's GET form: the query string is the state, shared by the list, its totals
// and the CSV export, so the three always count the same activities.

export interface ActivityLogQuery {
  type: ActivityType | '';
  status: ActivityStatus | '';
  /** Inclusive calendar days; '' means open-ended (the user emptied the field). */
  from: string;
  to: string;
  partner: string;
  audience: AudienceType | '';
  q: string;
  after: string;
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | '' =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';

/** The default period: the last twelve months up to and including today (Oslo). */
export function defaultActivityPeriod(today: string): { from: string; to: string } {
  return { from: addMonths(today, -DEFAULT_ACTIVITY_PERIOD_MONTHS), to: today };
}

/**
 * A missing `from`/`to` takes the default period; one that is present but empty is open-ended,
 * so a user can clear the field and see everything. A malformed date falls back to the default.
 * A period given backwards is turned round rather than refused.
 */
export function parseActivityLogQuery(params: URLSearchParams, today: string): ActivityLogQuery {
  const period = defaultActivityPeriod(today);
  const day = (name: 'from' | 'to') => {
    const value = params.get(name);
    if (value === null) return period[name];
    const trimmed = value.trim();
    if (trimmed === '') return '';
    return isIsoDate(trimmed) ? trimmed : period[name];
  };
  let from = day('from');
  let to = day('to');
  if (from && to && from > to) [from, to] = [to, from];
  const partner = (params.get('partner') ?? '').trim();
  return {
    type: oneOf(ACTIVITY_TYPES, params.get('type')),
    status: oneOf(ACTIVITY_STATUSES, params.get('status')),
    from,
    to,
    partner: isUuid(partner) ? partner.toLowerCase() : '',
    audience: oneOf(AUDIENCE_TYPES, params.get('audience')),
    q: (params.get('q') ?? '').trim(),
    after: params.get('after') ?? '',
  };
}

/** The query string for a log state. The period is always written, empty or not, so a link keeps it. */
export function activityLogSearchParams(query: ActivityLogQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.type) params.set('type', query.type);
  if (query.status) params.set('status', query.status);
  params.set('from', query.from);
  params.set('to', query.to);
  if (query.partner) params.set('partner', query.partner);
  if (query.audience) params.set('audience', query.audience);
  if (query.q) params.set('q', query.q);
  if (query.after) params.set('after', query.after);
  return params;
}

/** `?type=TALK&from=…&to=…`. */
export function activityLogHref(query: ActivityLogQuery): string {
  return `?${activityLogSearchParams(query).toString()}`;
}

/** A district portal always asks for its own district. */
export function toActivityFilter(query: ActivityLogQuery, districtId: string | null): ActivityFilter {
  return {
    districtId,
    types: query.type ? [query.type] : null,
    statuses: query.status ? [query.status] : null,
    from: query.from || null,
    to: query.to || null,
    partnerId: query.partner || null,
    audiences: query.audience ? [query.audience] : null,
    search: query.q || null,
  };
}
