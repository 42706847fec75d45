import { dateTimeFormat, pluralRules } from '@selvhjelp/domain';
import { en } from './messages.en';
import type { MessageKey } from './messages.nb';
import { nb } from './messages.nb';

export type { MessageKey } from './messages.nb';

export const LANGS = ['nb', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'nb';

export const catalogues: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { nb, en };

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export const LOCALES: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

// `{count, plural, one {# deltaker} other {# deltakere}}`: ICU's plural syntax, one level deep.
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_FORM = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/** Picks the form for the number by the language's own plural rules (Intl.PluralRules). */
function pluralForm(rules: Intl.PluralRules, forms: string, value: number): string | undefined {
  const byCategory = new Map([...forms.matchAll(PLURAL_FORM)].map((match) => [match[1]!, match[2]!]));
  return (byCategory.get(`=${value}`) ?? byCategory.get(rules.select(value)) ?? byCategory.get('other'))?.replaceAll(
    '#',
    String(value),
  );
}

/**
 * The one translation function, on the server and in components. `{name}` placeholders are filled
 * from params; `{count, plural, one {…} other {…}}` picks the form the number needs.
 */
export function createTranslator(lang: Lang): Translate {
  const catalogue = catalogues[lang];
  const rules = pluralRules(LOCALES[lang]);
  return (key, params) => {
    const template = catalogue[key];
    if (!params) return template;
    const counted = template.replace(PLURAL, (match, name: string, forms: string) => {
      const value = Object.hasOwn(params, name) ? Number(params[name]) : Number.NaN;
      return Number.isFinite(value) ? (pluralForm(rules, forms, value) ?? match) : match;
    });
    return counted.replace(/\{(\w+)\}/g, (match, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : match,
    );
  };
}

/**
 * The domain's shared formatter with these options, for each language, found once per language:
 * the domain keys its formatters by the options as JSON, which is most of the cost of a lookup.
 */
export function dateFormatPerLang(options: Intl.DateTimeFormatOptions): (lang: Lang) => Intl.DateTimeFormat {
  const byLang = new Map<Lang, Intl.DateTimeFormat>();
  return (lang) => {
    let format = byLang.get(lang);
    if (!format) {
      format = dateTimeFormat(LOCALES[lang], options);
      byLang.set(lang, format);
    }
    return format;
  };
}

const dateTimeFormatOf = dateFormatPerLang({ dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Oslo' });

/** Date and time as people in Norway read it, whatever the server's time zone. */
export function formatDateTime(lang: Lang, iso: string): string {
  return dateTimeFormatOf(lang).format(new Date(iso));
}

export function otherLang(lang: Lang): Lang {
  return lang === 'nb' ? 'en' : 'nb';
}
