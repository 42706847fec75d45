import { describe, expect, it } from 'vitest';
import { loadEnv } from './env.server';

describe('loadEnv', () => {
  it('has safe defaults', () => {
    expect(loadEnv({})).toEqual({
      NODE_ENV: 'development',
      PORTAL_PORT: 3000,
      PORTAL_DISTRICT: undefined,
      GATEWAY_URL: 'http://127.0.0.1:4000/graphql',
      SESSION_COOKIE_SECURE: false,
      TRUST_PROXY: 'loopback',
      PORTAL_DEMO: false,
      productionSettings: false,
    });
    expect(loadEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
  });

  it('turns Secure cookies on in production, and refuses to turn them off there', () => {
    expect(loadEnv({ NODE_ENV: 'production' }).SESSION_COOKIE_SECURE).toBe(true);
    expect(() => loadEnv({ NODE_ENV: 'production', SESSION_COOKIE_SECURE: 'false' })).toThrow(
      /SESSION_COOKIE_SECURE: must not be "false" in production/,
    );
    expect(loadEnv({ NODE_ENV: 'development', SESSION_COOKIE_SECURE: 'false' }).SESSION_COOKIE_SECURE).toBe(false);
    expect(loadEnv({ SESSION_COOKIE_SECURE: 'true' }).SESSION_COOKIE_SECURE).toBe(true);
  });

  it('runs the production build with demo settings when PORTAL_DEMO is set (pnpm start)', () => {
    const demo = loadEnv({ NODE_ENV: 'production', PORTAL_DEMO: 'true' });
    expect(demo).toMatchObject({ NODE_ENV: 'production', SESSION_COOKIE_SECURE: false, productionSettings: false });
    expect(
      loadEnv({ NODE_ENV: 'production', PORTAL_DEMO: 'true', SESSION_COOKIE_SECURE: 'false' }).SESSION_COOKIE_SECURE,
    ).toBe(false);
    expect(loadEnv({ NODE_ENV: 'production', PORTAL_DEMO: 'false' })).toMatchObject({
      SESSION_COOKIE_SECURE: true,
      productionSettings: true,
    });
  });

  it('pins to a known district, and treats an empty value as unpinned', () => {
    expect(loadEnv({ PORTAL_DISTRICT: 'vest' }).PORTAL_DISTRICT).toBe('vest');
    expect(loadEnv({ PORTAL_DISTRICT: '' }).PORTAL_DISTRICT).toBeUndefined();
  });

  it.each([
    [{ PORTAL_DISTRICT: 'bergen' }, 'PORTAL_DISTRICT'],
    [{ PORTAL_PORT: 'abc' }, 'PORTAL_PORT'],
    [{ GATEWAY_URL: 'ftp://gateway/graphql' }, 'GATEWAY_URL'],
    [{ SESSION_COOKIE_SECURE: 'yes' }, 'SESSION_COOKIE_SECURE'],
    [{ PORTAL_DEMO: 'yes' }, 'PORTAL_DEMO'],
  ])('refuses %o, naming the setting', (source, name) => {
    expect(() => loadEnv(source)).toThrow(name);
  });
});
