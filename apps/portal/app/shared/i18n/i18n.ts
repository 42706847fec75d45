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

/** The one translation function, on the server and in components. `{name}` placeholders are filled from params. */
export function createTranslator(lang: Lang): Translate {
  const catalogue = catalogues[lang];
  return (key, params) => {
    const template = catalogue[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : match,
    );
  };
}

export const LOCALES: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

/** Date and time as people in Norway read it, whatever the server's time zone. */
export function formatDateTime(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  }).format(new Date(iso));
}

export function otherLang(lang: Lang): Lang {
  return lang === 'nb' ? 'en' : 'nb';
}
