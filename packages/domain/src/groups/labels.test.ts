import { describe, expect, it } from 'vitest';
import type { Labels } from './labels.js';
import {
  GROUP_FORMAT_LABELS,
  GROUP_STATUS_LABELS,
  NTH_LABELS,
  SCHEDULE_KIND_LABELS,
  TARGET_GROUP_LABELS,
  WEEKDAY_LABELS,
} from './labels.js';
import {
  DEFAULT_GROUP_LANGUAGES,
  findGroupLanguage,
  GROUP_LANGUAGE_CODES,
  GROUP_LANGUAGES,
  isGroupLanguageCode,
} from './languages.js';
import { GROUP_FORMATS, GROUP_STATUSES, SCHEDULE_KINDS, TARGET_GROUPS, WEEKDAYS } from './types.js';

function expectLabelled(codes: readonly string[], labels: Readonly<Record<string, Labels>>) {
  expect(Object.keys(labels).sort()).toEqual([...codes].sort());
  for (const code of codes) {
    expect(labels[code]?.nb.trim(), code).not.toBe('');
    expect(labels[code]?.en.trim(), code).not.toBe('');
  }
  expect(new Set(codes.map((code) => labels[code]?.nb)).size).toBe(codes.length);
}

describe('labels', () => {
  it('labels every code in bokmål and English, distinctly', () => {
    expectLabelled(GROUP_STATUSES, GROUP_STATUS_LABELS);
    expectLabelled(TARGET_GROUPS, TARGET_GROUP_LABELS);
    expectLabelled(GROUP_FORMATS, GROUP_FORMAT_LABELS);
    expectLabelled(WEEKDAYS, WEEKDAY_LABELS);
    expectLabelled(SCHEDULE_KINDS, SCHEDULE_KIND_LABELS);
    expectLabelled(['1', '2', '3', '4', '-1'], NTH_LABELS);
  });

  it('uses the glossary words for statuses', () => {
    expect(GROUP_STATUSES.map((status) => GROUP_STATUS_LABELS[status].nb.toLowerCase())).toEqual([
      'idé',
      'under oppstart',
      'i gang (selvgående)',
      'pause',
      'avsluttet',
    ]);
  });
});

describe('group languages', () => {
  it('has at least the languages districts asked for, with Northern Sami as se', () => {
    for (const code of [
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
    ]) {
      expect(isGroupLanguageCode(code), code).toBe(true);
    }
    expect(findGroupLanguage('se')?.labels.nb).toBe('nordsamisk');
    expect(isGroupLanguageCode('no')).toBe(false);
    expect(DEFAULT_GROUP_LANGUAGES).toEqual(['nb']);
  });

  it('uses two-letter lower-case codes, once each, all labelled', () => {
    expect(new Set(GROUP_LANGUAGE_CODES).size).toBe(GROUP_LANGUAGE_CODES.length);
    for (const language of GROUP_LANGUAGES) {
      expect(language.code).toMatch(/^[a-z]{2}$/);
      expect(language.labels.nb).not.toBe('');
      expect(language.labels.en).not.toBe('');
    }
  });
});
