import { Outlet } from 'react-router';
import type { Route } from './+types/layout';
import { portalMiddleware } from '../../middleware/portal.server';

/** `/:portal`: decides which portal the URL opens (or 404) for every page below it. */
export const middleware: Route.MiddlewareFunction[] = [portalMiddleware];

export default function PortalLayout() {
  return <Outlet />;
}
