import { PARTNER_STATUSES, PARTNER_TYPES } from '@selvhjelp/domain';
import type { PartnerFilter, PartnerStatus, PartnerType } from '../../generated/graphql';

// The partner list's GET form: the query string is the state.

/** "No contact for at least N months": the choices offered. */
export const NO_CONTACT_MONTHS = ['3', '6', '12', '24'] as const;

export interface PartnerListQuery {
  type: string;
  municipality: string;
  status: string;
  months: string;
  q: string;
  after: string;
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | '' =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';

export function parsePartnerListQuery(params: URLSearchParams): PartnerListQuery {
  return {
    type: oneOf(PARTNER_TYPES, params.get('type')),
    municipality: (params.get('municipality') ?? '').trim(),
    status: oneOf(PARTNER_STATUSES, params.get('status')),
    months: oneOf(NO_CONTACT_MONTHS, params.get('months')),
    q: (params.get('q') ?? '').trim(),
    after: params.get('after') ?? '',
  };
}

export function toPartnerFilter(query: PartnerListQuery): PartnerFilter {
  return {
    types: query.type ? [query.type as PartnerType] : null,
    statuses: query.status ? [query.status as PartnerStatus] : null,
    municipalityNumbers: query.municipality ? [query.municipality] : null,
    noContactForMonths: query.months ? Number(query.months) : null,
    search: query.q || null,
  };
}

/** `?type=NAV_OFFICE&after=…`, leaving out what is empty. */
export function partnerListHref(query: PartnerListQuery): string {
  const params = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== ''));
  const text = params.toString();
  return text ? `?${text}` : '';
}
