import { REFERRAL_AREA_KINDS, REFERRAL_RESOURCE_TYPES } from '@selvhjelp/domain';
import type { ReferralAreaKind, ReferralResourceType } from '@selvhjelp/domain';

// The referral directory's GET form: the query string is the state; unknown values are dropped.

export interface ReferralListQuery {
  q: string;
  type: ReferralResourceType | '';
  area: ReferralAreaKind | '';
  kommune: string;
  arkiverte: '' | 'ja';
  after: string;
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | '' =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';

export function parseReferralQuery(params: URLSearchParams, municipalities: readonly string[]): ReferralListQuery {
  return {
    q: (params.get('q') ?? '').trim(),
    type: oneOf(REFERRAL_RESOURCE_TYPES, params.get('type')),
    area: oneOf(REFERRAL_AREA_KINDS, params.get('area')),
    kommune: oneOf(municipalities, params.get('kommune')),
    arkiverte: params.get('arkiverte') === 'ja' ? 'ja' : '',
    after: params.get('after') ?? '',
  };
}

export function referralListHref(query: ReferralListQuery): string {
  const params = new URLSearchParams();
  for (const name of ['q', 'type', 'area', 'kommune', 'arkiverte', 'after'] as const)
    if (query[name]) params.set(name, query[name]);
  const text = params.toString();
  return text ? `?${text}` : '';
}
