import { describe, expect, it } from 'vitest';
import { MIXED_THEME_ID, THEME_IDS, THEMES, findTheme, isThemeId } from './themes.js';

describe('themes', () => {
  it('has unique ids, one theme per id, in id order', () => {
    expect(new Set(THEME_IDS).size).toBe(THEME_IDS.length);
    expect(THEMES.map((theme) => theme.id)).toEqual([...THEME_IDS]);
  });

  it('uses lowercase kebab-case ids', () => {
    for (const id of THEME_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('labels every theme in bokmål and English', () => {
    for (const theme of THEMES) {
      expect(theme.labels.nb.trim(), theme.id).not.toBe('');
      expect(theme.labels.en.trim(), theme.id).not.toBe('');
    }
    expect(new Set(THEMES.map((theme) => theme.labels.nb)).size).toBe(THEMES.length);
    expect(new Set(THEMES.map((theme) => theme.labels.en)).size).toBe(THEMES.length);
  });

  it('has the mixed theme', () => {
    expect(findTheme(MIXED_THEME_ID)?.labels.nb).toBe('På tvers av tema');
  });

  it('recognises theme ids', () => {
    expect(isThemeId('grief')).toBe(true);
    expect(isThemeId('Grief')).toBe(false);
    expect(isThemeId(undefined)).toBe(false);
    expect(findTheme('chronic-illness')?.labels.en).toBe('Chronic illness');
    expect(findTheme('nope')).toBeUndefined();
  });
});
