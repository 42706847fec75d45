import type { MiddlewareFunction } from 'react-router';
import { data } from 'react-router';
import { portalContext } from '../context.server';
import { env } from '../env.server';
import { resolvePortal } from '../shared/layout/portals';

/** `/:portal/...`: unknown districts, and everything but its own district on a pinned instance, are 404. */
export const portalMiddleware: MiddlewareFunction<Response> = ({ params, context }) => {
  const portal = resolvePortal(params.portal, env.PORTAL_DISTRICT);
  if (!portal) throw data(null, { status: 404 });
  context.set(portalContext, portal);
};
