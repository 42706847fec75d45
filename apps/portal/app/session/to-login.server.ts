import { redirect } from 'react-router';
import type { Portal } from '../shared/layout/portals';
import { portalPath } from '../shared/layout/portals';
import { currentPath, SESSION_ENDED_QUERY } from './safe-redirect';
import { destroySession } from './session-cookie.server';

/**
 * Sends the browser to the portal's login page, to come back here afterwards. When the
 * gateway no longer knows the session, the cookie is forgotten and the login page says why.
 */
export async function toLogin(portal: Portal, request: Request, sessionEnded: boolean): Promise<Response> {
  const query = new URLSearchParams({ redirectTo: currentPath(request), ...(sessionEnded ? SESSION_ENDED_QUERY : {}) });
  const target = `${portalPath(portal, 'logg-inn')}?${query}`;
  return sessionEnded ? redirect(target, { headers: { 'Set-Cookie': await destroySession() } }) : redirect(target);
}
