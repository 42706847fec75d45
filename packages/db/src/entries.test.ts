import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as main from './index.js';
import * as seed from './seed/index.js';

describe('package entries', () => {
  it('keeps the demo password out of the main entry', () => {
    expect(Object.keys(main)).not.toContain('DEMO_PASSWORD');
    expect(Object.keys(main)).not.toContain('DEMO_ACCOUNTS');
  });

  it('gives the demo logins through @selvhjelp/db/seed', () => {
    expect(seed.DEMO_PASSWORD).toBe('demo-passord-2026');
    expect(seed.DEMO_ACCOUNTS).toHaveLength(16);
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, { default: string }>;
    };
    expect(manifest.exports['./seed']?.default).toBe('./dist/seed/index.js');
  });
});
