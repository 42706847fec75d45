import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  duplicateReasons,
  LOCALES,
  localeFromAcceptLanguage,
  MESSAGE_CATALOGUE,
  renderMessage,
  refusalsOfZodError,
} from './index.js';

describe('message catalogue', () => {
  it('has a text in every language for every reason, and declares each reason once', () => {
    for (const [reason, entry] of Object.entries(MESSAGE_CATALOGUE)) {
      for (const locale of LOCALES) {
        const text = entry[locale];
        const rendered = typeof text === 'function' ? text({}) : text;
        expect(rendered.trim(), `${reason} in ${locale}`).not.toBe('');
      }
      expect(reason).toMatch(/^[A-Z][A-Z0-9_]+$/);
    }
    expect(duplicateReasons()).toEqual([]);
  });

  it('fills placeholders from params in the reader language', () => {
    expect(renderMessage('TOO_LONG', { maximum: 200 }, 'nb')).toBe('Skriv høyst 200 tegn.');
    expect(renderMessage('TOO_LONG', { maximum: 200 }, 'en')).toBe('Write at most 200 characters.');
  });

  it('reads an unknown reason as it is', () => {
    expect(renderMessage('Noe gikk galt.', undefined, 'en')).toBe('Noe gikk galt.');
  });
});

describe('localeFromAcceptLanguage', () => {
  it.each([
    [undefined, 'nb'],
    ['', 'nb'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['nb-NO,nb;q=0.9,en;q=0.8', 'nb'],
    ['de, en;q=0.5', 'en'],
    ['fr', 'nb'],
    ['en;q=0, nb', 'nb'],
    ['no;q=0.5, en;q=0.9', 'en'],
  ] as const)('%s → %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});

describe('refusalsOfZodError', () => {
  const schema = z.object({
    name: z.string().trim().min(1).max(5),
    count: z.number().int().min(2),
    code: z.string().superRefine((value, ctx) => {
      if (value !== 'ok') ctx.addIssue({ code: 'custom', message: 'CODE_NOT_OK', params: { given: value } });
    }),
    kind: z.enum(['A', 'B']),
  });

  it('gives every issue a reason, a field path and params', () => {
    const parsed = schema.safeParse({ name: 'toolong', count: 1.5, code: 'no', kind: 'C' });
    expect(parsed.success).toBe(false);
    const refusals = refusalsOfZodError(parsed.error!, 'input');
    expect(refusals).toEqual([
      { reason: 'TOO_LONG', field: 'input.name', params: { maximum: 5 } },
      { reason: 'NOT_AN_INTEGER', field: 'input.count' },
      { reason: 'CODE_NOT_OK', field: 'input.code', params: { given: 'no' } },
      { reason: 'INVALID_CHOICE', field: 'input.kind' },
    ]);
  });

  it('calls an empty required string REQUIRED', () => {
    const parsed = schema.safeParse({ name: ' ', count: 2, code: 'ok', kind: 'A' });
    expect(refusalsOfZodError(parsed.error!)).toEqual([{ reason: 'REQUIRED', field: 'name' }]);
  });
});
