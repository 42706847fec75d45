import { describe, expect, it } from 'vitest';
import { applySecurityHeaders, contentSecurityPolicy, createNonce } from './headers.server';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('security headers', () => {
  it('makes a fresh 128-bit nonce each time', () => {
    const nonce = createNonce();
    expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
    expect(createNonce()).not.toBe(nonce);
  });

  it('allows scripts from this origin with the nonce only, and nothing inline', () => {
    const policy = directives(contentSecurityPolicy('abc', { dev: false }));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it("loosens only styles and the HMR socket for Vite's dev server", () => {
    const policy = directives(contentSecurityPolicy('abc', { dev: true }));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc'"]);
    expect(policy.get('style-src')).toContain("'unsafe-inline'");
    expect(policy.get('connect-src')).toContain('ws:');
  });

  it('sends HSTS for a year in production only, and keeps a route’s own Cache-Control', () => {
    const production = new Headers({ 'Cache-Control': 'private, max-age=60' });
    applySecurityHeaders(production, 'n', { dev: false, production: true });
    expect(production.get('Strict-Transport-Security')).toBe('max-age=31536000; includeSubDomains');
    expect(production.get('Cache-Control')).toBe('private, max-age=60');
    expect(production.get('X-Content-Type-Options')).toBe('nosniff');
    expect(production.get('Referrer-Policy')).toBe('same-origin');

    const development = new Headers();
    applySecurityHeaders(development, 'n', { dev: true, production: false });
    expect(development.get('Strict-Transport-Security')).toBeNull();
    expect(development.get('Cache-Control')).toBe('no-store');
    expect(development.get('Content-Security-Policy')).toContain("'nonce-n'");
  });
});

describe("the API explorer's policy", () => {
  it('lets the editor add styles and data: fonts, with scripts as strict as anywhere', () => {
    const policy = directives(contentSecurityPolicy('abc', { dev: false, editor: true }));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('font-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });
});
