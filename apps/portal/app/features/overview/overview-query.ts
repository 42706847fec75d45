import { calendarYearOf, isIsoDate, periodRefusal, renderMessage } from '@selvhjelp/domain';
import type { FormErrors } from '../../shared/forms/form-errors';
import type { Lang } from '../../shared/i18n/i18n';

// The overview's period form is a GET form: the address holds the period, so it works without
// JavaScript, can be bookmarked and sent on, and every drill link can carry it.

export const PERIOD_FIELDS = ['from', 'to'] as const;
export type PeriodField = (typeof PERIOD_FIELDS)[number];

export interface OverviewQuery {
  /** As typed, so a refused value is shown back in its field. */
  from: string;
  to: string;
  /** Also the same days one year earlier. */
  compare: boolean;
}

export interface ParsedOverviewQuery {
  query: OverviewQuery;
  /** The period to count, or null while the form has errors. */
  period: { from: string; to: string } | null;
  errors: FormErrors<PeriodField>;
}

/**
 * Reads `?from=…&to=…&compare=1`. A missing or empty day takes this calendar year's (the
 * gateway's default); a malformed day or a period the domain refuses (end before start, over ten
 * years) is reported next to its field, in the page's language, and nothing is counted.
 */
export function parseOverviewQuery(params: URLSearchParams, now: Date, lang: Lang): ParsedOverviewQuery {
  const year = calendarYearOf(now);
  const query: OverviewQuery = {
    from: (params.get('from') ?? '').trim() || year.from,
    to: (params.get('to') ?? '').trim() || year.to,
    compare: params.get('compare') === '1',
  };
  const errors: FormErrors<PeriodField> = { fields: {}, form: [] };
  for (const field of PERIOD_FIELDS) {
    if (!isIsoDate(query[field])) errors.fields[field] = renderMessage('INVALID_DATE', undefined, lang);
  }
  if (Object.keys(errors.fields).length > 0) return { query, period: null, errors };
  const refusal = periodRefusal({ from: query.from, to: query.to });
  if (refusal) {
    errors.fields[(refusal.field as PeriodField | undefined) ?? 'to'] = renderMessage(
      refusal.reason,
      refusal.params,
      lang,
    );
    return { query, period: null, errors };
  }
  return { query, period: { from: query.from, to: query.to }, errors };
}

/** `?from=2026-01-01&to=2026-12-31&compare=1`. */
export function overviewHref(query: OverviewQuery): string {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  if (query.compare) params.set('compare', '1');
  return `?${params.toString()}`;
}
