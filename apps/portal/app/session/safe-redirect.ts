/** Query flag on the login page saying that a session ended (idle, expired, revoked). */
export const SESSION_ENDED_PARAM = 'sesjon';
export const SESSION_ENDED_QUERY: Readonly<Record<string, string>> = { [SESSION_ENDED_PARAM]: 'utlopt' };

const BASE = 'http://portal.invalid';

function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * A path on this site, or null: rejects other sites (`https://…`, `//evil.example`,
 * `/\evil.example`) and control characters, which URL parsers drop and which can hide them.
 */
export function localPath(target: FormDataEntryValue | string | null | undefined): string | null {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//')) return null;
  if (target.includes('\\') || hasControlCharacter(target)) return null;
  let url: URL;
  try {
    url = new URL(target, BASE);
  } catch {
    return null;
  }
  return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : null;
}

/**
 * Where to go after login: only a page of the same portal, so a crafted `redirectTo` can
 * neither leave the site nor jump to another portal. Anything else goes to the portal home.
 */
export function safeRedirect(target: FormDataEntryValue | string | null | undefined, portalBase: string): string {
  const path = localPath(target);
  if (path === null) return portalBase;
  const pathname = new URL(path, BASE).pathname;
  if (pathname !== portalBase && !pathname.startsWith(`${portalBase}/`)) return portalBase;
  // Going back to the login or logout page after logging in makes no sense.
  if (pathname === `${portalBase}/logg-inn` || pathname === `${portalBase}/logg-ut`) return portalBase;
  return path;
}

/** The path and query of a request, to come back to after login. */
export function currentPath(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
}
