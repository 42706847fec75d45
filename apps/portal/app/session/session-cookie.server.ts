import type { Cookie, CookieOptions } from 'react-router';
import { createCookie } from 'react-router';
import { z } from 'zod';
import { env } from '../env.server';

/**
 * What the browser keeps between requests: the gateway's opaque session token, nothing else.
 * The token is only meaningful to the gateway, which checks it on every call and also says
 * which portal the session was opened on (see requireViewerMiddleware), so there is nothing
 * here a browser could edit to open another portal.
 */
export interface StaffSession {
  token: string;
}

// Cookies from before still carry a `realm`; it is dropped unread.
const sessionSchema = z.object({ token: z.string().min(1) });

export function sessionCookieName(secure: boolean): string {
  // The __Host- prefix makes the browser refuse the cookie unless Secure, Path=/ and host-only.
  return secure ? '__Host-selvhjelp_session' : 'selvhjelp_session';
}

export function sessionCookieOptions(secure: boolean): CookieOptions {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure };
}

export function createSessionCookie(secure: boolean): Cookie {
  return createCookie(sessionCookieName(secure), sessionCookieOptions(secure));
}

const sessionCookie = createSessionCookie(env.SESSION_COOKIE_SECURE);

export async function readSession(request: Request): Promise<StaffSession | null> {
  const value: unknown = await sessionCookie.parse(request.headers.get('Cookie'));
  const parsed = sessionSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Seconds until an absolute expiry, never negative. */
export function secondsUntil(expiresAt: string, now: Date = new Date()): number {
  const seconds = Math.floor((new Date(expiresAt).getTime() - now.getTime()) / 1000);
  return Number.isFinite(seconds) ? Math.max(0, seconds) : 0;
}

/** Set-Cookie for a new session; it lives exactly as long as the session's absolute lifetime. */
export function commitSession(session: StaffSession, expiresAt: string): Promise<string> {
  return sessionCookie.serialize(session, { maxAge: secondsUntil(expiresAt) });
}

export function destroySession(): Promise<string> {
  return sessionCookie.serialize('', { maxAge: 0, expires: new Date(0) });
}
