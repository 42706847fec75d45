import type { MiddlewareFunction } from 'react-router';
import { redirect } from 'react-router';
import { gatewayContext, portalContext, sessionContext, viewerContext } from '../context.server';
import { isGatewayError } from '../gateway/errors';
import { protectedGateway } from '../gateway/page-gateway.server';
import type { Portal } from '../portal/portals';
import { portalPath } from '../portal/portals';
import { currentPath } from '../session/safe-redirect';
import { destroySession } from '../session/session-cookie.server';
import { ViewerDocument } from '../session/viewer.server';

/** Query flag on the login page saying that a session ended (idle, expired, revoked). */
export const SESSION_ENDED_PARAM = 'sesjon';

/**
 * Sends the browser to the portal's login page, to come back here afterwards. When the
 * gateway no longer knows the session, the cookie is forgotten and the login page says why.
 */
export async function toLogin(portal: Portal, request: Request, sessionEnded: boolean): Promise<Response> {
  const query = new URLSearchParams({ redirectTo: currentPath(request) });
  if (sessionEnded) query.set(SESSION_ENDED_PARAM, 'utlopt');
  const target = `${portalPath(portal, 'logg-inn')}?${query}`;
  return sessionEnded ? redirect(target, { headers: { 'Set-Cookie': await destroySession() } }) : redirect(target);
}

/**
 * Protected pages: a session issued for this very portal, which the gateway still accepts.
 * A session from another portal is sent to this portal's login without saying whose it was;
 * the gateway decides at login whether this user may use this portal.
 */
export const requireViewerMiddleware: MiddlewareFunction<Response> = async ({ request, context }) => {
  const portal = context.get(portalContext);
  const session = context.get(sessionContext);
  if (!session || session.realm !== portal.districtId) throw await toLogin(portal, request, false);
  const gateway = context.get(gatewayContext);
  try {
    const { me } = await gateway.query(ViewerDocument);
    context.set(viewerContext, me);
  } catch (error) {
    if (isGatewayError(error, 'UNAUTHENTICATED')) throw await toLogin(portal, request, true);
    throw error;
  }
  context.set(gatewayContext, protectedGateway(gateway, portal, request));
};
