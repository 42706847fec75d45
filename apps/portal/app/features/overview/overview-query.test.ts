import { describe, expect, it } from 'vitest';
import { overviewHref, parseOverviewQuery } from './overview-query';

const NOW = new Date('2026-12-05T10:00:00Z');
const parse = (query: string, lang: 'nb' | 'en' = 'nb') => parseOverviewQuery(new URLSearchParams(query), NOW, lang);

describe('the overview period in the address', () => {
  it('is this calendar year by default, without comparison', () => {
    expect(parse('')).toEqual({
      query: { from: '2026-01-01', to: '2026-12-31', compare: false },
      period: { from: '2026-01-01', to: '2026-12-31' },
      errors: { fields: {}, form: [] },
    });
  });

  it('reads from, to and compare, and writes them back the same way', () => {
    const parsed = parse('from=2025-07-01&to=2025-12-31&compare=1');
    expect(parsed.period).toEqual({ from: '2025-07-01', to: '2025-12-31' });
    expect(parsed.query.compare).toBe(true);
    expect(overviewHref(parsed.query)).toBe('?from=2025-07-01&to=2025-12-31&compare=1');
  });

  it('reports a malformed day next to its field, keeps what was typed and counts nothing', () => {
    const parsed = parse('from=1.2.2026&to=2026-12-31');
    expect(parsed.period).toBeNull();
    expect(parsed.query.from).toBe('1.2.2026');
    expect(parsed.errors.fields.from).toBe('Ugyldig dato.');
    expect(parse('from=2026-02-30', 'en').errors.fields.from).toBe('Invalid date.');
  });

  it("reports the domain's period rules in the page's language: end before start, over ten years", () => {
    const backwards = parse('from=2026-06-01&to=2026-05-31');
    expect(backwards.period).toBeNull();
    expect(backwards.errors.fields.to).toBeTruthy();
    const long = parse('from=2010-01-01&to=2026-12-31', 'en');
    expect(long.period).toBeNull();
    expect(long.errors.fields.to).toMatch(/10/);
  });
});
