import type { MiddlewareFunction } from 'react-router';
import { data } from 'react-router';
import { gatewayContext, portalContext, sessionContext, viewerContext } from '../context.server';
import { isGatewayError } from '../shared/gateway/errors';
import { protectedGateway } from '../shared/gateway/page-gateway.server';
import { toLogin } from '../session/to-login.server';
import { sessionOpensPortal, ViewerDocument } from '../session/viewer.server';

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
