import { describe, expect, it } from 'vitest';
import { GROUP_SLUG_MAX_BASE_LENGTH, groupSlug, slugify } from './slug.js';

describe('slugify', () => {
  it('writes Norwegian letters in ASCII and strips diacritics', () => {
    expect(slugify('Ærlig, østlig, åpen')).toBe('aerlig-ostlig-apen');
    expect(slugify('Café Müller – Señora')).toBe('cafe-muller-senora');
    expect(slugify('Guovdageaidnu Kárášjohka Deatnu Unjárga ŋ đ ŧ')).toBe(
      'guovdageaidnu-karasjohka-deatnu-unjarga-n-d-t',
    );
  });

  it('collapses other characters into single hyphens, none at the ends', () => {
    expect(slugify('  Sorg & savn!!  (Bergen)  ')).toBe('sorg-savn-bergen');
    expect(slugify('---')).toBe('');
  });
});

describe('groupSlug', () => {
  it('joins name, municipality and suffix', () => {
    expect(groupSlug('Sorggruppe', 'Bergen', '3f2a9c')).toBe('sorggruppe-bergen-3f2a9c');
    expect(groupSlug('Angst – unge voksne', 'Bærum', 'A1')).toBe('angst-unge-voksne-baerum-a1');
  });

  it('does not repeat a municipality already in the name', () => {
    expect(groupSlug('Sorggruppe Bergen', 'Bergen', '3f2a9c')).toBe('sorggruppe-bergen-3f2a9c');
    expect(groupSlug('Tromsø', 'Tromsø', 'x1')).toBe('tromso-x1');
  });

  it('keeps the part before the suffix within 80 characters, cut at a word', () => {
    const slug = groupSlug('Selvhjelpsgruppe for pårørende '.repeat(6), 'Nord-Aurdal', 'abc123');
    expect(slug.endsWith('-abc123')).toBe(true);
    const base = slug.slice(0, -'-abc123'.length);
    expect(base.length).toBeLessThanOrEqual(GROUP_SLUG_MAX_BASE_LENGTH);
    expect(base).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(base.endsWith('-')).toBe(false);
  });

  it('falls back to "gruppe" when nothing is left of the words', () => {
    expect(groupSlug('مجموعة الدعم', '', '7')).toBe('gruppe-7');
  });
});
