import { describe, expect, it } from 'vitest';
import { catalogues, createTranslator, formatDateTime, LANGS } from './i18n';

describe('message catalogues', () => {
  it('have exactly the same keys in every language', () => {
    const [first, ...rest] = LANGS.map((lang) => Object.keys(catalogues[lang]).sort());
    for (const keys of rest) expect(keys).toEqual(first);
  });

  it('have no empty messages', () => {
    for (const lang of LANGS) {
      for (const [key, message] of Object.entries(catalogues[lang])) {
        expect(message.trim(), `${lang}:${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in every language', () => {
    // A plural argument (`{count, plural, …}`) is the placeholder `count` too.
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();
    for (const [key, message] of Object.entries(catalogues.nb)) {
      const english = catalogues.en[key as keyof typeof catalogues.en];
      expect(placeholders(english), key).toEqual(placeholders(message));
    }
  });
});

describe('createTranslator', () => {
  it("picks the plural form by the language's rules, with # as the number", () => {
    for (const lang of LANGS) {
      const t = createTranslator(lang);
      expect(t('facilitators.list.caption', { count: 1 })).toMatch(/^1 \S+$/);
      expect(t('facilitators.list.caption', { count: 1 })).not.toBe(
        t('facilitators.list.caption', { count: 2 }).replace('2', '1'),
      );
    }
  });

  it('fills placeholders and leaves unknown ones alone', () => {
    const t = createTranslator('nb');
    expect(t('home.welcome', { name: 'Kari' })).toBe('Velkommen, Kari');
    expect(t('home.welcome')).toBe('Velkommen, {name}');
  });

  it('localises role names', () => {
    expect(createTranslator('nb')('role.DISTRICT_LEAD')).toBe('distriktsleder');
    expect(createTranslator('en')('role.ADMIN')).toBe('administrator');
  });

  it('formats times in Norwegian time', () => {
    expect(formatDateTime('nb', '2026-06-01T10:00:00.000Z')).toContain('12:00');
  });
});
