/**
 * The one refusal model. A business rule or an input schema that says no returns (or raises)
 * a refusal: a stable `reason` clients switch on and translate, the input `field` it is about
 * (a path such as `input.email`), and `params` its message needs. The words live in the
 * catalogue (./catalogue.ts), never in the rule.
 */
export type Locale = 'nb' | 'en';
export const LOCALES: readonly Locale[] = ['nb', 'en'];
export const DEFAULT_LOCALE: Locale = 'nb';

export type RefusalParams = Readonly<Record<string, string | number>>;

export interface Refusal {
  reason: string;
  field?: string;
  params?: RefusalParams;
}

/** A refusal, without undefined keys (so they compare and serialise cleanly). */
export function refusal(reason: string, field?: string, params?: RefusalParams): Refusal {
  return {
    reason,
    ...(field !== undefined ? { field } : {}),
    ...(params && Object.keys(params).length > 0 ? { params } : {}),
  };
}

/** The refusal with its field put under a path prefix (`input` + `name` → `input.name`). */
export function refusalUnder(prefix: string | undefined, value: Refusal): Refusal {
  if (!prefix) return value;
  return { ...value, field: value.field ? `${prefix}.${value.field}` : prefix };
}

/** Picks the reader's language from an Accept-Language header: English when asked for first, bokmål otherwise. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...attributes] = part.trim().split(';');
      const q = attributes.map((a) => a.trim()).find((a) => a.startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.tag && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (primary === 'en') return 'en';
    if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'nb';
  }
  return DEFAULT_LOCALE;
}
