import type { Labels } from './labels.js';

/** Languages a group may meet in (ISO 639-1); extend the list when a district asks. */
export const GROUP_LANGUAGE_CODES = [
  'nb',
  'nn',
  'se',
  'en',
  'pl',
  'lt',
  'ar',
  'so',
  'ti',
  'uk',
  'ru',
  'fa',
  'ur',
  'es',
  'de',
  'fr',
  'sv',
  'da',
] as const;

export type GroupLanguageCode = (typeof GROUP_LANGUAGE_CODES)[number];

export const DEFAULT_GROUP_LANGUAGES: readonly GroupLanguageCode[] = ['nb'];
export const MAX_GROUP_LANGUAGES = 5;

const LABELS: Record<GroupLanguageCode, Labels> = {
  nb: { nb: 'norsk (bokmål)', en: 'Norwegian (Bokmål)' },
  nn: { nb: 'norsk (nynorsk)', en: 'Norwegian (Nynorsk)' },
  se: { nb: 'nordsamisk', en: 'Northern Sami' },
  en: { nb: 'engelsk', en: 'English' },
  pl: { nb: 'polsk', en: 'Polish' },
  lt: { nb: 'litauisk', en: 'Lithuanian' },
  ar: { nb: 'arabisk', en: 'Arabic' },
  so: { nb: 'somali', en: 'Somali' },
  ti: { nb: 'tigrinja', en: 'Tigrinya' },
  uk: { nb: 'ukrainsk', en: 'Ukrainian' },
  ru: { nb: 'russisk', en: 'Russian' },
  fa: { nb: 'persisk', en: 'Persian' },
  ur: { nb: 'urdu', en: 'Urdu' },
  es: { nb: 'spansk', en: 'Spanish' },
  de: { nb: 'tysk', en: 'German' },
  fr: { nb: 'fransk', en: 'French' },
  sv: { nb: 'svensk', en: 'Swedish' },
  da: { nb: 'dansk', en: 'Danish' },
};

export interface GroupLanguage {
  code: GroupLanguageCode;
  labels: Labels;
}

export const GROUP_LANGUAGES: readonly GroupLanguage[] = Object.freeze(
  GROUP_LANGUAGE_CODES.map((code) => Object.freeze({ code, labels: Object.freeze({ ...LABELS[code] }) })),
);

const byCode = new Map<string, GroupLanguage>(GROUP_LANGUAGES.map((language) => [language.code, language]));

export function isGroupLanguageCode(value: unknown): value is GroupLanguageCode {
  return typeof value === 'string' && byCode.has(value);
}

export function findGroupLanguage(code: string): GroupLanguage | undefined {
  return byCode.get(code);
}
