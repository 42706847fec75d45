import type { MiddlewareFunction } from 'react-router';
import { data, redirect } from 'react-router';
import { gatewayContext, portalContext, sessionContext, viewerContext } from '../context.server';
import { isGatewayError } from '../shared/gateway/errors';
import { protectedGateway } from '../shared/gateway/page-gateway.server';
import type { Portal } from '../shared/layout/portals';
import { portalPath } from '../shared/layout/portals';
import { currentPath, SESSION_ENDED_QUERY } from '../session/safe-redirect';
import { destroySession } from '../session/session-cookie.server';
import { sessionOpensPortal, ViewerDocument } from '../session/viewer.server';

/**
 * Sends the browser to the portal's login page, to come back here afterwards. When the
 * gateway no longer knows the session, the cookie is forgotten and the login page says why.
 */
export async function toLogin(portal: Portal, request: Request, sessionEnded: boolean): Promise<Response> {
  const query = new URLSearchParams({ redirectTo: currentPath(request), ...(sessionEnded ? SESSION_ENDED_QUERY : {}) });
  const target = `${portalPath(portal, 'logg-inn')}?${query}`;
  return sessionEnded ? redirect(target, { headers: { 'Set-Cookie': await destroySession() } }) : redirect(target);
}

/**
 * Protected pages: a session the gateway still accepts, opened on this very portal. Which
 * portal that is comes from the gateway's session record, not from anything the browser
 * sends: a logged-in user of another portal gets 404 here, as if the page did not exist.
 */
export const requireViewerMiddleware: MiddlewareFunction<Response> = async ({ request, context }) => {
  const portal = context.get(portalContext);
  if (!context.get(sessionContext)) throw await toLogin(portal, request, false);
  const gateway = context.get(gatewayContext);
  try {
    const { me, currentSession } = await gateway.query(ViewerDocument);
    if (!sessionOpensPortal(currentSession, portal)) throw data(null, { status: 404 });
    context.set(viewerContext, { ...me, session: currentSession });
  } catch (error) {
    if (isGatewayError(error, 'UNAUTHENTICATED')) throw await toLogin(portal, request, true);
    throw error;
  }
  context.set(gatewayContext, protectedGateway(gateway, portal, request));
};
