import { describe, expect, it } from 'vitest';
import { currentDemoTemplates, readTestTemplates } from './templates.js';

describe('the global setup’s templates', () => {
  const env = {
    SELVHJELP_TEST_TEMPLATES: JSON.stringify({ demo: { day: '2026-12-05', pglite: '/tmp/demo.tar' } }),
  };

  it('are none without the global setup', () => {
    expect(readTestTemplates({})).toBeNull();
    expect(currentDemoTemplates(new Date('2026-12-05T12:00:00Z'), {})).toBeNull();
  });

  it('give demo data only on the Oslo day it was seeded for, so a run past midnight seeds afresh', () => {
    expect(currentDemoTemplates(new Date('2026-12-05T22:59:00Z'), env)).toEqual({
      day: '2026-12-05',
      pglite: '/tmp/demo.tar',
    });
    // 00:00 in Oslo (UTC+1 in December).
    expect(currentDemoTemplates(new Date('2026-12-05T23:00:00Z'), env)).toBeNull();
  });
});
