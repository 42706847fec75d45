/*
 * `Intl` formatters are costly to build (tens of microseconds: locale data, time-zone rules) and
 * cheap to use, and a page formats dozens of dates. So each locale and set of options gets one
 * formatter, built on first use and shared by every later call. Options are written as object
 * literals at the call sites, so there are only as many entries as there are call sites × locales.
 */

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRulesCache = new Map<string, Intl.PluralRules>();
const collators = new Map<string, Intl.Collator>();

function cached<T, O>(cache: Map<string, T>, locale: string, options: O | undefined, create: () => T): T {
  const key = options === undefined ? locale : `${locale}\u0000${JSON.stringify(options)}`;
  let value = cache.get(key);
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

/** The shared `Intl.DateTimeFormat` for this locale and these options. */
export function dateTimeFormat(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateTimeFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** The shared `Intl.NumberFormat` for this locale and these options. */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}

/** The shared `Intl.PluralRules` for this locale and these options. */
export function pluralRules(locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules {
  return cached(pluralRulesCache, locale, options, () => new Intl.PluralRules(locale, options));
}

/** The shared `Intl.Collator` for this locale and these options (`localeCompare` builds one per call). */
export function collator(locale: string, options?: Intl.CollatorOptions): Intl.Collator {
  return cached(collators, locale, options, () => new Intl.Collator(locale, options));
}

/** Sorts records by their name as Norwegians alphabetise (æ, ø, å last), with the shared collator. */
export function byNorwegianName(a: { name: string }, b: { name: string }): number {
  return collator('nb').compare(a.name, b.name);
}

const displayNamesCache = new Map<string, Intl.DisplayNames>();

/** The shared `Intl.DisplayNames` for this locale and these options. */
export function displayNames(locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
  return cached(displayNamesCache, locale, options, () => new Intl.DisplayNames(locale, options));
}
