import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { Lang, Translate } from './i18n';
import { createTranslator, DEFAULT_LANG, formatDateTime } from './i18n';
import { formatDate, formatMeeting } from '../dates/dates';

interface I18n {
  lang: Lang;
  t: Translate;
  formatDateTime: (iso: string) => string;
  /** A calendar day (`YYYY-MM-DD`), for example "3. mars 2026". */
  formatDate: (isoDate: string) => string;
  /** A meeting's start and end, in Oslo time. */
  formatMeeting: (startIso: string, endIso: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

// One per language for the process's lifetime: the translator and formatters hold no request state.
const i18nByLang = new Map<Lang, I18n>();

function i18nFor(lang: Lang): I18n {
  let i18n = i18nByLang.get(lang);
  if (!i18n) {
    i18n = createI18n(lang);
    i18nByLang.set(lang, i18n);
  }
  return i18n;
}

function createI18n(lang: Lang): I18n {
  return {
    lang,
    t: createTranslator(lang),
    formatDateTime: (iso) => formatDateTime(lang, iso),
    formatDate: (isoDate) => formatDate(lang, isoDate),
    formatMeeting: (startIso, endIso) => formatMeeting(lang, startIso, endIso),
  };
}

/**
 * Provided around the whole app by entry.server (language from the request) and entry.client
 * (language from `<html lang>`), so error pages can translate even when no loader ran.
 */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <I18nContext.Provider value={i18nFor(lang)}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (value) return value;
  // Only reached when a component is rendered outside the entries (unit tests).
  return i18nFor(DEFAULT_LANG);
}
