import type { InquirerType, InquiryChannel } from '@selvhjelp/domain';
import { INQUIRER_TYPES, INQUIRY_CHANNELS, THEME_IDS } from '@selvhjelp/domain';
import type { InquiryFilter } from '../../generated/graphql';
import { isIsoDate } from '../../shared/dates/dates';

// The inquiry list's GET form: the query string is the state. A value the list does not know is
// dropped, never refused.

export interface InquiryListQuery {
  from: string;
  to: string;
  channel: InquiryChannel | '';
  inquirer: InquirerType | '';
  theme: string;
  /** 'with' or 'without' a follow-up case; '' for both. */
  case: 'with' | 'without' | '';
  after: string;
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | '' =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';

export function parseInquiryListQuery(params: URLSearchParams): InquiryListQuery {
  const day = (name: string) => {
    const value = (params.get(name) ?? '').trim();
    return isIsoDate(value) ? value : '';
  };
  let from = day('from');
  let to = day('to');
  if (from && to && from > to) [from, to] = [to, from];
  return {
    from,
    to,
    channel: oneOf(INQUIRY_CHANNELS, params.get('channel')),
    inquirer: oneOf(INQUIRER_TYPES, params.get('inquirer')),
    theme: oneOf(THEME_IDS, params.get('theme')),
    case: oneOf(['with', 'without'] as const, params.get('case')),
    after: params.get('after') ?? '',
  };
}

/** `?channel=PHONE&…`: only what is set. */
export function inquiryListHref(query: InquiryListQuery): string {
  const params = new URLSearchParams();
  for (const name of ['from', 'to', 'channel', 'inquirer', 'theme', 'case', 'after'] as const)
    if (query[name]) params.set(name, query[name]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function toInquiryFilter(query: InquiryListQuery): InquiryFilter {
  return {
    receivedFrom: query.from || null,
    receivedTo: query.to || null,
    channels: query.channel ? [query.channel] : null,
    inquirerTypes: query.inquirer ? [query.inquirer] : null,
    themeIds: query.theme ? [query.theme] : null,
    hasCase: query.case === '' ? null : query.case === 'with',
  };
}
