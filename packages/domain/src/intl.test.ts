import { describe, expect, it } from 'vitest';
import { byNorwegianName, collator, dateTimeFormat, displayNames, numberFormat, pluralRules } from './intl.js';

describe('shared Intl formatters', () => {
  it('returns the same formatter for the same locale and options', () => {
    const options = { dateStyle: 'long', timeZone: 'Europe/Oslo' } as const;
    expect(dateTimeFormat('nb-NO', options)).toBe(dateTimeFormat('nb-NO', { ...options }));
    expect(numberFormat('nb-NO', { maximumFractionDigits: 1 })).toBe(
      numberFormat('nb-NO', { maximumFractionDigits: 1 }),
    );
    expect(pluralRules('en-GB')).toBe(pluralRules('en-GB'));
    expect(collator('nb')).toBe(collator('nb'));
  });

  it('keeps formatters of other locales and options apart', () => {
    expect(dateTimeFormat('nb-NO', { dateStyle: 'long' })).not.toBe(dateTimeFormat('en-GB', { dateStyle: 'long' }));
    expect(dateTimeFormat('nb-NO', { dateStyle: 'long' })).not.toBe(dateTimeFormat('nb-NO', { dateStyle: 'full' }));
    expect(dateTimeFormat('nb-NO', { dateStyle: 'long' }).resolvedOptions().dateStyle).toBe('long');
    expect(numberFormat('nb-NO', { maximumFractionDigits: 0 }).format(1.5)).toBe('2');
    expect(numberFormat('nb-NO', { maximumFractionDigits: 1 }).format(1.5)).toBe('1,5');
    expect(pluralRules('en-GB').select(1)).toBe('one');
    expect(collator('nb').compare('å', 'z')).toBe(1);
  });

  it('sorts names as Norwegians alphabetise and names languages from one shared DisplayNames', () => {
    const names = ['Ålesund', 'Zeta', 'Øya', 'Æsir', 'arendal'].map((name) => ({ name }));
    expect([...names].sort(byNorwegianName).map(({ name }) => name)).toEqual([
      'arendal',
      'Zeta',
      'Æsir',
      'Øya',
      'Ålesund',
    ]);
    expect(displayNames('en-GB', { type: 'language' })).toBe(displayNames('en-GB', { type: 'language' }));
    expect(displayNames('en-GB', { type: 'language' }).of('se')).toBe('Northern Sami');
  });
});
