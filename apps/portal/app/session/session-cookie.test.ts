import { describe, expect, it } from 'vitest';
import { createSessionCookie, secondsUntil, sessionCookieName } from './session-cookie.server';

describe('session cookie', () => {
  it('is a __Host- cookie, Secure, HttpOnly, SameSite=Lax and Path=/ in production', async () => {
    const cookie = createSessionCookie(true);
    expect(cookie.name).toBe('__Host-selvhjelp_session');
    expect(cookie.isSigned).toBe(false);
    const header = await cookie.serialize({ token: 't' }, { maxAge: 3600 });
    expect(header).toMatch(/^__Host-selvhjelp_session=/);
    expect(header).toContain('Path=/');
    expect(header).toContain('HttpOnly');
    expect(header).toContain('Secure');
    expect(header).toContain('SameSite=Lax');
    expect(header).toContain('Max-Age=3600');
    expect(header).not.toContain('Domain=');
  });

  it('drops the prefix and Secure for plain http in development', async () => {
    expect(sessionCookieName(false)).toBe('selvhjelp_session');
    const header = await createSessionCookie(false).serialize({ token: 't' });
    expect(header).toMatch(/^selvhjelp_session=/);
    expect(header).toContain('HttpOnly');
    expect(header).toContain('SameSite=Lax');
    expect(header).not.toContain('Secure');
  });

  it('reads back what it wrote', async () => {
    const cookie = createSessionCookie(false);
    const header = await cookie.serialize({ token: 'abc' });
    expect(await cookie.parse(header.split(';')[0] ?? '')).toEqual({ token: 'abc' });
  });

  it('lives as long as the session', () => {
    const now = new Date('2026-01-01T00:00:00.000Z');
    expect(secondsUntil('2026-01-01T08:00:00.000Z', now)).toBe(8 * 3600);
    expect(secondsUntil('2025-12-31T00:00:00.000Z', now)).toBe(0);
    expect(secondsUntil('not a date', now)).toBe(0);
  });
});
