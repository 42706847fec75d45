import { redirect } from 'react-router';
import type { Route } from './+types/logout';
import { gatewayContext, portalContext, sessionContext } from '../../context.server';
import { graphql } from '../../generated';
import { isGatewayError } from '../../shared/gateway/errors';
import { portalPath } from '../../shared/layout/portals';
import { destroySession } from '../../session/session-cookie.server';

const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

/** POST logg-ut: ends the session at the gateway, forgets the cookie, back to login. */
export async function action({ context }: Route.ActionArgs) {
  const portal = context.get(portalContext);
  if (context.get(sessionContext)) {
    try {
      await context.get(gatewayContext).mutate(LogoutDocument);
    } catch (error) {
      // A session the gateway no longer knows is as good as ended; anything else is a real failure.
      if (!isGatewayError(error, 'UNAUTHENTICATED')) throw error;
    }
  }
  return redirect(portalPath(portal, 'logg-inn'), { headers: { 'Set-Cookie': await destroySession() } });
}

/** Logging out changes state, so it is POST only; a GET just shows the portal. */
export function loader({ context }: Route.LoaderArgs) {
  return redirect(portalPath(context.get(portalContext)));
}
