import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n/i18n';

describe('course counts read right in the singular and the plural', () => {
  it('says "1 deltaker fullførte" and "2 deltakere fullførte" in bokmål', () => {
    const t = createTranslator('nb');
    expect(t('courses.certificates.intro', { count: 1 })).toBe(
      '1 deltaker fullførte. Skriv ut siden for å få ett kursbevis per side.',
    );
    expect(t('courses.certificates.intro', { count: 2 })).toBe(
      '2 deltakere fullførte. Skriv ut siden for å få ett kursbevis per side.',
    );
    expect(t('courses.certificates.intro', { count: 0 })).toBe(
      '0 deltakere fullførte. Skriv ut siden for å få ett kursbevis per side.',
    );
  });

  it('says "1 participant" and "2 participants" in English', () => {
    const t = createTranslator('en');
    expect(t('courses.certificates.intro', { count: 1 })).toBe(
      '1 participant completed. Print the page for one certificate per page.',
    );
    expect(t('courses.certificates.intro', { count: 3 })).toBe(
      '3 participants completed. Print the page for one certificate per page.',
    );
    expect(t('courses.list.caption', { count: 1 })).toBe('1 course, upcoming first');
    expect(t('courses.list.caption', { count: 4 })).toBe('4 courses, upcoming first');
  });
});
